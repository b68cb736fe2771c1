import type { DataSource, QueryRunner } from 'typeorm';
import type { SqlDb, SqlTx } from './sql-db';
import { isRetryableConflict } from './storage-errors';

const CONFLICT_RETRIES = 3;

/**
 * The write jobs' database on PostgreSQL: the pg pool under TypeORM, on the main thread (its I/O never blocks
 * the event loop). Several jobs may run at once on separate connections; a transaction PostgreSQL aborted to
 * break a deadlock between instances is run again.
 */
export class PostgresDb implements SqlDb {
  readonly dialect = 'postgres' as const;

  constructor(private readonly db: DataSource) {}

  async transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.withRunner(async (runner) => {
          await runner.startTransaction();
          try {
            const result = await fn(txOf(runner));
            await runner.commitTransaction();
            return result;
          } catch (err) {
            if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
            throw err;
          }
        });
      } catch (err) {
        if (!isRetryableConflict(err) || attempt >= CONFLICT_RETRIES) throw err;
      }
    }
  }

  read<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    return this.withRunner((runner) => fn(txOf(runner)));
  }

  private async withRunner<T>(fn: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    try {
      return await fn(runner);
    } finally {
      await runner.release();
    }
  }
}

function txOf(runner: QueryRunner): SqlTx {
  return {
    dialect: 'postgres',
    p: (i) => `$${i}`,
    all: async <R>(sql: string, params: readonly unknown[] = []) => (await runner.query(sql, [...params], true)).records as R[],
    run: async (sql: string, params: readonly unknown[] = []) => (await runner.query(sql, [...params], true)).affected ?? 0,
  };
}
