import { cohortSize, type AudienceFilter, type HealthPolicy, type Stage } from '@app/rollout';
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
