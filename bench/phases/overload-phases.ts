/**
 * The overload phases (D6: "shedding measures real saturation and answers 503 before latency explodes;
 * half-sent requests time out and never hold the budget of good ones"), against the server's defaults:
 * - polls offered open-loop at `factor` x the capacity measured earlier in the run (the no-update poll
 *   throughput): answered polls should keep a low p99 and the rest get 503 OVERLOADED, none time out;
 * - polls while `halfBodySockets` sockets hold half-sent request bodies: polls should be answered as usual.
 * Both use the minted-token devices, and what the server refused (by reason) comes from its own counters.
 */
import type { BenchConfig } from '../bench-config';
import type { BenchChild, ChildStats } from '../children/child-protocol';
import { HalfBodySockets, type HalfBodyRun } from './half-bodies';
import type { MeasuredRun } from './http-phases';
import { readCounters, type Counters } from './server-metrics';
import { runClosedLoop, runOpenLoop, type OpenLoopRun } from './wire-load';

const REFUSALS = 'ota_overload_rejections_total';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface OverloadRun {
  capacityRps: number;
  factor: number;
  run: OpenLoopRun;
  server: ChildStats;
  /** Device requests the server refused during the run, by reason (event-loop-delay, in-flight, body-timeout). */
  refusals: Record<string, number>;
  /** Seconds after the run until the server stopped shedding and had nothing in flight. */
  recoveryS: number;
}

export async function measureOverload(server: BenchChild, config: BenchConfig, capacityRps: number, requests: readonly Buffer[]): Promise<OverloadRun> {
  const c = config.overload;
  const before = await readCounters(server.url, [REFUSALS]);
  await server.stats(true);
  const run = await runOpenLoop({
    url: server.url,
    requests,
    connections: c.connections,
    rate: capacityRps * c.factor,
    durationS: config.durationS,
    graceS: c.graceS,
  });
  const stats = await server.stats(true);
  const refusals = byReason(before, await readCounters(server.url, [REFUSALS]));
  const recoveryS = await untilCalm(server.url);
  return { capacityRps, factor: c.factor, run, server: stats, refusals, recoveryS };
}

export interface HalfBodyPhase {
  /** The same polls right before, without the sockets (the machine drifts: the baseline is measured next to it). */
  without: MeasuredRun;
  polls: MeasuredRun;
  sockets: HalfBodyRun;
  /** What the server counted right after the sockets were open: requests awaiting their body, and in flight. */
  awaitingBodyAtStart: number;
  inFlightAtStart: number;
  refusals: Record<string, number>;
  /** How long the sockets were held (at least the body deadline and a margin, so the server's closing them is seen). */
  heldS: number;
}

export async function measureHalfBodies(server: BenchChild, config: BenchConfig, requests: readonly Buffer[], bodyTimeoutMs: number): Promise<HalfBodyPhase> {
  const poll = () => runClosedLoop({ url: server.url, requests, connections: config.connections, durationS: config.durationS });
  await server.stats(true);
  const without = { load: await poll(), server: await server.stats(true) };
  const before = await readCounters(server.url, [REFUSALS]);
  const sockets = new HalfBodySockets(server.url, config.overload.halfBodySockets);
  await sockets.open();
  const openedAt = performance.now();
  const seen = await serverSide(server.url, config.overload.halfBodySockets);
  await server.stats(true);
  const polls = { load: await poll(), server: await server.stats(true) };
  await sleep(openedAt + bodyTimeoutMs + 1_500 - performance.now());
  const heldS = (performance.now() - openedAt) / 1000;
  const run = sockets.release();
  return {
    without,
    polls,
    sockets: run,
    ...seen,
    refusals: byReason(before, await readCounters(server.url, [REFUSALS])),
    heldS,
  };
}

/** The server's view of the sockets just opened: requests awaiting their body (read until all are seen, at most 2 s), and in flight. */
async function serverSide(url: string, sockets: number): Promise<{ awaitingBodyAtStart: number; inFlightAtStart: number }> {
  const until = performance.now() + 2_000;
  for (;;) {
    const g = await readCounters(url, ['ota_device_requests_awaiting_body', 'ota_device_requests_in_flight']);
    const seen = { awaitingBodyAtStart: g.get('ota_device_requests_awaiting_body') ?? NaN, inFlightAtStart: g.get('ota_device_requests_in_flight') ?? NaN };
    if (!(seen.awaitingBodyAtStart < sockets) || performance.now() > until) return seen;
    await sleep(100);
  }
}

function byReason(before: Counters, after: Counters): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of after) {
    const reason = /reason="([^"]+)"/.exec(key)?.[1];
    if (reason) out[reason] = value - (before.get(key) ?? 0);
  }
  return out;
}

/** Waits (up to 30 s) until the server neither sheds nor has device requests in flight; returns how long that took. */
async function untilCalm(url: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const g = await readCounters(url, ['ota_overload_shedding', 'ota_device_requests_in_flight']);
    if ((g.get('ota_overload_shedding') ?? 0) === 0 && (g.get('ota_device_requests_in_flight') ?? 0) === 0) break;
    if (performance.now() - started > 30_000) break;
    await sleep(200);
  }
  return (performance.now() - started) / 1000;
}
