/**
 * The database as the device hot path's write jobs see it (D6): plain SQL with positional parameters, the same
 * on sqlite (better-sqlite3 in the write worker thread) and PostgreSQL (the pg pool on the main thread). Jobs
 * are written once against this and run wherever the database is.
 */
export type Dialect = 'sqlite' | 'postgres';

/** Transactions of `high` priority (status reports, offers) go before `low` ones (check-ins, census pages). */
export type Priority = 'high' | 'low';

export interface SqlTx {
  readonly dialect: Dialect;
  /** Placeholder of parameter `i` (1-based): `?` or `$i`. */
  p(i: number): string;
  /** A statement that returns rows (SELECT, or INSERT/UPDATE ... RETURNING). */
  all<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** A statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface SqlDb {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when anything fails. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>, priority?: Priority): Promise<T>;
  /** Runs reads outside a transaction; on sqlite, between transactions, never inside one. */
  read<T>(fn: (tx: SqlTx) => Promise<T>, priority?: Priority): Promise<T>;
}

/**
 * Strings in one fixed order (UTF-16 code units, the same on every instance): transactions that lock several
 * rows lock them in this order, so concurrent instances cannot deadlock on them.
 */
export function byLockOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A write job: it receives the database and a structured-clonable payload and returns a clonable result. */
export type Job<P = never, R = unknown> = (db: SqlDb, payload: P) => Promise<R>;

/**
 * A module's jobs with the file that defines them, so the sqlite write worker can load the same functions in
 * its own thread (by file, without the database layer importing any feature).
 */
export interface JobModule<T extends Record<string, Job<never, unknown>>> {
  readonly file: string;
  readonly jobs: T;
}

export function defineJobs<T extends Record<string, Job<never, unknown>>>(file: string, jobs: T): JobModule<T> {
  return { file, jobs };
}

export function isJobModule(value: unknown): value is JobModule<Record<string, Job<never, unknown>>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { file?: unknown }).file === 'string' &&
    typeof (value as { jobs?: unknown }).jobs === 'object'
  );
}
