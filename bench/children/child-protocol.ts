/**
 * The parent <-> child protocol of the benchmark. Each measured process (the OTA server, the bare Fastify
 * ceiling, a fleet) runs as a child of `run-bench.ts`, so its RSS and CPU are its own and the load generator
 * in the parent gets the other core. Messages go over Node's IPC channel.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canPin, pin } from './pin';

/** What a child reports about itself since its start (peak RSS) and since the last `reset`. */
export interface ChildStats {
  rssBytes: number;
  /** Peak RSS since the process started, and since the last reset. */
  peakRssBytes: number;
  windowPeakRssBytes: number;
  heapUsedBytes: number;
  /** CPU time (user + system) spent since the last reset, and the wall time it was spent in. */
  cpuMs: number;
  wallMs: number;
  /** Event-loop delay since the last reset (perf_hooks.monitorEventLoopDelay, 1 ms resolution). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /**
   * The longest event-loop block since the last reset (how late a 5 ms watch timer fired, in ms), and every block
   * of LONG_BLOCK_MS (20 ms) or more: ms since the reset, for how long, how much of it was garbage collection,
   * how long the main thread waited for the CPU meanwhile (runnable, not running: another thread or process had
   * its core), and how much of that wait other processes caused (the wait the server's own other threads do not
   * account for). Nothing is recorded while the parent has turned the watch off (SIGSTOP is no block).
   */
  longestBlockMs: number;
  /** The longest block less the part of it other processes held the server's core (never more than longestBlockMs). */
  longestOwnBlockMs: number;
  longBlocks: { atMs: number; ms: number; gcMs: number; cpuWaitMs: number; otherProcessesMs: number }[];
  /** Time the main thread was runnable but waited for its core since the last reset (/proc schedstat); -1 without it. */
  mainCpuWaitMs: number;
  /** Garbage-collection pauses since the last reset (perf_hooks `gc` entries): the longest, its kind, and the sum. */
  gc: { count: number; totalMs: number; longestMs: number; longestKind: string };
  /** CPU time since the last reset of the main (event-loop) thread and of all the others (worker threads, GC helpers, libuv); -1 without /proc. */
  threadCpuMs: { main: number; others: number };
  /** Bytes this process had written to storage since the last reset (/proc/self/io write_bytes: WAL, checkpoints, logs); -1 without /proc. */
  storageWriteBytes: number;
  /**
   * The core the child is pinned to, seen from the machine since the last reset (/proc/stat; added by the parent,
   * absent when not pinned): time busy with anything, and of it, interrupts (irq + softirq: mostly the network
   * stack's work for the child's own sockets).
   */
  core?: { busyMs: number; irqMs: number };
}

export type ToChild =
  | { type: 'stats'; reset: boolean }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'gc' }
  | { type: 'watch'; on: boolean }
  | { type: 'stop' };

export type FromChild =
  | { type: 'ready'; port?: number; startupMs: number; detail?: Record<string, unknown> }
  | { type: 'stats'; stats: ChildStats }
  | { type: 'profile-saved'; file: string }
  | { type: 'result'; result: unknown }
  | { type: 'failed'; message: string };

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Where compile-children.ts put the compiled children; unset: run them from TypeScript under @swc-node/register. */
let compiledDir: string | undefined;

/** A running child: its `ready` message, and request/answer helpers over IPC. */
export class BenchChild {
  private exited = false;
  private readonly exit: Promise<number | null>;
  /** What the parent is doing now; each window the parent closes (`stats(true)`) is kept under it. */
  phase = 'start-up';
  /** Every window closed so far, in order, with the phase it was closed in. */
  readonly windows: { phase: string; stats: ChildStats }[] = [];

  /** /proc/stat times of the core the child is pinned to, at the last reset. */
  private coreSince?: { busyMs: number; irqMs: number };

  private constructor(
    readonly name: string,
    private readonly proc: ChildProcess,
    readonly ready: Extract<FromChild, { type: 'ready' }>,
    private readonly cpu?: number,
  ) {
    this.exit = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    void this.exit.then(() => (this.exited = true));
  }

  /** From now on, children run compiled from `dir` (see compile-children.ts). */
  static useCompiled(dir: string): void {
    compiledDir = dir;
  }

  /** Forks `bench/children/<script>` and waits for its `ready` message; `cpu` pins it once it is ready. */
  static async start(
    name: string,
    script: string,
    o: { env?: Record<string, string>; args?: string[]; execArgv?: string[]; timeoutMs?: number; cpu?: number },
  ): Promise<BenchChild> {
    const file = compiledDir ? path.join(compiledDir, 'bench', 'children', script.replace(/\.ts$/, '.js')) : path.join(__dirname, script);
    const proc = fork(file, o.args ?? [], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...(compiledDir ? { NODE_PATH: path.join(REPO_ROOT, 'node_modules') } : {}), ...o.env },
      execArgv: [...(compiledDir ? [] : ['-r', '@swc-node/register']), ...(o.execArgv ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<Extract<FromChild, { type: 'ready' }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${o.timeoutMs ?? 600_000} ms`)), o.timeoutMs ?? 600_000);
      const onMessage = (m: FromChild) => {
        if (m.type === 'ready') resolve(m);
        else if (m.type === 'failed') reject(new Error(`${name} failed to start: ${m.message}`));
        else return;
        clearTimeout(timer);
        proc.off('message', onMessage);
      };
      proc.on('message', onMessage);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with code ${code} before it was ready`));
      });
    });
    if (o.cpu !== undefined && proc.pid !== undefined) pin(proc.pid, o.cpu);
    const child = new BenchChild(name, proc, ready, o.cpu !== undefined && canPin() ? o.cpu : undefined);
    child.coreSince = child.coreTimes();
    return child;
  }

  get port(): number {
    if (this.ready.port === undefined) throw new Error(`${this.name} reported no port`);
    return this.ready.port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The child's stats; `reset` starts a new window for CPU and event-loop delay (peak RSS is kept). */
  async stats(reset = false): Promise<ChildStats> {
    const m = await this.ask({ type: 'stats', reset }, 'stats');
    const core = this.coreTimes();
    const stats: ChildStats =
      core && this.coreSince ? { ...m.stats, core: { busyMs: core.busyMs - this.coreSince.busyMs, irqMs: core.irqMs - this.coreSince.irqMs } } : m.stats;
    if (reset) {
      this.coreSince = core;
      this.windows.push({ phase: this.phase, stats });
    }
    return stats;
  }

  /** Busy and interrupt time (ms) of the child's core since boot, from /proc/stat (USER_HZ = 100). */
  private coreTimes(): { busyMs: number; irqMs: number } | undefined {
    if (this.cpu === undefined) return undefined;
    try {
      const line = fs
        .readFileSync('/proc/stat', 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`cpu${this.cpu} `));
      if (!line) return undefined;
      // user nice system idle iowait irq softirq steal
      const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
      return { busyMs: (user + nice + system + irq + softirq + (steal || 0)) * 10, irqMs: (irq + softirq) * 10 };
    } catch {
      return undefined;
    }
  }

  /** A full garbage collection in the child (started with --expose-gc), then its stats: what it really retains. */
  async collectGarbage(): Promise<ChildStats> {
    return (await this.ask({ type: 'gc' }, 'stats')).stats;
  }

  async startProfile(): Promise<void> {
    this.send({ type: 'profile-start' });
  }

  async stopProfile(file: string): Promise<string> {
    return (await this.ask({ type: 'profile-stop', file }, 'profile-saved')).file;
  }

  /**
   * Freezes the process (SIGSTOP) so that its timers cannot take CPU from a measurement of another process. Its
   * block watch is off meanwhile: the time it was frozen is no event-loop block.
   */
  async pause(): Promise<void> {
    await this.watchBlocks(false);
    if (!this.exited) this.proc.kill('SIGSTOP');
  }

  async resume(): Promise<void> {
    if (!this.exited) this.proc.kill('SIGCONT');
    await this.watchBlocks(true);
  }

  /** Turns the child's event-loop block watch off (e.g. around a bench-inflicted pause) or on again. */
  async watchBlocks(on: boolean): Promise<void> {
    if (!this.exited) await this.ask({ type: 'watch', on }, 'stats');
  }

  /** The next `result` message (a child that runs a job and reports it, e.g. a fleet). */
  async result<T>(timeoutMs: number): Promise<T> {
    return (await this.next('result', timeoutMs)).result as T;
  }

  /** Asks the child to stop gracefully; kills it if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.exited) return;
    this.send({ type: 'stop' });
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    await this.exit;
    clearTimeout(timer);
  }

  private send(m: ToChild): void {
    if (!this.exited) this.proc.send(m);
  }

  private async ask<K extends FromChild['type']>(m: ToChild, answer: K, timeoutMs = 120_000): Promise<Extract<FromChild, { type: K }>> {
    const reply = this.next(answer, timeoutMs);
    this.send(m);
    return reply;
  }

  private next<K extends FromChild['type']>(type: K, timeoutMs: number): Promise<Extract<FromChild, { type: K }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`${this.name}: no "${type}" message within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (m: FromChild) => {
        if (m.type === type) done(undefined, m as Extract<FromChild, { type: K }>);
        else if (m.type === 'failed') done(new Error(`${this.name} failed: ${m.message}`));
      };
      const onExit = (code: number | null) => done(new Error(`${this.name} exited (code ${code}) while waiting for "${type}"`));
      const done = (err?: Error, m?: Extract<FromChild, { type: K }>) => {
        clearTimeout(timer);
        this.proc.off('message', onMessage);
        this.proc.off('exit', onExit);
        if (err) reject(err);
        else resolve(m!);
      };
      this.proc.on('message', onMessage);
      this.proc.once('exit', onExit);
    });
  }
}
