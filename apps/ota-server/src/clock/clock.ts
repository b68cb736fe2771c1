/**
 * Time comes from an injectable clock so tests can run a whole staged rollout in seconds (D4: soak times and
 * timeouts are read from it); tests use their own (apps/ota-server/test/manual-clock.ts).
 */
export interface Clock {
  now(): Date;
  /** `now().getTime()` without the Date (the poll hot path reads the time twice per poll). */
  nowMs(): number;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date(), nowMs: () => Date.now() };
