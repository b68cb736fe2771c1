/**
 * Sends status reports from a queue on a few keep-alive connections until the queue is empty or the deadline
 * passes. Not autocannon: reports are single-use (a device's `downloading` can be accepted once), so each is
 * sent exactly once, in queue order, and the run stops when they run out instead of repeating them.
 */
import * as http from 'node:http';

export interface QueuedReport {
  token: string;
  body: string;
}

export interface ReportDriverRun {
  sent: number;
  ok: number;
  failed: number;
  statusCodes: Record<string, number>;
  durationS: number;
  p50Ms: number;
  p99Ms: number;
  /** The queue ran out before the deadline. */
  exhausted: boolean;
}

export async function sendReports(url: string, queue: readonly QueuedReport[], o: { connections: number; durationS: number }): Promise<ReportDriverRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const { hostname, port } = new URL(url);
  const deadline = performance.now() + o.durationS * 1000;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < queue.length && performance.now() < deadline) {
      const r = queue[next++];
      const t0 = performance.now();
      const status = await post(agent, hostname, Number(port), r);
      latencies.push(performance.now() - t0);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const durationS = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : 0);
  const ok = Object.entries(statusCodes).reduce((n, [code, c]) => n + (code.startsWith('2') ? c : 0), 0);
  return { sent: latencies.length, ok, failed: latencies.length - ok, statusCodes, durationS, p50Ms: at(0.5), p99Ms: at(0.99), exhausted: next >= queue.length };
}

function post(agent: http.Agent, hostname: string, port: number, r: QueuedReport): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, hostname, port, method: 'POST', path: '/device/v1/status', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body), authorization: `Bearer ${r.token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}
