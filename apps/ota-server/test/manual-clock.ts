import type { Clock } from '../src/clock/clock';

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
