/** Time comes from an injectable clock (issue 3) so tests can run a whole staged rollout in seconds. */
export interface Clock {
  now(): Date;
  /** `now().getTime()` without the Date (the poll hot path reads the time twice per poll). */
  nowMs(): number;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date(), nowMs: () => Date.now() };

/** A clock tests move by hand; it never moves by itself. */
export class ManualClock implements Clock {
  private ms: number;

  constructor(start: Date = new Date('2026-01-01T00:00:00Z')) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  advanceSeconds(seconds: number): void {
    this.ms += seconds * 1000;
  }

  set(at: Date): void {
    this.ms = at.getTime();
  }
}
