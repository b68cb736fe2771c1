import type { DataSource, EntityManager } from 'typeorm';

/** Positional parameter `i` (1-based) in the dialect of the connected database, for the few raw statements. */
export function param(db: DataSource | EntityManager, i: number): string {
  const type = 'connection' in db ? db.connection.options.type : db.options.type;
  return type === 'postgres' ? `$${i}` : '?';
}
