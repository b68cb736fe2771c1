import type { StageCounts } from '@app/rollout';
import type { SqlTx } from '../database/sql-db';

/** Points kept per rollout: enough to plot days of ticks that changed something; older ones are pruned as written. */
export const PROGRESS_POINTS_KEPT = 1000;

export interface ProgressPoint {
  at: string;
  stageIndex: number;
  state: string;
  /** Devices by status over all stages, at `at`. */
  counts: StageCounts;
}

interface Row {
  at: string;
  stage_index: number | string;
  state: string;
  counts: string;
}

const toPoint = (r: Row): ProgressPoint => ({ at: r.at, stageIndex: Number(r.stage_index), state: r.state, counts: JSON.parse(r.counts) as StageCounts });

/** The newest point of a rollout (what a new sample is compared with). */
export async function lastProgressPoint(tx: SqlTx, rolloutId: string): Promise<ProgressPoint | undefined> {
  const [row] = await tx.all<Row>(`SELECT at, stage_index, state, counts FROM rollout_progress WHERE rollout_id = ${tx.p(1)} ORDER BY id DESC LIMIT 1`, [
    rolloutId,
  ]);
  return row && toPoint(row);
}

/** Appends a point and keeps the newest PROGRESS_POINTS_KEPT (an index seek and a range delete). */
export async function appendProgressPoint(tx: SqlTx, rolloutId: string, point: ProgressPoint): Promise<void> {
  const p = tx.p;
  await tx.run(`INSERT INTO rollout_progress (rollout_id, at, stage_index, state, counts) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`, [
    rolloutId,
    point.at,
    point.stageIndex,
    point.state,
    JSON.stringify(point.counts),
  ]);
  await tx.run(
    `DELETE FROM rollout_progress WHERE rollout_id = ${p(1)} AND id < ` +
      `(SELECT id FROM rollout_progress WHERE rollout_id = ${p(2)} ORDER BY id DESC LIMIT 1 OFFSET ${PROGRESS_POINTS_KEPT - 1})`,
    [rolloutId, rolloutId],
  );
}

/** A rollout's points, oldest first. */
export async function progressPointsOf(tx: SqlTx, rolloutId: string): Promise<ProgressPoint[]> {
  const rows = await tx.all<Row>(`SELECT at, stage_index, state, counts FROM rollout_progress WHERE rollout_id = ${tx.p(1)} ORDER BY id`, [rolloutId]);
  return rows.map(toPoint);
}
