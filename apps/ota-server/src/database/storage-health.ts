import { Injectable, Logger } from '@nestjs/common';
import { describeStorageError } from './storage-errors';

export interface WritableState {
  ok: boolean;
  /** Since when writes fail (ISO time), while they do. */
  failingSince?: string;
  lastError?: string;
}

/**
 * Whether the database takes writes (D6: readiness is red while writes fail). Every write path reports its
 * outcome here: the main connection's transactions, the write worker's jobs, the PostgreSQL batches. One
 * failure turns it red; the next write that commits turns it green again (buffered check-ins and offers are
 * retried every flush interval, so that happens by itself once the storage is back).
 */
@Injectable()
export class StorageHealth {
  private readonly logger = new Logger('storage');
  private failingSinceMs?: number;
  private lastError?: string;
  private readonly failures = new Map<string, number>();

  recordFailure(err: unknown, what: string, nowMs = Date.now()): void {
    this.failures.set(what, (this.failures.get(what) ?? 0) + 1);
    this.lastError = `${what}: ${describeStorageError(err)}`;
    if (this.failingSinceMs === undefined) {
      this.failingSinceMs = nowMs;
      this.logger.error({ err: this.lastError }, 'storage unavailable: writes fail and are answered 503 until it returns');
    }
  }

  recordSuccess(): void {
    if (this.failingSinceMs === undefined) return;
    this.logger.log({ downForMs: Date.now() - this.failingSinceMs }, 'storage available again');
    this.failingSinceMs = undefined;
  }

  /** Failures since start, by what failed (metrics add what is new at each scrape). */
  failureCounts(): ReadonlyMap<string, number> {
    return this.failures;
  }

  writable(): WritableState {
    if (this.failingSinceMs === undefined) return { ok: true };
    return { ok: false, failingSince: new Date(this.failingSinceMs).toISOString(), lastError: this.lastError };
  }
}
