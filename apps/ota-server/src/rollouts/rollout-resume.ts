import { emptyStageCounts, type HealthPolicy, type StageCounts } from '@app/rollout';
import { sqlTxOf } from '../database/sql-tx';
import type { Tx } from '../database/storage.service';
import { countByStage } from './rollout-stage-count.repository';
import type { RolloutEntity } from './rollout.entity';

/** Failures as the stage policy counts them (D4: timed-out devices only when the policy says so). */
export function failuresOf(counts: StageCounts, policy: HealthPolicy): number {
  return counts.failed + counts.rolledBack + (policy.timedOutCountsAsFailure === true ? counts.timedOut : 0);
}

/** The current stage's failures, read in `tx`: what an approver accepts by resuming a halted rollout. */
export async function stageFailures(tx: Tx, r: RolloutEntity): Promise<number> {
  const counts = (await countByStage(sqlTxOf(tx), r.id)).get(r.stageIndex) ?? emptyStageCounts();
  return failuresOf(counts, JSON.parse(r.policy) as HealthPolicy);
}

/**
 * D4: after an approver resumed a halted rollout, the evidence that halted it was overruled by a person; the
 * engine halts it again only when a failure beyond those is reported at the same stage.
 */
export function haltWasOverruled(r: RolloutEntity, failures: number): boolean {
  return r.acceptedFailures !== null && failures <= r.acceptedFailures;
}
