import { Injectable, Logger } from '@nestjs/common';
import { databaseErrorKindOf, describeStorageError, type DatabaseErrorKind } from './storage-errors';

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
  private readonly errors = new Map<DatabaseErrorKind, number>();

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

  /** Counts an error that escaped a read, a transaction or a write job, by kind; errors not the database's are not counted. */
  recordError(err: unknown): void {
    const kind = databaseErrorKindOf(err);
    if (kind) this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }

  /** Database errors since start, by kind (metrics add what is new at each scrape). */
  errorCounts(): ReadonlyMap<DatabaseErrorKind, number> {
    return this.errors;
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
