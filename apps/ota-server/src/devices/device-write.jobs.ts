/** The devices feature's writes (D5, D6), run by HotWrites off the event loop; nothing here may import Nest. */
import { defineJobs, type SqlDb } from '../database/sql-db';
import { latestCheckins, type CheckinBatch } from './checkin-log';
import { upsertCheckins } from './device.repository';
import { insertSpentNonces, pruneSpentNonces, PRUNE_PER_SPEND, type NonceRow } from './spent-nonce.repository';

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

export interface NonceGroup {
  nonces: NonceRow[];
  /** ISO time before which an expired row may be deleted. */
  pruneBefore: string;
}

/**
 * D5: records a group of nonces as spent (per nonce, false: it already was, through any instance) and deletes
 * a few long-expired ones, in one transaction (one commit per group). High priority: devices wait for it.
 */
async function spendNonces(db: SqlDb, group: NonceGroup): Promise<boolean[]> {
  return db.transaction(async (tx) => {
    const fresh = await insertSpentNonces(tx, group.nonces);
    await pruneSpentNonces(tx, group.pruneBefore, PRUNE_PER_SPEND * group.nonces.length);
    return fresh;
  }, 'high');
}

export const deviceWrites = defineJobs(__filename, { commitCheckins, spendNonces });
