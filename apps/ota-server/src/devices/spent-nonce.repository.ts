import { createHash } from 'node:crypto';
import type { SqlTx } from '../database/sql-db';

/**
 * The `spent_nonce` table's SQL (D5 single use across instances). Plain SQL over SqlTx: the spend runs as a
 * write job (the sqlite write worker's thread, or the pg pool).
 */

/**
 * Expired rows deleted by one spend at most. More than the one row a spend adds, so a backlog (rows that expired
 * while no session was opened) drains as sessions resume; bounded, so no session waits for a large delete.
 */
export const PRUNE_BATCH = 16;

/** The key a nonce is recorded under: its SHA-256, so the key is fixed-width whatever the nonce's format. */
function keyOf(nonce: string): string {
  return createHash('sha256').update(nonce).digest('hex');
}

/**
 * Records `nonce` as spent; false when it was already, through any instance. One atomic insert on the primary
 * key: of two instances presented the same nonce at once, exactly one inserts (on PostgreSQL the second waits
 * for the first to commit, then inserts nothing), so no check-then-write race.
 */
export async function insertSpentNonce(tx: SqlTx, nonce: string, expiresAt: string): Promise<boolean> {
  const inserted = await tx.run(`INSERT INTO spent_nonce (nonce_hash, expires_at) VALUES (${tx.p(1)}, ${tx.p(2)}) ON CONFLICT (nonce_hash) DO NOTHING`, [
    keyOf(nonce),
    expiresAt,
  ]);
  return inserted === 1;
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
