import {
  AudienceMatcher,
  bucketOf,
  cohortSize,
  type AudienceDevice,
  type AudienceFilter,
  type DeviceMembership,
  type HealthPolicy,
  type Stage,
} from '@app/rollout';
import type { UpdateTargetPointer } from '@app/protocol';
import type { RolloutEntity, RolloutState } from './rollout.entity';
import { WindowGate } from './window-gate';

const NO_MEMBERSHIP: DeviceMembership = {};

/** A rollout as the hot path and the engine see it: parsed once, held in memory (D6). */
export interface ActiveRollout {
  id: string;
  state: RolloutState;
  stageIndex: number;
  /** Buckets admitted by the current stage (D4: `bucket < percent * 10_000`), computed once, not per poll. */
  cohortSize: number;
  salt: string;
  /** The audience filter with its answers remembered per device profile (kept while the filter is unchanged). */
  audience: AudienceMatcher;
  /** The filter as stored, to tell whether a refresh changed it. */
  audienceJson: string;
  stages: Stage[];
  /** D8: the current stage's maintenance windows; absent = the stage may install at any time. */
  windowGate?: WindowGate;
  policy: HealthPolicy;
  /** The release this rollout ships; install answers name it, and its signed target's `custom.releaseId` too (D4). */
  releaseId: string;
  target: UpdateTargetPointer;
  /** SHA-256 (hex) of the release's manifest target: a status report must name it (D4: bound to its offer). */
  targetSha256: string;
}

/** What a rollout ships, as the hot path and the report check need it. */
export interface RolloutRelease {
  releaseId: string;
  target: UpdateTargetPointer;
  targetSha256: string;
}

/** `previous`: this rollout as held before the refresh; its audience answers are kept if the filter is the same. */
export function toActiveRollout(r: RolloutEntity, release: RolloutRelease, previous?: ActiveRollout): ActiveRollout {
  const stages = JSON.parse(r.stages) as Stage[];
  const stage = stages[Math.min(r.stageIndex, stages.length - 1)];
  const percent = r.state === 'draft' ? 0 : stage.percent;
  const windows = stage.windows ?? [];
  const sameWindows = previous?.windowGate && JSON.stringify(previous.windowGate.windows) === JSON.stringify(windows);
  return {
    id: r.id,
    state: r.state,
    stageIndex: r.stageIndex,
    cohortSize: cohortSize(percent),
    salt: r.salt,
    audience: previous && previous.audienceJson === r.audience ? previous.audience : new AudienceMatcher(JSON.parse(r.audience) as AudienceFilter),
    audienceJson: r.audience,
    stages,
    windowGate: windows.length === 0 ? undefined : sameWindows ? previous.windowGate : new WindowGate(windows),
    policy: JSON.parse(r.policy) as HealthPolicy,
    releaseId: release.releaseId,
    target: release.target,
    targetSha256: release.targetSha256,
  };
}

/**
 * D4: the device is in the audience and its bucket is inside the current stage's cohort. `membership`: the
 * device's admin-assigned tags and groups (D8), from the server's membership cache.
 */
export function isEligible(rollout: ActiveRollout, device: AudienceDevice & { id: string; profile?: string }, membership?: DeviceMembership): boolean {
  return rollout.audience.matches(device, device.profile, membership ?? NO_MEMBERSHIP) && bucketOf(device.id, rollout.salt) < rollout.cohortSize;
}

/** The first stage whose cohort held the device: where its offer is counted when another instance made it. */
export function offerStageOf(rollout: ActiveRollout, deviceId: string): number {
  const bucket = bucketOf(deviceId, rollout.salt);
  const first = rollout.stages.findIndex((s) => bucket < cohortSize(s.percent));
  return first < 0 || first > rollout.stageIndex ? rollout.stageIndex : first;
}
