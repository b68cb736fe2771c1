import type { DeviceRolloutStatus } from '@app/protocol';
import type { SqlTx } from '../database/sql-db';

/**
 * A device's status transitions (D4, D9: "why" for a release engineer), written in the same group commit as
 * the device_rollout change they record. Bounded: a device keeps its last EVENTS_KEPT events (plus the few of
 * the install in progress), pruned as its reports are written; the message is the agent's fixed text, capped by
 * the wire contract, never an identifier (D5).
 */
export const EVENTS_KEPT = 50;

/** Rows per multi-row INSERT: 6 parameters each stays far below both databases' parameter limits. */
const EVENT_CHUNK = 200;

export interface DeviceEventRow {
  deviceId: string;
  at: string;
  rolloutId: string;
  status: DeviceRolloutStatus;
  code: string | null;
  message: string | null;
}

/** Appends events, many per statement (offers come by the hundred). */
export async function appendEvents(tx: SqlTx, events: readonly DeviceEventRow[]): Promise<void> {
  const p = tx.p;
  for (let i = 0; i < events.length; i += EVENT_CHUNK) {
    const chunk = events.slice(i, i + EVENT_CHUNK);
    const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => p(r * 6 + c)).join(', ')})`).join(', ');
    await tx.run(
      `INSERT INTO device_event (device_id, at, rollout_id, status, code, message) VALUES ${values}`,
      chunk.flatMap((e) => [e.deviceId, e.at, e.rolloutId, e.status, e.code, e.message]),
    );
  }
}

/**
 * Keeps a device's last EVENTS_KEPT events: one seek into (device_id, id) to find the oldest kept, one range
 * delete below it (nothing while the device has fewer).
 */
export async function pruneEvents(tx: SqlTx, deviceId: string): Promise<void> {
  const p = tx.p;
  await tx.run(
    `DELETE FROM device_event WHERE device_id = ${p(1)} AND id < ` +
      `(SELECT id FROM device_event WHERE device_id = ${p(2)} ORDER BY id DESC LIMIT 1 OFFSET ${EVENTS_KEPT - 1})`,
    [deviceId, deviceId],
  );
}

export interface DeviceEventItem {
  id: number;
  at: string;
  rolloutId: string;
  status: DeviceRolloutStatus;
  code: string | null;
  message: string | null;
}

/** A device's events oldest first, after event `afterId` (0: from the start). */
export async function eventsOfDevice(tx: SqlTx, deviceId: string, afterId: number, limit: number): Promise<DeviceEventItem[]> {
  const p = tx.p;
  const rows = await tx.all<{ id: number | string; at: string; rollout_id: string; status: DeviceRolloutStatus; code: string | null; message: string | null }>(
    `SELECT id, at, rollout_id, status, code, message FROM device_event WHERE device_id = ${p(1)} AND id > ${p(2)} ORDER BY id LIMIT ${p(3)}`,
    [deviceId, afterId, limit],
  );
  return rows.map((r) => ({ id: Number(r.id), at: r.at, rolloutId: r.rollout_id, status: r.status, code: r.code, message: r.message }));
}
