import type { SqlTx } from '../database/sql-db';
import type { Checkin } from './checkin-log';

/**
 * Rows per statement. On sqlite each statement runs synchronously (in the write worker now): at a million devices
 * a 500-row upsert took ~25 ms (rows spread over the whole table), 100 rows ~5 ms, with the same CPU in all.
 */
const CHECKIN_CHUNK = 100;

/**
 * Check-ins as multi-row upserts: at bench load a statement per device cost more CPU than the polls
 * themselves. The token's claims make every row complete, so a device whose row is missing (first contact, a
 * restored database) is registered by its check-in. The newest sighting wins: an older check-in (a batch
 * retried after an outage, another instance's) changes nothing.
 */
export async function upsertCheckins(tx: SqlTx, batch: readonly Checkin[]): Promise<void> {
  for (let i = 0; i < batch.length; i += CHECKIN_CHUNK) {
    const chunk = batch.slice(i, i + CHECKIN_CHUNK);
    const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6, 7].map((c) => tx.p(r * 7 + c)).join(', ')})`).join(', ');
    await tx.run(
      `INSERT INTO device (id, model, firmware_version, channel, region, first_seen, last_seen) VALUES ${values} ` +
        'ON CONFLICT (id) DO UPDATE SET model = excluded.model, firmware_version = excluded.firmware_version, channel = excluded.channel, ' +
        'region = excluded.region, last_seen = excluded.last_seen WHERE device.last_seen <= excluded.last_seen',
      chunk.flatMap((c) => {
        const seen = new Date(c.seenAt).toISOString();
        return [c.id, c.model, c.firmwareVersion, c.channel, c.region, seen, seen];
      }),
    );
  }
}

export interface DeviceProfileRow {
  id: string;
  model: string;
  firmware_version: string;
  channel: string;
  region: string;
}

/** Registered devices in id order after `afterId`, for walks over the whole registry (the cohort census). */
export function devicePage(tx: SqlTx, afterId: string, limit: number): Promise<DeviceProfileRow[]> {
  return tx.all<DeviceProfileRow>(`SELECT id, model, firmware_version, channel, region FROM device WHERE id > ${tx.p(1)} ORDER BY id LIMIT ${tx.p(2)}`, [
    afterId,
    limit,
  ]);
}
