import type { DataSource } from 'typeorm';
import type { StageCounts } from '@app/rollout';
import type { DeviceRolloutStatus } from '@app/protocol';
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

/** Device counts by stage and status for one rollout: one grouped query over the (rollout_id, status) index. */
export async function countByStage(db: DataSource, rolloutId: string): Promise<Map<number, StageCounts>> {
  const rows: { stage_index: number | string; status: DeviceRolloutStatus; n: number | string }[] = await db.query(
    `SELECT stage_index, status, COUNT(*) AS n FROM device_rollout WHERE rollout_id = ${param(db, 1)} GROUP BY stage_index, status`,
    [rolloutId],
  );
  const byStage = new Map<number, StageCounts>();
  for (const r of rows) {
    const stage = Number(r.stage_index);
    const counts = byStage.get(stage) ?? emptyCounts();
    counts[FIELD[r.status]] += Number(r.n);
    byStage.set(stage, counts);
  }
  return byStage;
}

export function sumCounts(all: Iterable<StageCounts>): StageCounts {
  const total = emptyCounts();
  for (const c of all) for (const k of Object.keys(total) as (keyof StageCounts)[]) total[k] += c[k];
  return total;
}
