/** The devices feature's writes (D5, D6), run by HotWrites off the event loop; nothing here may import Nest. */
import { defineJobs, type SqlDb } from '../database/sql-db';
import { latestCheckins, type CheckinBatch } from './checkin-log';
import { upsertCheckins } from './device.repository';
import { insertSpentNonce, pruneSpentNonces, PRUNE_BATCH } from './spent-nonce.repository';

/** Devices per transaction: short enough that a status report group never waits long behind one. */
const CHECKINS_PER_TRANSACTION = 250;

/**
 * A flush interval's check-ins: deduplicated here (off the event loop on sqlite), written in short
 * low-priority transactions so status reports commit in between.
 */
async function commitCheckins(db: SqlDb, batch: CheckinBatch): Promise<void> {
  const rows = latestCheckins(batch);
  for (let i = 0; i < rows.length; i += CHECKINS_PER_TRANSACTION) {
    const chunk = rows.slice(i, i + CHECKINS_PER_TRANSACTION);
    await db.transaction((tx) => upsertCheckins(tx, chunk), 'low');
  }
}

export interface NonceSpend {
  nonce: string;
  /** ISO times: when the nonce expires, and before when an expired row may be deleted. */
  expiresAt: string;
  pruneBefore: string;
}

/**
 * D5: records a nonce as spent (false: it already was, through any instance) and deletes a few long-expired
 * ones, in one short transaction (one commit per session). High priority: a device waits for its session.
 */
async function spendNonce(db: SqlDb, spend: NonceSpend): Promise<boolean> {
  return db.transaction(async (tx) => {
    const fresh = await insertSpentNonce(tx, spend.nonce, spend.expiresAt);
    await pruneSpentNonces(tx, spend.pruneBefore, PRUNE_BATCH);
    return fresh;
  }, 'high');
}

export const deviceWrites = defineJobs(__filename, { commitCheckins, spendNonce });
