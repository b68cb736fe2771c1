import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../clock/clock';
import { HotWrites } from '../database/hot-writes.service';
import { deviceWrites } from './device-write.jobs';

/** Nonces per group: one transaction, one commit. */
const MAX_GROUP = 500;

/**
 * How long a spent nonce's row outlives the nonce: an instance whose clock lags the pruning instance's by up to
 * this still finds the row for as long as its own clock holds the nonce valid.
 */
const KEPT_PAST_EXPIRY_MS = 5 * 60_000;

interface Waiting {
  nonce: string;
  expiresAt: string;
  resolve: (fresh: boolean) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit of spent nonces (D5, D6): the sessions opened meanwhile record their nonces in one transaction,
 * so a burst of sessions costs a commit (an fsync) per group rather than per session. Measured on this machine,
 * 1,000 sessions 50 at a time: ~700/s on sqlite and ~600/s on PostgreSQL with no write, ~270/s and ~210/s with a
 * transaction per session, ~500/s and ~580/s in groups. One group in flight at a time: while it commits the
 * next gathers, so an idle server writes at once. A write job: on sqlite it commits in the write worker, never
 * on the event loop.
 */
@Injectable()
export class SpentNonceWriter {
  private queue: Waiting[] = [];
  private inFlight = false;

  constructor(
    private readonly hot: HotWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Resolves true once `nonce` is recorded as spent, false when it already was (through any instance); rejects
   * when the database did not take the group (a storage failure: 503, nothing recorded).
   */
  spend(nonce: string, expiresAt: Date): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.queue.push({ nonce, expiresAt: expiresAt.toISOString(), resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.inFlight || this.queue.length === 0) return;
    this.inFlight = true;
    const group = this.queue.splice(0, MAX_GROUP);
    const pruneBefore = new Date(this.clock.nowMs() - KEPT_PAST_EXPIRY_MS).toISOString();
    void this.hot
      .run(deviceWrites, 'spendNonces', { nonces: group.map((w) => ({ nonce: w.nonce, expiresAt: w.expiresAt })), pruneBefore })
      .then(
        (fresh) => group.forEach((w, i) => w.resolve(fresh[i])),
        (err: unknown) => group.forEach((w) => w.reject(err)),
      )
      .finally(() => {
        this.inFlight = false;
        this.kick();
      });
  }
}
