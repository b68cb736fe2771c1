/** The device registry's writes from the hot path (D6), run by HotWrites; nothing here may import Nest. */
import { defineJobs, type SqlDb } from '../database/sql-db';
import { latestCheckins, type CheckinBatch } from './checkin-log';
import { upsertCheckins } from './device.repository';

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

export const deviceWrites = defineJobs(__filename, { commitCheckins });
