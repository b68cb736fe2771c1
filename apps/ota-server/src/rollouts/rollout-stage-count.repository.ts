import { emptyStageCounts, type StageCounts } from '@app/rollout';
import { STATUS_RANK, type DeviceRolloutStatus } from '@app/protocol';
import { byLockOrder, type SqlTx } from '../database/sql-db';

const FIELD: Record<DeviceRolloutStatus, keyof StageCounts> = {
  offered: 'offered',
  downloading: 'downloading',
  installing: 'installing',
  succeeded: 'succeeded',
  failed: 'failed',
  'rolled-back': 'rolledBack',
  cancelled: 'cancelled',
  'timed-out': 'timedOut',
};

/**
 * Device counts by stage and status for one rollout, from `rollout_stage_count` (a few rows, however many
 * devices): every change of a device state moves its count in the same transaction (CountDeltas). Counting
 * the states themselves took ~100 ms per running rollout at a million devices, every tick.
 */
export async function countByStage(tx: SqlTx, rolloutId: string): Promise<Map<number, StageCounts>> {
  return fold(await tx.all(`SELECT stage_index, status, devices AS n FROM rollout_stage_count WHERE rollout_id = ${tx.p(1)}`, [rolloutId]));
}

/** Devices by status over all stages of each rollout in `rolloutIds` (a few count rows each, read by primary key). */
export async function totalsByRollout(tx: SqlTx, rolloutIds: readonly string[]): Promise<Map<string, StageCounts>> {
  const totals = new Map<string, StageCounts>();
  for (let i = 0; i < rolloutIds.length; i += 200) {
    const ids = rolloutIds.slice(i, i + 200);
    const rows = await tx.all<{ rollout_id: string; status: DeviceRolloutStatus; n: number | string }>(
      `SELECT rollout_id, status, SUM(devices) AS n FROM rollout_stage_count WHERE rollout_id IN (${ids.map((_, k) => tx.p(k + 1)).join(', ')}) ` +
        'GROUP BY rollout_id, status',
      ids,
    );
    for (const r of rows) {
      const counts = totals.get(r.rollout_id) ?? emptyStageCounts();
      counts[FIELD[r.status]] += Number(r.n);
      totals.set(r.rollout_id, counts);
    }
  }
  return totals;
}

/** The same counts taken from the device states themselves (what `countByStage` must always equal). */
export async function recountByStage(tx: SqlTx, rolloutId: string): Promise<Map<number, StageCounts>> {
  return fold(
    await tx.all(`SELECT stage_index, status, COUNT(*) AS n FROM device_rollout WHERE rollout_id = ${tx.p(1)} GROUP BY stage_index, status`, [rolloutId]),
  );
}

function fold(rows: { stage_index: number | string; status: DeviceRolloutStatus; n: number | string }[]): Map<number, StageCounts> {
  const byStage = new Map<number, StageCounts>();
  for (const r of rows) {
    if (Number(r.n) === 0) continue;
    const stage = Number(r.stage_index);
    const counts = byStage.get(stage) ?? emptyStageCounts();
    counts[FIELD[r.status]] += Number(r.n);
    byStage.set(stage, counts);
  }
  return byStage;
}

interface CountKey {
  rolloutId: string;
  stageIndex: number;
  status: DeviceRolloutStatus;
  delta: number;
}

/**
 * The count changes of one transaction, summed per (rollout, stage, status) and written at its end, one
 * upsert per row that changed: a group of hundreds of reports touches a handful of count rows.
 */
export class CountDeltas {
  private readonly byKey = new Map<string, CountKey>();

  add(rolloutId: string, stageIndex: number, status: DeviceRolloutStatus, delta: number): void {
    const key = `${rolloutId} ${stageIndex} ${status}`;
    const entry = this.byKey.get(key);
    if (entry) entry.delta += delta;
    else this.byKey.set(key, { rolloutId, stageIndex, status, delta });
  }

  move(rolloutId: string, stageIndex: number, from: DeviceRolloutStatus, to: DeviceRolloutStatus): void {
    if (from === to) return;
    this.add(rolloutId, stageIndex, from, -1);
    this.add(rolloutId, stageIndex, to, 1);
  }

  /**
   * Writes the sums. In one order (rollout, stage, status rank): every transaction on every instance takes
   * these row locks in that order, so concurrent instances cannot deadlock on them.
   */
  async apply(tx: SqlTx): Promise<void> {
    const rows = [...this.byKey.values()].filter((k) => k.delta !== 0);
    rows.sort(
      (a, b) =>
        byLockOrder(a.rolloutId, b.rolloutId) ||
        a.stageIndex - b.stageIndex ||
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        byLockOrder(a.status, b.status),
    );
    const p = tx.p;
    const sql =
      `INSERT INTO rollout_stage_count (rollout_id, stage_index, status, devices) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}) ` +
      'ON CONFLICT (rollout_id, stage_index, status) DO UPDATE SET devices = rollout_stage_count.devices + excluded.devices';
    for (const r of rows) await tx.run(sql, [r.rolloutId, r.stageIndex, r.status, r.delta]);
    this.byKey.clear();
  }
}
