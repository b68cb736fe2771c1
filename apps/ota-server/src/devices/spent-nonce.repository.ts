import { createHash } from 'node:crypto';
import { byLockOrder, type SqlTx } from '../database/sql-db';

/**
 * The `spent_nonce` table's SQL (D5 single use across instances). Plain SQL over SqlTx: the spends run as a
 * write job (the sqlite write worker's thread, or the pg pool).
 */

/**
 * Expired rows deleted per nonce spent, at most. More than the one row a spend adds, so a backlog (rows that
 * expired while no session was opened) drains as sessions resume; bounded, so no group waits for a large delete.
 */
export const PRUNE_PER_SPEND = 2;

/** Rows per INSERT statement: two parameters each. */
const INSERT_CHUNK = 100;

export interface NonceRow {
  nonce: string;
  expiresAt: string;
}

/** The key a nonce is recorded under: its SHA-256, so the key is fixed-width whatever the nonce's format. */
function keyOf(nonce: string): string {
  return createHash('sha256').update(nonce).digest('hex');
}

/**
 * Records each nonce as spent; per nonce (in the given order), false when it already was, through any
 * instance or earlier in `rows`. Atomic inserts on the primary key: of two instances presented the same nonce
 * at once exactly one inserts (on PostgreSQL the second waits for the first's commit, then inserts nothing),
 * so no check-then-write race. Keys go in lock order, so two instances' groups cannot deadlock on each other.
 */
export async function insertSpentNonces(tx: SqlTx, rows: readonly NonceRow[]): Promise<boolean[]> {
  const keys = rows.map((r) => keyOf(r.nonce));
  const unique = new Map<string, string>();
  keys.forEach((k, i) => unique.has(k) || unique.set(k, rows[i].expiresAt));
  const ordered = [...unique.keys()].sort(byLockOrder);
  const inserted = new Set<string>();
  for (let i = 0; i < ordered.length; i += INSERT_CHUNK) {
    const chunk = ordered.slice(i, i + INSERT_CHUNK);
    const values = chunk.map((_, r) => `(${tx.p(r * 2 + 1)}, ${tx.p(r * 2 + 2)})`).join(', ');
    const returned = await tx.all<{ nonce_hash: string }>(
      `INSERT INTO spent_nonce (nonce_hash, expires_at) VALUES ${values} ON CONFLICT (nonce_hash) DO NOTHING RETURNING nonce_hash`,
      chunk.flatMap((k) => [k, unique.get(k)]),
    );
    for (const r of returned) inserted.add(r.nonce_hash);
  }
  // A nonce given twice is fresh the first time only.
  return keys.map((k) => inserted.delete(k));
}

/**
 * Deletes up to `limit` rows that expired before `expiredBefore`, oldest first. On PostgreSQL rows another
 * instance is deleting right now are skipped rather than waited for: it deletes them.
 */
export function pruneSpentNonces(tx: SqlTx, expiredBefore: string, limit: number): Promise<number> {
  const skipLocked = tx.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  return tx.run(
    'DELETE FROM spent_nonce WHERE nonce_hash IN ' +
      `(SELECT nonce_hash FROM spent_nonce WHERE expires_at < ${tx.p(1)} ORDER BY expires_at LIMIT ${tx.p(2)}${skipLocked})`,
    [expiredBefore, limit],
  );
}
