import type { SqlTx } from '../database/sql-db';
import type { Checkin } from './checkin-log';

/**
 * The `device` table's SQL. Plain SQL over SqlTx, no TypeORM: the write worker thread runs the check-in upserts
 * and the census walk too.
 */

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

/** A registered device as the admin API shows it (D5: nothing else is known of it). */
export interface RegisteredDevice {
  id: string;
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
  firstSeen: string;
  lastSeen: string;
}

export interface DeviceFilter {
  model?: string;
  channel?: string;
  region?: string;
  firmwareVersion?: string;
}

const FILTER_COLUMNS: Record<keyof DeviceFilter, string> = { model: 'model', channel: 'channel', region: 'region', firmwareVersion: 'firmware_version' };
const DEVICE_COLUMNS = 'id, model, firmware_version, channel, region, first_seen, last_seen';

type DeviceRow = { id: string; model: string; firmware_version: string; channel: string; region: string; first_seen: string; last_seen: string };
const deviceOf = (r: DeviceRow): RegisteredDevice => ({
  id: r.id,
  model: r.model,
  firmwareVersion: r.firmware_version,
  channel: r.channel,
  region: r.region,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

/** Devices matching every given field, in id order, with how many match in all. */
export async function listDevices(
  tx: SqlTx,
  filter: DeviceFilter,
  page: { offset: number; limit: number },
): Promise<{ total: number; items: RegisteredDevice[] }> {
  const given = (Object.keys(FILTER_COLUMNS) as (keyof DeviceFilter)[]).filter((k) => filter[k] !== undefined);
  const where = given.length ? ` WHERE ${given.map((k, i) => `${FILTER_COLUMNS[k]} = ${tx.p(i + 1)}`).join(' AND ')}` : '';
  const values = given.map((k) => filter[k]);
  const [{ n }] = await tx.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM device${where}`, values);
  const rows = await tx.all<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM device${where} ORDER BY id LIMIT ${tx.p(given.length + 1)} OFFSET ${tx.p(given.length + 2)}`,
    [...values, page.limit, page.offset],
  );
  return { total: Number(n), items: rows.map(deviceOf) };
}

export async function findDevice(tx: SqlTx, id: string): Promise<RegisteredDevice | undefined> {
  const [row] = await tx.all<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM device WHERE id = ${tx.p(1)}`, [id]);
  return row && deviceOf(row);
}
