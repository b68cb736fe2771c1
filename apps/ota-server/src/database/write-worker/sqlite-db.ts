import Database from 'better-sqlite3';
import type { Priority, SqlDb, SqlTx } from '../sql-db';
import { BackgroundPace } from './background-pace';
import { PriorityLock } from './priority-lock';

/** Background work (check-ins, census pages) takes at most this share of the worker's time (background-pace.ts). */
const BACKGROUND_SHARE = 0.2;

/**
 * One turn of this thread's event loop. A job's transactions otherwise follow each other in microtasks, and
 * messages (a status report group) wait until the whole job (a flush of ten thousand check-ins) is done: the
 * priority lock only orders jobs that have arrived. Before each low-priority transaction, messages are read.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The write worker's own sqlite connection. SQLite has one writer at a time: this connection takes the write
 * lock with BEGIN IMMEDIATE (waiting up to the busy timeout, which blocks this thread only, never the event
 * loop that answers devices) and commits with `synchronous = FULL`: an acknowledged write survives a power
 * cut, not only a crash of the process, and group commit makes its fsync (about 0.3 ms here) rare.
 */
export class WorkerSqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly lock = new PriorityLock();
  private readonly background = new BackgroundPace(BACKGROUND_SHARE);
  private readonly statements = new Map<string, Database.Statement>();
  private readonly tx: SqlTx;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('synchronous = FULL');
    this.tx = {
      dialect: 'sqlite',
      p: () => '?',
      all: async <R>(sql: string, params: readonly unknown[] = []) => this.statement(sql).all(...params) as R[],
      run: async (sql: string, params: readonly unknown[] = []) => this.statement(sql).run(...params).changes,
    };
  }

  async transaction<T>(fn: (tx: SqlTx) => Promise<T>, priority: Priority = 'high'): Promise<T> {
    return this.inTurn(priority, async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.tx);
        this.db.exec('COMMIT');
        return result;
      } finally {
        // After any error, COMMIT's included (SQLITE_FULL leaves the transaction open): nothing stays open.
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      }
    });
  }

  async read<T>(fn: (tx: SqlTx) => Promise<T>, priority: Priority = 'low'): Promise<T> {
    return this.inTurn(priority, () => fn(this.tx));
  }

  /** High-priority work takes the lock as soon as it is free; background work waits for its pace and a turn first. */
  private async inTurn<T>(priority: Priority, body: () => Promise<T>): Promise<T> {
    if (priority === 'high') return this.lock.run('high', body);
    await this.background.ready();
    await turn();
    return this.lock.run('low', () => this.background.run(body));
  }

  close(): void {
    this.db.close();
  }

  /** Prepared once per SQL text: preparing costs more than running a simple statement. */
  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}
