import { bucketOf, cohortSize, matchesAudience, type AudienceDevice, type AudienceFilter, type HealthPolicy, type Stage } from '@app/rollout';
import type { UpdateTargetPointer } from '@app/protocol';
import type { RolloutEntity, RolloutState } from './rollout.entity';

/** A rollout as the hot path and the engine see it: parsed once, held in memory (D6). */
export interface ActiveRollout {
  id: string;
  state: RolloutState;
  stageIndex: number;
  /** Buckets admitted by the current stage (D4: `bucket < percent * 10_000`), computed once, not per poll. */
  cohortSize: number;
  salt: string;
  audience: AudienceFilter;
  stages: Stage[];
  policy: HealthPolicy;
  target: UpdateTargetPointer;
}

export function toActiveRollout(r: RolloutEntity, target: UpdateTargetPointer): ActiveRollout {
  const stages = JSON.parse(r.stages) as Stage[];
  const percent = r.state === 'draft' ? 0 : stages[Math.min(r.stageIndex, stages.length - 1)].percent;
  return {
    id: r.id,
    state: r.state,
    stageIndex: r.stageIndex,
    cohortSize: cohortSize(percent),
    salt: r.salt,
    audience: JSON.parse(r.audience) as AudienceFilter,
    stages,
    policy: JSON.parse(r.policy) as HealthPolicy,
    target,
  };
}

/** D4: the device is in the audience and its bucket is inside the current stage's cohort. */
export function isEligible(rollout: ActiveRollout, device: AudienceDevice & { id: string }): boolean {
  return matchesAudience(device, rollout.audience) && bucketOf(device.id, rollout.salt) < rollout.cohortSize;
}

/** The first stage whose cohort held the device: where its offer is counted when another instance made it. */
export function offerStageOf(rollout: ActiveRollout, deviceId: string): number {
  const bucket = bucketOf(deviceId, rollout.salt);
  const first = rollout.stages.findIndex((s) => bucket < cohortSize(s.percent));
  return first < 0 || first > rollout.stageIndex ? rollout.stageIndex : first;
}
