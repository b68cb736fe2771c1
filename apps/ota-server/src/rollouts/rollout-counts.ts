import type { DataSource, EntityManager } from 'typeorm';
import type { StageCounts } from '@app/rollout';
import { STATUS_RANK, type DeviceRolloutStatus } from '@app/protocol';
import { param } from '../database/sql';

const FIELD: Record<DeviceRolloutStatus, keyof StageCounts> = {
  offered: 'offered',
  downloading: 'downloading',
  installing: 'installing',
  succeeded: 'succeeded',
  failed: 'failed',
  'rolled-back': 'rolledBack',
  cancelled: 'cancelled',
};

export const emptyCounts = (): StageCounts => ({ offered: 0, downloading: 0, installing: 0, succeeded: 0, failed: 0, rolledBack: 0, cancelled: 0 });

/**
 * Device counts by stage and status for one rollout, from `rollout_stage_count` (a few rows, however many
 * devices): every change of a device state moves its count in the same transaction (`insertOffers`,
 * `moveCount`). Counting the states themselves took ~100 ms per running rollout at a million devices, every tick.
 */
export async function countByStage(db: DataSource, rolloutId: string): Promise<Map<number, StageCounts>> {
  return fold(await db.query(`SELECT stage_index, status, devices AS n FROM rollout_stage_count WHERE rollout_id = ${param(db, 1)}`, [rolloutId]));
}

/** The same counts taken from the device states themselves (what `countByStage` must always equal). */
export async function recountByStage(db: DataSource, rolloutId: string): Promise<Map<number, StageCounts>> {
  return fold(await db.query(`SELECT stage_index, status, COUNT(*) AS n FROM device_rollout WHERE rollout_id = ${param(db, 1)} GROUP BY stage_index, status`, [rolloutId]));
}

function fold(rows: { stage_index: number | string; status: DeviceRolloutStatus; n: number | string }[]): Map<number, StageCounts> {
  const byStage = new Map<number, StageCounts>();
  for (const r of rows) {
    if (Number(r.n) === 0) continue;
    const stage = Number(r.stage_index);
    const counts = byStage.get(stage) ?? emptyCounts();
    counts[FIELD[r.status]] += Number(r.n);
    byStage.set(stage, counts);
  }
  return byStage;
}

/** Rows per INSERT of offers: 7 parameters each stays far below sqlite's and PostgreSQL's parameter limits. */
const OFFER_CHUNK = 200;

export interface OfferRow {
  rolloutId: string;
  deviceId: string;
  stageIndex: number;
  offeredAt: string;
}

/**
 * Inserts `offered` states and counts the ones that were new, in the caller's transaction. A state already
 * there (a report arrived first, or another instance offered first) is left alone and not counted.
 */
export async function insertOffers(m: EntityManager, rows: OfferRow[]): Promise<number> {
  const p = (i: number) => param(m, i);
  const added = new Map<string, { rolloutId: string; stageIndex: number; n: number }>();
  for (let i = 0; i < rows.length; i += OFFER_CHUNK) {
    const chunk = rows.slice(i, i + OFFER_CHUNK);
    const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => p(r * 6 + c)).join(', ')}, NULL)`).join(', ');
    const inserted: { rollout_id: string; stage_index: number | string }[] = await m.query(
      `INSERT INTO device_rollout (rollout_id, device_id, status, stage_index, offered_at, updated_at, code) VALUES ${values} ` +
        'ON CONFLICT (rollout_id, device_id) DO NOTHING RETURNING rollout_id, stage_index',
      chunk.flatMap((o) => [o.rolloutId, o.deviceId, 'offered', o.stageIndex, o.offeredAt, o.offeredAt]),
    );
    for (const r of inserted) {
      const key = `${r.rollout_id} ${r.stage_index}`;
      const entry = added.get(key) ?? { rolloutId: r.rollout_id, stageIndex: Number(r.stage_index), n: 0 };
      entry.n += 1;
      added.set(key, entry);
    }
  }
  let total = 0;
  // In key order, so that two instances flushing offers take the count rows' locks in the same order.
  for (const a of [...added.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, v]) => v)) {
    await addToCount(m, a.rolloutId, a.stageIndex, 'offered', a.n);
    total += a.n;
  }
  return total;
}

/**
 * Moves one device's count from `from` to `to` in the caller's transaction. Lower rank first: states only move
 * forward, so every transaction takes these row locks in the same order (no deadlock between instances).
 */
export async function moveCount(m: EntityManager, rolloutId: string, stageIndex: number, from: DeviceRolloutStatus, to: DeviceRolloutStatus): Promise<void> {
  if (from === to) return;
  const steps: [DeviceRolloutStatus, number][] = [
    [from, -1],
    [to, 1],
  ];
  steps.sort((a, b) => STATUS_RANK[a[0]] - STATUS_RANK[b[0]]);
  for (const [status, delta] of steps) await addToCount(m, rolloutId, stageIndex, status, delta);
}

async function addToCount(m: EntityManager, rolloutId: string, stageIndex: number, status: DeviceRolloutStatus, delta: number): Promise<void> {
  const p = (i: number) => param(m, i);
  await m.query(
    `INSERT INTO rollout_stage_count (rollout_id, stage_index, status, devices) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}) ` +
      'ON CONFLICT (rollout_id, stage_index, status) DO UPDATE SET devices = rollout_stage_count.devices + excluded.devices',
    [rolloutId, stageIndex, status, delta],
  );
}

export function sumCounts(all: Iterable<StageCounts>): StageCounts {
  const total = emptyCounts();
  for (const c of all) for (const k of Object.keys(total) as (keyof StageCounts)[]) total[k] += c[k];
  return total;
}
