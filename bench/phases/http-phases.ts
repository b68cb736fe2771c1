/**
 * The HTTP figures of issue 5, each an autocannon run against a child process with the parent as load
 * generator: the bare Fastify ceiling, no-update polls, polls of which 10 % get an offer, and status reports
 * sent while polls run. Each run is preceded by a warm-up at the same settings (JIT, connection set-up).
 */
import type autocannon from 'autocannon';
import type { BenchConfig } from '../bench-config';
import { BenchChild, type ChildStats } from '../children/child-protocol';
import { SERVER_CPU } from '../children/pin';
import { pollRequests, runLoad, type LoadRun } from './load';
import { sendReports, type QueuedReport, type ReportDriverRun } from './report-driver';
import { increase, readCounters } from './server-metrics';

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
  if (res.status !== 200 || (JSON.parse(body) as { action: string }).action !== 'none') throw new Error(`expected a no-update answer, got ${res.status} ${body}`);
  return { body, contentType: res.headers.get('content-type') ?? 'application/json; charset=utf-8' };
}

/**
 * The ceiling, on the core the OTA server uses; the OTA server is frozen meanwhile, so its timers (check-in
 * flush, rollout tick) cannot take CPU from the bare server.
 */
export async function measureCeiling(config: BenchConfig, answer: { body: string; contentType: string }, tokens: string[], otaServer: BenchChild): Promise<MeasuredRun> {
  const bare = await BenchChild.start('bare fastify', 'bare-server-process.ts', { env: { BENCH_BARE_BODY: answer.body, BENCH_BARE_CONTENT_TYPE: answer.contentType }, cpu: SERVER_CPU });
  otaServer.pause();
  try {
    return await measure(bare, config, pollRequests(tokens, POLL_QUERY));
  } finally {
    otaServer.resume();
    await bare.stop();
  }
}

/** Polls with these tokens; also returns the share of answers that were offers, from the server's counters. */
export async function measurePolls(server: BenchChild, config: BenchConfig, tokens: string[]): Promise<MeasuredRun & { installShare: number }> {
  const before = await readCounters(server.url, ['ota_update_polls_total']);
  const run = await measure(server, config, pollRequests(tokens, POLL_QUERY));
  const after = await readCounters(server.url, ['ota_update_polls_total']);
  const all = increase(before, after, 'ota_update_polls_total');
  return { ...run, installShare: all ? increase(before, after, 'ota_update_polls_total', 'action="install"') / all : 0 };
}

export interface ReportRun {
  polls: MeasuredRun;
  reports: ReportDriverRun;
  /** Reports the server counted as accepted (not duplicates), per second of the report run. */
  acceptedPerS: number;
  accepted: number;
}

/**
 * Status reports (each with its device's token) on `reportConnections` connections while the poll load runs on
 * the usual connections. Reports are sent in queue order, so a device's reports (which must arrive in order)
 * are as far apart as the caller put them.
 */
export async function measureReportsDuringPolls(server: BenchChild, config: BenchConfig, pollTokens: string[], reports: QueuedReport[]): Promise<ReportRun> {
  const pollReqs = pollRequests(pollTokens, POLL_QUERY);
  await runLoad({ url: server.url, requests: pollReqs, connections: config.connections, durationS: config.warmupS });
  const before = await readCounters(server.url, ['ota_status_reports_total']);
  await server.stats(true);
  const [polls, reportRun] = await Promise.all([
    runLoad({ url: server.url, requests: pollReqs, connections: config.connections, durationS: config.durationS }),
    sendReports(server.url, reports, { connections: config.reportConnections, durationS: config.durationS }),
  ]);
  const serverStats = await server.stats(true);
  const after = await readCounters(server.url, ['ota_status_reports_total']);
  const accepted = increase(before, after, 'ota_status_reports_total', 'result="accepted"');
  return { polls: { load: polls, server: serverStats }, reports: reportRun, accepted, acceptedPerS: accepted / reportRun.durationS };
}
