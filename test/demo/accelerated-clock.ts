import type { Clock } from '../../apps/ota-server/src/clock/clock';

/**
 * Real time until `accelerate()`, then sped up: one real second is `factor` seconds for the server (soak times,
 * expiries, leases). The demo accelerates once its setup is done, so a slow setup (a loaded machine
 * manufacturing the fleet) spends no server time.
 */
export class AcceleratedClock implements Clock {
  private fromReal = Date.now();
  private fromServer = this.fromReal;
  private factor = 1;

  constructor(private readonly speed: number) {}

  accelerate(): void {
    this.fromServer = this.nowMs();
    this.fromReal = Date.now();
    this.factor = this.speed;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    // Never behind the real now and only runs faster, so TUF expiries stay in the future for tuf-js's real clock.
    return this.fromServer + (Date.now() - this.fromReal) * this.factor;
  }
}
