/**
 * The bench's own load generators on raw keep-alive connections (http-wire.ts), for what autocannon cannot do:
 * - closed loop over thousands of distinct tokens: autocannon deep-copies its request list into every
 *   connection (50 connections x 20,000 requests would be a million request objects); here every connection
 *   walks one shared list of pre-built requests from its own offset, one request in flight at a time;
 * - open loop: requests fall due at a fixed rate whatever the server answers (a closed-loop generator never
 *   offers more than the server answers). A 1 ms timer sends what is due since the start, each request on a
 *   connection with nothing outstanding, as devices come (no pipelining: a pipelined batch arrives in one read
 *   and costs the server less per request than the one-at-a-time polls its capacity was measured with; a smoke
 *   run answered all of 2x its capacity pipelined). A request's latency counts from the time it was due, not
 *   from when it left, so a generator or a connection that falls behind adds to the latency rather than hiding
 *   it (no coordinated omission), and the send lag says how far behind the generator itself was.
 */
import { machineBusyMs, type LoadRun } from './load';
import { WireConnection } from './http-wire';

export interface WireLoadOptions {
  url: string;
  /** Pre-built requests; connection c starts at c x (requests / connections) and cycles. */
  requests: readonly Buffer[];
  connections: number;
  durationS: number;
}

/** A slot that keeps one connection open: a connection the server closes is replaced until `stop()`. */
class Slot {
  conn: WireConnection;
  private stopped = false;

  constructor(
    private readonly open: (slot: Slot) => WireConnection,
    private readonly onGone: () => void,
  ) {
    this.conn = open(this);
  }

  /** Called from the connection's onClose: a new one unless stopped. */
  closed(): void {
    if (this.stopped) this.onGone();
    else this.conn = this.open(this);
  }

  stop(): void {
    this.stopped = true;
    if (this.conn.isClosed) this.onGone();
    else this.conn.close();
  }
}

const sorted = (xs: number[]) => Float64Array.from(xs).sort();
/** Nearest-rank quantile of an ascending array (NaN when empty). */
export const quantileOf = (s: Float64Array, q: number) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN);

/** Closed loop: each connection sends its next request when the last one was answered, for `durationS`. */
export function runClosedLoop(o: WireLoadOptions): Promise<LoadRun> {
  const { hostname, port } = new URL(o.url);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  const cpu = process.cpuUsage();
  const machine = machineBusyMs();
  const started = performance.now();
  const deadline = started + o.durationS * 1000;
  const stride = Math.max(1, Math.floor(o.requests.length / o.connections));
  return new Promise((resolve) => {
    let live = o.connections;
    const finish = () => {
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const ok = Object.entries(statusCodes).reduce((n, [code, c]) => n + (code.startsWith('2') ? c : 0), 0);
      const s = sorted(latencies);
      resolve({
        rps: ok / o.durationS,
        ok,
        non2xx: s.length - ok,
        errors,
        statusCodes,
        p50Ms: quantileOf(s, 0.5),
        p90Ms: quantileOf(s, 0.9),
        p99Ms: quantileOf(s, 0.99),
        maxMs: s.length ? s[s.length - 1] : NaN,
        durationS: o.durationS,
        generatorCpuPct: ((used.user + used.system) / 1000 / wallMs) * 100,
        machineCpuPct: ((machineBusyMs() - machine) / wallMs) * 100,
      });
    };
    const slots = Array.from({ length: o.connections }, (_, c) => {
      let next = (c * stride) % o.requests.length;
      const sendNext = (conn: WireConnection) => {
        conn.send(o.requests[next], performance.now());
        next = (next + 1) % o.requests.length;
      };
      return new Slot(
        (slot) => {
          const conn: WireConnection = new WireConnection(hostname, Number(port), {
            onResponse: (status, sentAt, now) => {
              if (now > deadline) return slot.stop();
              latencies.push(now - sentAt);
              statusCodes[status] = (statusCodes[status] ?? 0) + 1;
              sendNext(conn);
            },
            onClose: (lost, err) => {
              if (lost > 0 || err) errors += Math.max(lost, 1);
              slot.closed();
            },
          });
          sendNext(conn);
          return conn;
        },
        () => {
          live -= 1;
          if (live === 0) finish();
        },
      );
    });
    // A request still unanswered long after the deadline is an error, not a reason to wait forever.
    setTimeout(() => slots.forEach((s) => s.stop()), o.durationS * 1000 + 10_000).unref();
  });
}

export interface OpenLoopRun {
  /** The rate asked for, the rate the generator issued requests at (sent, or queued for a free connection), and how many were written to a connection within the send window. */
  targetRate: number;
  sentRate: number;
  sent: number;
  writtenInWindow: number;
  durationS: number;
  statusCodes: Record<string, number>;
  /** Answers per second of the send window, by kind. */
  okPerS: number;
  shedPerS: number;
  otherPerS: number;
  okP50Ms: number;
  okP99Ms: number;
  shedP50Ms: number;
  shedP99Ms: number;
  /** Unanswered (sent, or still waiting for a free connection) when the grace period after the send window ended. */
  timeouts: number;
  /** Lost in connections that closed or failed. */
  errors: number;
  /** Connections opened in all (the most open at once, as none closes unless the server closes it). */
  connections: number;
  /** Requests that found every one of the connections busy and waited in the generator for one; the longest such queue. */
  waitedForConnection: number;
  longestQueue: number;
  /** How late the generator sent requests after they were due, when a connection was free (its own limit). */
  sendLagP99Ms: number;
  sendLagMaxMs: number;
  generatorCpuPct: number;
  machineCpuPct: number;
}

/**
 * Open loop without pipelining, as devices come: `rate` requests per second for `durationS`, each on a keep-alive
 * connection that has nothing outstanding; a new connection is opened when none is free, up to `connections`,
 * beyond which requests wait in the generator for one (their latency still counts from when they were due).
 * Then up to `graceS` for the last answers.
 */
export function runOpenLoop(o: WireLoadOptions & { rate: number; graceS: number }): Promise<OpenLoopRun> {
  const { hostname, port } = new URL(o.url);
  const total = Math.round(o.rate * o.durationS);
  const okLatencies: number[] = [];
  const shedLatencies: number[] = [];
  const lags: number[] = [];
  const statusCodes: Record<string, number> = {};
  const open = new Set<WireConnection>();
  const idle: WireConnection[] = [];
  /** Due requests that found no free connection: index and due time, oldest first. */
  const queue: { i: number; at: number }[] = [];
  let queueHead = 0;
  let errors = 0;
  let opened = 0;
  let waited = 0;
  let longestQueue = 0;
  let scheduled = 0;
  let written = 0;
  let sending = true;
  /** Set once the run is over: what the generator closes then is counted as timed out, not lost. */
  let over = false;
  const cpu = process.cpuUsage();
  const machine = machineBusyMs();
  const t0 = performance.now() + 20;
  const send = (conn: WireConnection, i: number, at: number) => {
    if (sending) written += 1;
    conn.send(o.requests[i % o.requests.length], at);
  };
  const connect = (): WireConnection => {
    opened += 1;
    const conn: WireConnection = new WireConnection(hostname, Number(port), {
      onResponse: (status, dueAt, now) => {
        statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        if (status === 200) okLatencies.push(now - dueAt);
        else if (status === 503) shedLatencies.push(now - dueAt);
        if (queueHead < queue.length) {
          const next = queue[queueHead++];
          send(conn, next.i, next.at);
        } else if (!over) idle.push(conn);
      },
      onClose: (lost, err) => {
        open.delete(conn);
        const at = idle.indexOf(conn);
        if (at >= 0) idle.splice(at, 1);
        if (!over && (lost > 0 || err)) errors += Math.max(lost, 1);
      },
    });
    open.add(conn);
    return conn;
  };
  let sendEnd = t0;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - t0) * o.rate) / 1000) + 1);
      for (; scheduled < due; scheduled += 1) {
        const at = t0 + (scheduled * 1000) / o.rate;
        const conn = idle.pop() ?? (open.size < o.connections ? connect() : undefined);
        if (conn) {
          send(conn, scheduled, at);
          lags.push(now - at);
        } else {
          queue.push({ i: scheduled, at });
          waited += 1;
        }
      }
      longestQueue = Math.max(longestQueue, queue.length - queueHead);
      if (queueHead > 65_536 && queueHead * 2 > queue.length) {
        queue.splice(0, queueHead);
        queueHead = 0;
      }
      if (scheduled < total) return;
      clearInterval(timer);
      sendEnd = now;
      sending = false;
      waitForAnswers();
    };
    const timer = setInterval(tick, 1);
    const waitForAnswers = () => {
      const graceEnd = performance.now() + o.graceS * 1000;
      const check = setInterval(() => {
        const outstanding = [...open].reduce((n, c) => n + c.outstanding, 0) + (queue.length - queueHead);
        if (outstanding > 0 && performance.now() < graceEnd) return;
        clearInterval(check);
        over = true;
        for (const c of open) c.close();
        finish(outstanding);
      }, 10);
    };
    const finish = (timeouts: number) => {
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - t0;
      const sendS = (sendEnd - t0) / 1000;
      const ok = sorted(okLatencies);
      const shed = sorted(shedLatencies);
      const lag = sorted(lags);
      const answered = Object.values(statusCodes).reduce((a, b) => a + b, 0);
      resolve({
        targetRate: o.rate,
        sentRate: total / sendS,
        sent: total,
        writtenInWindow: written,
        durationS: sendS,
        statusCodes,
        okPerS: ok.length / sendS,
        shedPerS: shed.length / sendS,
        otherPerS: (answered - ok.length - shed.length) / sendS,
        okP50Ms: quantileOf(ok, 0.5),
        okP99Ms: quantileOf(ok, 0.99),
        shedP50Ms: quantileOf(shed, 0.5),
        shedP99Ms: quantileOf(shed, 0.99),
        timeouts,
        errors,
        connections: opened,
        waitedForConnection: waited,
        longestQueue,
        sendLagP99Ms: quantileOf(lag, 0.99),
        sendLagMaxMs: lag.length ? lag[lag.length - 1] : 0,
        generatorCpuPct: ((used.user + used.system) / 1000 / wallMs) * 100,
        machineCpuPct: ((machineBusyMs() - machine) / wallMs) * 100,
      });
    };
  });
}
