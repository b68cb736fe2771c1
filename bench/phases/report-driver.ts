/**
 * Sends devices' status reports on keep-alive connections until every device has sent all of its reports or
 * the deadline passes. Not autocannon: reports are single-use (a device's `downloading` is accepted once), so
 * each is sent exactly once. A device's reports must arrive in order (D4), so each device belongs to one
 * connection, which sends one request at a time: its next report leaves only after the last was answered.
 * A connection interleaves its devices in waves (the first report of `wave` devices, then their second, ...),
 * as devices installing at the same time would.
 */
import { postJsonRequest, WireConnection } from './http-wire';
import { quantileOf } from './wire-load';

export interface ReportingDevice {
  token: string;
  /** The device's reports in the order it sends them (JSON bodies of POST /device/v1/status). */
  bodies: readonly string[];
}

export interface ReportDriverRun {
  sent: number;
  ok: number;
  failed: number;
  statusCodes: Record<string, number>;
  durationS: number;
  p50Ms: number;
  p99Ms: number;
  /** Every report was sent before the deadline. */
  exhausted: boolean;
  /** CPU used by this (the generating) process, in % of one core. */
  generatorCpuPct: number;
}

export async function sendReports(
  url: string,
  devices: readonly ReportingDevice[],
  o: { connections: number; durationS: number; wave: number },
): Promise<ReportDriverRun> {
  const { hostname, port } = new URL(url);
  const deadline = performance.now() + o.durationS * 1000;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let unsent = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const queues = Array.from({ length: o.connections }, (_, c) => {
    const mine = devices.filter((_d, i) => i % o.connections === c);
    unsent += mine.reduce((n, d) => n + d.bodies.length, 0);
    return inWaves(mine, o.wave);
  });
  await Promise.all(
    queues.map(
      (queue) =>
        new Promise<void>((resolve) => {
          let next = 0;
          let closing = false;
          const sendNext = (conn: WireConnection) => {
            if (next < queue.length && performance.now() < deadline) {
              const { token, body } = queue[next++];
              unsent -= 1;
              conn.send(postJsonRequest('/device/v1/status', { authorization: `Bearer ${token}` }, body), performance.now());
            } else {
              closing = true;
              conn.close();
            }
          };
          // A connection the server closed (a 503 to a request with a body closes it) is replaced; what it lost counts as `closed`.
          const connect = () => {
            const conn: WireConnection = new WireConnection(hostname, Number(port), {
              onResponse: (status, sentAt, now) => {
                latencies.push(now - sentAt);
                statusCodes[status] = (statusCodes[status] ?? 0) + 1;
                sendNext(conn);
              },
              onClose: (lost) => {
                if (lost > 0) statusCodes.closed = (statusCodes.closed ?? 0) + lost;
                if (closing) resolve();
                else sendNext(connect());
              },
            });
            return conn;
          };
          sendNext(connect());
        }),
    ),
  );
  const durationS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const sorted = Float64Array.from(latencies).sort();
  const ok = Object.entries(statusCodes).reduce((n, [code, c]) => n + (code.startsWith('2') ? c : 0), 0);
  return {
    sent: sorted.length,
    ok,
    failed: sorted.length - ok,
    statusCodes,
    durationS,
    p50Ms: quantileOf(sorted, 0.5),
    p99Ms: quantileOf(sorted, 0.99),
    exhausted: unsent === 0,
    generatorCpuPct: ((used.user + used.system) / 1000 / (durationS * 1000)) * 100,
  };
}

/** A connection's reports in send order: per wave of devices, every device's first report, then every second, ... */
function inWaves(devices: readonly ReportingDevice[], wave: number): { token: string; body: string }[] {
  const out: { token: string; body: string }[] = [];
  for (let w = 0; w < devices.length; w += wave) {
    const group = devices.slice(w, w + wave);
    const steps = Math.max(...group.map((d) => d.bodies.length));
    for (let k = 0; k < steps; k += 1) for (const d of group) if (k < d.bodies.length) out.push({ token: d.token, body: d.bodies[k] });
  }
  return out;
}
