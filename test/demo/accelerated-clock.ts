import type { Clock } from '../../apps/ota-server/src/clock/clock';

/** Real time, sped up: one real second is `factor` seconds for the server (soak times, expiries, leases). */
export class AcceleratedClock implements Clock {
  private readonly startReal = Date.now();

  constructor(private readonly factor: number) {}

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    // Starts at the real now and only runs faster, so TUF expiries stay in the future for tuf-js's real clock.
    return this.startReal + (Date.now() - this.startReal) * this.factor;
  }
}
