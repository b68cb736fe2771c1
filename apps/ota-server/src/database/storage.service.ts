import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { Gate } from './gate';
import { markTypeormTransaction, rawSqliteOf, type RawSqlite } from './sqlite-handle';
import { isRetryableConflict, isStorageUnavailable } from './storage-errors';
import { StorageHealth } from './storage-health';

/** How long a main-connection write waits for the sqlite write lock (held by the write worker or another instance). */
/**
 * What a repository function works in: the entity manager of a `Storage.read` (reads) or of a `Storage.write`
 * (one transaction). Services choose the boundary; repositories own the SQL (`*.repository.ts`).
 */
export type Tx = EntityManager;

const SQLITE_LOCK_WAIT_MS = 5_000;
const PG_CONFLICT_RETRIES = 3;

/**
 * The main database connection, used by the admin API, the rollout engine and the caches (the device hot
 * path's writes go through the write worker instead, see HotWrites). D6 "acknowledged means committed":
 *
 * - A write is one transaction that either commits or is rolled back entirely; no transaction stays open after
 *   an error (a failed COMMIT on a full disk left one open, and every later "transaction" became a savepoint
 *   inside it that was never committed although its request was answered 2xx).
 * - On sqlite, TypeORM shares one connection between all callers: the gate gives it to one read or
 *   transaction at a time, so no caller reads another's uncommitted rows or joins its transaction.
 * - Waiting for the sqlite write lock never blocks the event loop: the connection's busy timeout is 0 and
 *   BEGIN IMMEDIATE is retried on timers. Readers never wait (WAL).
 * - A storage failure is recorded in StorageHealth (readiness) and rethrown; the exception filter answers it
 *   503 STORAGE_UNAVAILABLE with Retry-After.
 */
@Injectable()
export class Storage implements OnModuleInit {
  private readonly gate = new Gate();
  private raw?: RawSqlite;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly health: StorageHealth,
  ) {}

  onModuleInit(): void {
    if (this.db.options.type !== 'better-sqlite3') return;
    this.raw = rawSqliteOf(this.db);
    // Migrations ran with a blocking busy timeout (another instance may be starting too); from now on the
    // main connection never blocks the event loop on a lock, and leaves checkpoints to the write worker.
    this.raw.pragma('busy_timeout = 0');
    this.raw.pragma('wal_autocheckpoint = 0');
  }

  get dialect(): 'sqlite' | 'postgres' {
    return this.db.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  /** Reads outside a transaction (on sqlite, never in the middle of someone else's). */
  async read<T>(fn: (m: Tx) => Promise<T>): Promise<T> {
    try {
      return this.raw ? await this.gate.run(() => this.retryBusy(() => fn(this.db.manager))) : await fn(this.db.manager);
    } catch (err) {
      this.health.recordError(err);
      // A failed read says the database is unreachable; only a committed write says it is back.
      if (isStorageUnavailable(err)) this.health.recordFailure(err, 'read');
      throw err;
    }
  }

  /** One transaction: committed when `fn` resolves, rolled back when anything fails. `what` names it in logs. */
  async write<T>(what: string, fn: (m: Tx) => Promise<T>): Promise<T> {
    try {
      const result = this.raw ? await this.gate.run(() => this.sqliteTransaction(this.raw!, fn)) : await this.pgTransaction(fn);
      this.health.recordSuccess();
      return result;
    } catch (err) {
      this.health.recordError(err);
      if (isStorageUnavailable(err)) this.health.recordFailure(err, what);
      throw err;
    }
  }

  private async sqliteTransaction<T>(raw: RawSqlite, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await this.retryBusy(async () => raw.exec('BEGIN IMMEDIATE'));
    markTypeormTransaction(runner, true);
    try {
      const result = await fn(runner.manager);
      raw.exec('COMMIT');
      return result;
    } finally {
      // After an error anywhere, COMMIT included (SQLITE_FULL leaves the transaction open), roll back what is left.
      try {
        if (raw.inTransaction) raw.exec('ROLLBACK');
      } finally {
        markTypeormTransaction(runner, false);
      }
    }
  }

  private async pgTransaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction(fn);
      } catch (err) {
        // PostgreSQL broke a deadlock (or a serialization conflict) by aborting this transaction: run it again.
        if (!isRetryableConflict(err) || attempt >= PG_CONFLICT_RETRIES) throw err;
      }
    }
  }

  /** Runs `fn`, again on SQLITE_BUSY until the lock wait is over (timers, not a blocking busy handler). */
  private async retryBusy<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
    for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
      try {
        return await fn();
      } catch (err) {
        const code = (err as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (err as { code?: unknown }).code;
        if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() + delay > deadline) throw err;
        await sleep(delay);
      }
    }
  }
}
