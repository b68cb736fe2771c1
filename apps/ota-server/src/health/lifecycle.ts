import { Injectable } from '@nestjs/common';

/** Why the server is not taking new device traffic right now, when it is not (shedding load, shutting down). */
export type NotServing = { reason: 'shedding'; detail: string } | { reason: 'draining'; detail: string };

/**
 * The server's own state as readiness reports it (D6): draining after SIGTERM (readiness turns red first, so a
 * load balancer stops sending before the listener closes) and shedding load (the limiter installed around the
 * HTTP server tells it here). Plain state, set from outside Nest's request pipeline.
 */
@Injectable()
export class Lifecycle {
  private drainingSince?: number;
  private sheddingProbe: () => string | undefined = () => undefined;

  /** The overload limiter's state: a reason while it sheds, undefined otherwise. */
  watchShedding(probe: () => string | undefined): void {
    this.sheddingProbe = probe;
  }

  startDraining(nowMs = Date.now()): void {
    this.drainingSince ??= nowMs;
  }

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  notServing(): NotServing | undefined {
    if (this.drainingSince !== undefined) return { reason: 'draining', detail: `shutting down since ${new Date(this.drainingSince).toISOString()}` };
    const shedding = this.sheddingProbe();
    return shedding === undefined ? undefined : { reason: 'shedding', detail: shedding };
  }
}
