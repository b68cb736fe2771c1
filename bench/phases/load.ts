/**
 * One autocannon run, summarised. The same generator, connection count and duration are used for the ceiling
 * and the server (D6); the requests are pre-built (no per-request setup), so the generator's cost per
 * request is the same for both. The parent's CPU is measured too: a load generator at 100 % of its core means
 * the figure is the generator's limit, not the server's.
 */
import autocannon from 'autocannon';
import * as os from 'node:os';

export interface LoadRun {
  /** 2xx answers per second over the run. */
  rps: number;
  ok: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  durationS: number;
  /** CPU used by this (the load-generating) process, in % of one core. */
  generatorCpuPct: number;
  /** CPU used by the whole machine (all processes, all cores), in % of one core. */
  machineCpuPct: number;
}

export interface LoadOptions {
  url: string;
  requests: autocannon.Request[];
  connections: number;
  /** Seconds; or `amount` requests in all. */
  durationS?: number;
  amount?: number;
}

export async function runLoad(o: LoadOptions): Promise<LoadRun> {
  const cpu = process.cpuUsage();
  const machine = machineBusyMs();
  const started = performance.now();
  const r = await autocannon({
    url: o.url,
    connections: o.connections,
    requests: o.requests,
    timeout: 30,
    ...(o.amount ? { amount: o.amount } : { duration: o.durationS }),
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    rps: r['2xx'] / r.duration,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    statusCodes,
    p50Ms: r.latency.p50,
    p90Ms: r.latency.p90,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    durationS: r.duration,
    generatorCpuPct: ((used.user + used.system) / 1000 / wallMs) * 100,
    machineCpuPct: ((machineBusyMs() - machine) / wallMs) * 100,
  };
}

/** Busy CPU time of all cores since boot (user, nice, system, irq), in ms. */
export function machineBusyMs(): number {
  return os.cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
}

/** GET requests for each token (round-robin over the list, per connection). */
export function pollRequests(tokens: readonly string[], query: string): autocannon.Request[] {
  return tokens.map((t) => ({ method: 'GET', path: `/device/v1/update?${query}`, headers: { authorization: `Bearer ${t}` } }));
}
