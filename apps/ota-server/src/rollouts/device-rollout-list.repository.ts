import type { DeviceRolloutStatus } from '@app/protocol';
import type { SqlTx } from '../database/sql-db';

export interface RolloutDeviceRow {
  deviceId: string;
  status: DeviceRolloutStatus;
  code: string | null;
  message: string | null;
  stageIndex: number;
  updatedAt: string;
}

interface Row {
  device_id: string;
  status: DeviceRolloutStatus;
  code: string | null;
  message: string | null;
  stage_index: number | string;
  updated_at: string;
}

const COLUMNS = 'device_id, status, code, message, stage_index, updated_at';

/**
 * Up to `limit` devices of a rollout in one status, in device id order after `afterDeviceId` (keyset paging):
 * one range of ix_device_rollout_list (rollout_id, status, device_id), however many devices the rollout has
 * (never OFFSET, never a walk over other statuses). `code` filters within that range.
 */
export async function rolloutDevicesInStatus(
  tx: SqlTx,
  rolloutId: string,
  status: DeviceRolloutStatus,
  q: { afterDeviceId: string; limit: number; code?: string },
): Promise<RolloutDeviceRow[]> {
  const params = q.code === undefined ? [rolloutId, status, q.afterDeviceId, q.limit] : [rolloutId, status, q.afterDeviceId, q.code, q.limit];
  const rows = await tx.all<Row>(statusPageSql(tx.p, q.code !== undefined), params);
  return rows.map(toItem);
}

/**
 * The one-status page's statement, parameters in order of appearance (sqlite's `?` are positional): rollout,
 * status, after, [code], limit. Exported so a test can show its plan reads an index range.
 */
export function statusPageSql(p: (i: number) => string, withCode: boolean): string {
  const code = withCode ? ` AND code = ${p(4)}` : '';
  return `SELECT ${COLUMNS} FROM device_rollout WHERE rollout_id = ${p(1)} AND status = ${p(2)} AND device_id > ${p(3)}${code} ORDER BY device_id LIMIT ${p(withCode ? 5 : 4)}`;
}

/** Up to `limit` devices of a rollout in any status, in device id order after `afterDeviceId`: a primary key range. */
export async function rolloutDevices(tx: SqlTx, rolloutId: string, q: { afterDeviceId: string; limit: number }): Promise<RolloutDeviceRow[]> {
  const p = tx.p;
  const rows = await tx.all<Row>(`SELECT ${COLUMNS} FROM device_rollout WHERE rollout_id = ${p(1)} AND device_id > ${p(2)} ORDER BY device_id LIMIT ${p(3)}`, [
    rolloutId,
    q.afterDeviceId,
    q.limit,
  ]);
  return rows.map(toItem);
}

function toItem(r: Row): RolloutDeviceRow {
  return { deviceId: r.device_id, status: r.status, code: r.code, message: r.message, stageIndex: Number(r.stage_index), updatedAt: r.updated_at };
}
