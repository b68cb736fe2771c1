import type { EntityManager } from 'typeorm';
import type { SqlTx } from './sql-db';

/** A TypeORM entity manager (of Storage.read or Storage.write) seen as a SqlTx, for SQL shared with the write jobs. */
export function sqlTxOf(m: EntityManager): SqlTx {
  const postgres = m.connection.options.type === 'postgres';
  return {
    dialect: postgres ? 'postgres' : 'sqlite',
    p: postgres ? (i) => `$${i}` : () => '?',
    all: async <R>(sql: string, params: readonly unknown[] = []) => (await m.query(sql, [...params])) as R[],
    run: async (sql: string, params: readonly unknown[] = []) => {
      if (!m.queryRunner) throw new Error('a statement that changes rows runs in a transaction (Storage.write)');
      return (await m.queryRunner.query(sql, [...params], true)).affected ?? 0;
    },
  };
}
