import type { DataSource, QueryRunner } from 'typeorm';

/** The better-sqlite3 connection under TypeORM's driver, for what TypeORM cannot express (BEGIN IMMEDIATE). */
export interface RawSqlite {
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  readonly inTransaction: boolean;
}

export function rawSqliteOf(db: DataSource): RawSqlite {
  const raw = (db.driver as unknown as { databaseConnection?: RawSqlite }).databaseConnection;
  if (!raw) throw new Error('expected an open better-sqlite3 connection under the TypeORM driver');
  return raw;
}

/**
 * Tells TypeORM's query runner whether a transaction is open. We open and close sqlite transactions ourselves
 * (BEGIN IMMEDIATE, and a ROLLBACK whatever happened), and TypeORM must neither start its own inside them
 * (`save` does when it sees none) nor keep believing in one that ended: its own bookkeeping stayed "in a
 * transaction" after a failed COMMIT, which turned every later transaction into a savepoint of a dead one.
 */
export function markTypeormTransaction(runner: QueryRunner, open: boolean): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = open;
  state.transactionDepth = open ? 1 : 0;
}
