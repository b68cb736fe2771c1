import type * as http from 'node:http';
import type * as net from 'node:net';
import type { RawGate } from './fast-lane';
import { LoopDelayMonitor } from './loop-delay';

/**
 * D4/D6 overload protection for the device API, at the raw Node server (FastLane's serverFactory), where every
 * request passes, including the polls the fast lane answers and which never reach Fastify.
 *
 * - Shedding: while the event loop stays late (LoopDelayMonitor) or DEVICE_MAX_INFLIGHT device requests are
 *   accepted and unanswered, device requests (/device/*, /tuf/*) get 503 OVERLOADED with Retry-After, written
 *   from precomputed bytes before the fast lane or Fastify sees them. Admin routes, /health*, /metrics and the
 *   docs are always served: operators need them during the incident.
 * - In flight means accepted (headers and the whole body received) and not answered. A request whose body is
 *   still arriving is not counted, so half-sent requests never take the budget of good ones; it has
 *   DEVICE_BODY_TIMEOUT_MS for the rest, then gets 408 and its connection is closed. A fast-lane poll is answered
 *   in the same tick it is accepted, so it is never in flight; what it costs shows in the loop delay.
 *
 * Hot path: a request costs one field read (`reason`) while nothing is shed; the sampler's timer and the
 * in-flight count keep that field current. Requests bound for Fastify add one `close` listener (device routes).
 */
export type ShedReason = 'event-loop-delay' | 'in-flight';
/** Why a device request was refused: shed (503), or its body did not arrive in time (408). */
export type RefusalReason = ShedReason | 'body-timeout';
export const REFUSAL_REASONS: readonly RefusalReason[] = ['event-loop-delay', 'in-flight', 'body-timeout'];

export interface OverloadState {
  shedding: boolean;
  reason?: ShedReason;
  /** Event-loop delay sustained over the last iterations (ms, see LoopDelayMonitor). */
  loopDelayMs: number;
  /** Device requests accepted and not answered yet. */
  inFlight: number;
  /** Device requests whose headers arrived and whose body has not (not counted in flight). */
  awaitingBody: number;
}

/** What readiness and metrics read. */
export interface OverloadLimit {
  /** True while device requests are answered 503 OVERLOADED. */
  shedding(): boolean;
  state(): OverloadState;
  /** Refusals since start by reason (metrics adds what is new at each scrape). */
  refusals(): Readonly<Record<RefusalReason, number>>;
}

export interface OverloadSettings {
  /** DEVICE_MAX_INFLIGHT: accepted, unanswered device requests before new ones are shed. */
  maxInFlight: number;
  /** SHED_LOOP_DELAY_MS: sustained event-loop delay at which device requests are shed. */
  loopDelayMs: number;
  /** DEVICE_BODY_TIMEOUT_MS: time from a device request's headers to the end of its body. */
  bodyTimeoutMs: number;
}

/** The sampler's tick; the measured delay is each tick's lateness (see LoopDelayMonitor). */
const SAMPLE_INTERVAL_MS = 20;
interface BodyDeadline {
  /** Still waiting for the body. */
  pending: boolean;
  at: number;
  /** Answers 408 and closes, unless answered meanwhile; true when it did. */
  expire: () => boolean;
}

/** Body deadlines cut per sampler tick at most (each is an answer and a closed socket). */
const BODY_DEADLINES_PER_TICK = 16;
/** Shedding stops after the loop has kept time this long (hysteresis). */
const SHED_HOLD_MS = 1_000;
/** As the exception filter's 503s; the agent backs off at least this long, with jitter (D4). */
const RETRY_AFTER_SECONDS = 5;

export const isDeviceUrl = (url: string | undefined): boolean => url !== undefined && (url.startsWith('/device/') || url.startsWith('/tuf/'));

export class DeviceOverloadGuard implements RawGate, OverloadLimit {
  /** Set while shedding: the one field every request reads. */
  private reason: ShedReason | undefined;
  private inFlight = 0;
  private awaitingBody = 0;
  private readonly loop: LoopDelayMonitor;
  private timer: NodeJS.Timeout | undefined;
  private readonly counts: Record<RefusalReason, number> = { 'event-loop-delay': 0, 'in-flight': 0, 'body-timeout': 0 };
  private readonly answers: Record<ShedReason, PrecomputedAnswer>;
  /** Requests waiting for their body, oldest first, from `deadlineHead` on (see expireBodies). */
  private deadlines: BodyDeadline[] = [];
  private deadlineHead = 0;

  constructor(private readonly settings: OverloadSettings) {
    this.loop = new LoopDelayMonitor({ thresholdMs: settings.loopDelayMs, intervalMs: SAMPLE_INTERVAL_MS, holdMs: SHED_HOLD_MS }, performance.now());
    this.answers = {
      'event-loop-delay': overloaded(`the server is saturated (event-loop delay over ${settings.loopDelayMs} ms); retry after ${RETRY_AFTER_SECONDS} s`),
      'in-flight': overloaded(`more than ${settings.maxInFlight} device requests in flight; retry after ${RETRY_AFTER_SECONDS} s`),
    };
  }

  shedding(): boolean {
    return this.reason !== undefined;
  }

  state(): OverloadState {
    return {
      shedding: this.reason !== undefined,
      reason: this.reason,
      loopDelayMs: this.loop.delayMs,
      inFlight: this.inFlight,
      awaitingBody: this.awaitingBody,
    };
  }

  refusals(): Readonly<Record<RefusalReason, number>> {
    return this.counts;
  }

  /** Samples the loop while `server` (HTTP or HTTPS) listens. */
  watch(server: net.Server): void {
    server.on('listening', () => {
      this.loop.restart(performance.now());
      clearInterval(this.timer);
      this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS).unref();
    });
    server.on('close', () => clearInterval(this.timer));
  }

  refuse(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const reason = this.reason;
    if (reason === undefined || !isDeviceUrl(req.url)) return false;
    this.counts[reason] += 1;
    const answer = this.answers[reason];
    // A body left unread would hold a kept-alive connection: a request that announced one gets it closed.
    res.writeHead(503, waitsForBody(req) ? answer.closing : answer.headers);
    res.end(answer.body);
    return true;
  }

  track(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!isDeviceUrl(req.url)) return;
    if (waitsForBody(req)) {
      this.trackBody(req, res);
      return;
    }
    this.enter();
    // A response emits `close` once, when answered or when the client went away; either frees the slot.
    res.on('close', this.leave);
  }

  /** The sampler's tick: one clock read every SAMPLE_INTERVAL_MS, none per request; then due body deadlines. */
  private sample(): void {
    const now = performance.now();
    if (this.loop.sample(now)) this.update();
    this.expireBodies(now);
  }

  /**
   * Body deadlines in arrival order (the timeout is the same for all, so that is deadline order), cut a bounded
   * number per tick: 2,048 half-sent requests opened together would otherwise all expire in one timer phase, and
   * answering and closing them held the loop for 165 ms in the bench.
   */
  private expireBodies(now: number): void {
    let cut = 0;
    while (this.deadlineHead < this.deadlines.length && cut < BODY_DEADLINES_PER_TICK) {
      const d = this.deadlines[this.deadlineHead];
      // A body that arrived leaves the queue as soon as it reaches the front, due or not: the queue holds about
      // one tick of requests, not a whole timeout's worth.
      if (d.pending && d.at > now) break;
      this.deadlineHead += 1;
      if (d.pending && d.expire()) cut += 1;
    }
    if (this.deadlineHead > 1024 && this.deadlineHead * 2 > this.deadlines.length) {
      this.deadlines = this.deadlines.slice(this.deadlineHead);
      this.deadlineHead = 0;
    }
  }

  private enter(): void {
    this.inFlight += 1;
    if (this.inFlight >= this.settings.maxInFlight) this.update();
  }

  private readonly leave = (): void => {
    this.inFlight -= 1;
    if (this.reason === 'in-flight') this.update();
  };

  private update(): void {
    this.reason = this.loop.overloaded ? 'event-loop-delay' : this.inFlight >= this.settings.maxInFlight ? 'in-flight' : undefined;
  }

  /**
   * A request with a body counts from its end; until then it has `bodyTimeoutMs`. The deadline also holds when
   * Fastify answered early (404, 413) and Node is still draining the rest: the connection is then closed.
   */
  private trackBody(req: http.IncomingMessage, res: http.ServerResponse): void {
    let phase: 'body' | 'in-flight' | 'done' = 'body';
    let answered = false;
    this.awaitingBody += 1;
    const bodyArrived = () => {
      phase = 'done';
      this.awaitingBody -= 1;
      deadline.pending = false;
    };
    const deadline: BodyDeadline = {
      pending: true,
      at: performance.now() + this.settings.bodyTimeoutMs,
      expire: () => {
        if (phase !== 'body') return false;
        bodyArrived();
        this.counts['body-timeout'] += 1;
        timeOut(req, res);
        return true;
      },
    };
    this.deadlines.push(deadline);
    req.once('end', () => {
      if (phase !== 'body') return;
      bodyArrived();
      if (answered) return;
      phase = 'in-flight';
      this.enter();
    });
    res.once('close', () => {
      answered = true;
      if (phase === 'in-flight') {
        phase = 'done';
        this.leave();
      } else if (phase === 'body' && req.socket.destroyed) bodyArrived();
    });
  }
}

/** Fastify reads a body only for methods that take one, and only when the headers announce one. */
function waitsForBody(req: http.IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const BODY_TIMEOUT = Buffer.from(JSON.stringify({ code: 'REQUEST_TIMEOUT', message: 'the request body did not arrive in time; send it again' }));

/** 408 REQUEST_TIMEOUT with `Connection: close` (as Node answers its own request timeout) unless an answer went out. */
function timeOut(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  res.writeHead(408, { connection: 'close', 'content-type': 'application/json; charset=utf-8', 'content-length': BODY_TIMEOUT.length });
  res.end(BODY_TIMEOUT);
}

interface PrecomputedAnswer {
  body: Buffer;
  headers: http.OutgoingHttpHeaders;
  closing: http.OutgoingHttpHeaders;
}

/** The 503 body (the exception filter's `{ code, message }`) and headers, made once. */
function overloaded(message: string): PrecomputedAnswer {
  const body = Buffer.from(JSON.stringify({ code: 'OVERLOADED', message }));
  const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'retry-after': String(RETRY_AFTER_SECONDS) };
  return { body, headers, closing: { ...headers, connection: 'close' } };
}
