/**
 * How late the event loop runs, and whether that is late enough to shed (D6: "shedding measures real
 * saturation"). Pure: the sampler's timer passes the time of each tick in.
 *
 * Why a loop delay: every request, whether the fast lane, Fastify or a 503 answers it, waits for the loop;
 * requests still in socket buffers or the accept queue are invisible to any count, but they make every
 * iteration longer. A timer due every `intervalMs` that runs late by `d` ms says one iteration held the loop
 * about `d + intervalMs`: a request arriving then waited that long before any code of ours ran.
 *
 * Why not `perf_hooks.monitorEventLoopDelay` (what @fastify/under-pressure reads): its histogram needs two
 * timer fires after each reset to record anything, so when each iteration is longer than the sample interval
 * (exactly when it matters) every window is empty and its mean is NaN. A timer's own drift has no such blind
 * spot and costs one clock read per tick, never one per request.
 *
 * Sustained, not one stall: one stall, however long (a major GC, a burst of synchronous work), is one late tick;
 * by the time it is seen it is over, and shedding then would refuse devices while the server catches up. A
 * saturated server makes every iteration long, so the delay that counts is the smallest lateness of the last
 * three ticks: shedding starts once three iterations in a row each held the loop the threshold or longer.
 * Hysteresis: it stops once that delay has stayed under half the threshold for `holdMs`, so the server does not
 * flap between refusing everything and taking the whole backlog at once.
 */
export interface LoopDelaySettings {
  /** Shed when the sustained delay reaches this (SHED_LOOP_DELAY_MS). */
  thresholdMs: number;
  /** The sampler's tick. */
  intervalMs: number;
  /** How long the delay must stay under half the threshold before shedding stops. */
  holdMs: number;
}

/** Late ticks in a row that make a saturated loop (see above). */
const SUSTAINED_TICKS = 3;

export class LoopDelayMonitor {
  /** The lateness (ms) the loop has sustained: the smallest of the last SUSTAINED_TICKS ticks'. */
  delayMs = 0;
  overloaded = false;
  private lastTickMs: number;
  private readonly recent: number[] = new Array<number>(SUSTAINED_TICKS).fill(0);
  private nextSlot = 0;
  /** Since when the delay has been under half the threshold while overloaded. */
  private calmSinceMs: number | undefined;

  constructor(
    private readonly settings: LoopDelaySettings,
    nowMs: number,
  ) {
    this.lastTickMs = nowMs;
  }

  /** One tick of the sampler, at `nowMs` (monotonic). Returns whether `overloaded` changed. */
  sample(nowMs: number): boolean {
    this.recent[this.nextSlot] = Math.max(0, nowMs - this.lastTickMs - this.settings.intervalMs);
    this.nextSlot = (this.nextSlot + 1) % SUSTAINED_TICKS;
    this.lastTickMs = nowMs;
    this.delayMs = Math.min(...this.recent);
    const was = this.overloaded;
    if (!this.overloaded) {
      this.overloaded = this.delayMs >= this.settings.thresholdMs;
      this.calmSinceMs = undefined;
    } else if (this.delayMs >= this.settings.thresholdMs / 2) {
      this.calmSinceMs = undefined;
    } else if (this.calmSinceMs === undefined) {
      this.calmSinceMs = nowMs;
    } else if (nowMs - this.calmSinceMs >= this.settings.holdMs) {
      this.overloaded = false;
      this.calmSinceMs = undefined;
    }
    return this.overloaded !== was;
  }

  /** Forgets the past (the sampler starts, or starts again, at `nowMs`). */
  restart(nowMs: number): void {
    this.lastTickMs = nowMs;
    this.recent.fill(0);
    this.delayMs = 0;
    this.overloaded = false;
    this.calmSinceMs = undefined;
  }
}
