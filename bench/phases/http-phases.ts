/**
 * The bench's HTTP figures (D6), each a run against a child process with the parent as load generator: with
 * autocannon, the bare Fastify ceiling, no-update polls, polls of which 10 % get an offer, and status reports
 * sent while polls run; with the bench's own generator (wire-load.ts), no-update polls from 10,000+ distinct
 * devices and report ingestion alone. Each poll run is preceded by a warm-up at the same settings (JIT,
 * connection set-up).
 */
import type autocannon from 'autocannon';
import type { BenchConfig } from '../bench-config';
import { BenchChild, type ChildStats } from '../children/child-protocol';
import { SERVER_CPU } from '../children/pin';
import { getRequest } from './http-wire';
import { pollRequests, runLoad, type LoadRun } from './load';
import { sendReports, type ReportDriverRun, type ReportingDevice } from './report-driver';
import { increase, readCounters } from './server-metrics';
import { runClosedLoop } from './wire-load';

export const POLL_QUERY = 'firmwareVersion=5.9.0';

export interface MeasuredRun {
  load: LoadRun;
  server: ChildStats;
}

/** A warm-up, then the measured run with the child's CPU and event-loop delay over exactly that run. */
export async function measure(child: BenchChild, config: BenchConfig, requests: autocannon.Request[], url = child.url): Promise<MeasuredRun> {
  await runLoad({ url, requests, connections: config.connections, durationS: config.warmupS });
  await child.stats(true);
  const load = await runLoad({ url, requests, connections: config.connections, durationS: config.durationS });
  return { load, server: await child.stats(true) };
}

/** The body and content type of a real no-update answer, for the ceiling to serve byte for byte. */
export async function noUpdateAnswer(url: string, token: string): Promise<{ body: string; contentType: string }> {
  const res = await fetch(`${url}/device/v1/update?${POLL_QUERY}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  if (res.status !== 200 || (JSON.parse(body) as { action: string }).action !== 'none')
    throw new Error(`expected a no-update answer, got ${res.status} ${body}`);
  return { body, contentType: res.headers.get('content-type') ?? 'application/json; charset=utf-8' };
}

/**
 * The ceiling, on the core the OTA server uses; the OTA server is frozen meanwhile, so its timers (check-in
 * flush, rollout tick) cannot take CPU from the bare server.
 */
export async function measureCeiling(
  config: BenchConfig,
  answer: { body: string; contentType: string },
  tokens: string[],
  otaServer: BenchChild,
): Promise<MeasuredRun> {
  const bare = await BenchChild.start('bare fastify', 'bare-server-process.ts', {
    env: { BENCH_BARE_BODY: answer.body, BENCH_BARE_CONTENT_TYPE: answer.contentType },
    cpu: SERVER_CPU,
  });
  await otaServer.pause();
  try {
    return await measure(bare, config, pollRequests(tokens, POLL_QUERY));
  } finally {
    await otaServer.resume();
    await bare.stop();
  }
}

/** Polls with these tokens; also returns the share of answers that were offers, from the server's counters. */
export async function measurePolls(server: BenchChild, config: BenchConfig, tokens: string[]): Promise<MeasuredRun & { installShare: number }> {
  return withInstallShare(server, () => measure(server, config, pollRequests(tokens, POLL_QUERY)));
}

async function withInstallShare<R>(server: BenchChild, run: () => Promise<R>): Promise<R & { installShare: number }> {
  const before = await readCounters(server.url, ['ota_update_polls_total']);
  const result = await run();
  const after = await readCounters(server.url, ['ota_update_polls_total']);
  const all = increase(before, after, 'ota_update_polls_total');
  return { ...result, installShare: all ? increase(before, after, 'ota_update_polls_total', 'action="install"') / all : 0 };
}

/** The poll requests of these tokens, pre-built for the bench's own generator. */
export const pollBytes = (tokens: readonly string[]) => tokens.map((t) => getRequest(`/device/v1/update?${POLL_QUERY}`, { authorization: `Bearer ${t}` }));

/**
 * No-update polls from many distinct devices (minted tokens), with the bench's own closed-loop generator at the
 * usual connections and duration: every connection walks the device list from its own offset, so each second
 * brings min(devices, req/s) distinct devices and as many check-ins to write.
 */
export async function measureManyDevicePolls(
  server: BenchChild,
  config: BenchConfig,
  requests: readonly Buffer[],
): Promise<MeasuredRun & { installShare: number; devices: number }> {
  const run = await withInstallShare(server, async () => {
    await runClosedLoop({ url: server.url, requests, connections: config.connections, durationS: config.warmupS });
    await server.stats(true);
    const load = await runClosedLoop({ url: server.url, requests, connections: config.connections, durationS: config.durationS });
    return { load, server: await server.stats(true) };
  });
  return { ...run, devices: requests.length };
}

export interface ReportRun {
  polls: MeasuredRun;
  reports: ReportDriverRun;
  /** Reports the server counted as accepted (not duplicates), per second of the report run. */
  acceptedPerS: number;
  accepted: number;
}

/** Devices a report connection interleaves (see report-driver.ts). */
const REPORT_WAVE = 16;

/**
 * Status reports (each with its device's token) on `reportConnections` connections while the poll load runs on
 * the usual connections.
 */
export async function measureReportsDuringPolls(
  server: BenchChild,
  config: BenchConfig,
  pollTokens: string[],
  reporters: ReportingDevice[],
): Promise<ReportRun> {
  const pollReqs = pollRequests(pollTokens, POLL_QUERY);
  await runLoad({ url: server.url, requests: pollReqs, connections: config.connections, durationS: config.warmupS });
  const before = await readCounters(server.url, ['ota_status_reports_total']);
  await server.stats(true);
  const [polls, reportRun] = await Promise.all([
    runLoad({ url: server.url, requests: pollReqs, connections: config.connections, durationS: config.durationS }),
    sendReports(server.url, reporters, { connections: config.reportConnections, durationS: config.durationS, wave: REPORT_WAVE }),
  ]);
  const serverStats = await server.stats(true);
  const after = await readCounters(server.url, ['ota_status_reports_total']);
  const accepted = increase(before, after, 'ota_status_reports_total', 'result="accepted"');
  return { polls: { load: polls, server: serverStats }, reports: reportRun, accepted, acceptedPerS: accepted / reportRun.durationS };
}

export interface IngestionRun {
  reports: ReportDriverRun;
  server: ChildStats;
  devices: number;
  connections: number;
  /** Reports the server counted as accepted (not duplicates), and per second of the run. */
  accepted: number;
  acceptedPerS: number;
}

/**
 * Report ingestion alone: devices offered the whole-fleet rollout send downloading, installing, succeeded on
 * `ingestConnections` keep-alive connections (enough to keep the group commit full) for the usual duration,
 * with nothing else running. The rate is the server's own count of accepted reports over the run.
 */
export async function measureReportIngestion(server: BenchChild, config: BenchConfig, reporters: ReportingDevice[]): Promise<IngestionRun> {
  const before = await readCounters(server.url, ['ota_status_reports_total']);
  await server.stats(true);
  const reports = await sendReports(server.url, reporters, { connections: config.ingestConnections, durationS: config.durationS, wave: REPORT_WAVE });
  const serverStats = await server.stats(true);
  const after = await readCounters(server.url, ['ota_status_reports_total']);
  const accepted = increase(before, after, 'ota_status_reports_total', 'result="accepted"');
  return {
    reports,
    server: serverStats,
    devices: reporters.length,
    connections: config.ingestConnections,
    accepted,
    acceptedPerS: accepted / reports.durationS,
  };
}
