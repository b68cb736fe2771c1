/**
 * Core pinning on a 2-core machine: the measured server on one core, the load generator (this process) on the
 * other, so neither's helper threads (GC, libuv) borrow the other's core and runs are comparable. Needs Linux
 * `taskset` and at least two CPUs; otherwise nothing is pinned and the results say so.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';

export const GENERATOR_CPU = 0;
export const SERVER_CPU = 1;

let available: boolean | undefined;

export function canPin(): boolean {
  if (available === undefined) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      available = os.cpus().length >= 2 && process.env.BENCH_NO_PIN === undefined;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Pins every thread of `pid` to `cpu`; a no-op when pinning is not available. */
export function pin(pid: number, cpu: number): void {
  if (canPin()) execFileSync('taskset', ['-a', '-c', '-p', String(cpu), String(pid)], { stdio: 'ignore' });
}
