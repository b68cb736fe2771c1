/**
 * `@app/rollout`: cohort bucketing, audience matching and the stage policy of D4. Pure: no I/O, no clock.
 *
 * - `bucketOf(deviceId: string, salt: string): number` in [0, 999_999]; `isInCohort(bucket, percent): boolean`;
 *   `isDeviceInCohort(deviceId, salt, percent): boolean` (hot path: one SHA-256 per call).
 * - `matchesAudience(device: AudienceDevice, filter: AudienceFilter): boolean`; `AudienceMatcher` (one filter,
 *   answers remembered per device profile, for the hot path).
 * - `validateAudience(filter, path?)`, `validateStagePlan(stages, path?)`, `validateHealthPolicy(policy, path?)`,
 *   `validateRolloutPlan(plan): FieldError[]` (every bad field at once); `assertRolloutPlan(plan)` throws
 *   `RolloutError` `INVALID_PLAN` with `errors`.
 * - `decideStage(input: StageInput): StageDecision` -> advance | hold | halt | complete, with reason and interval.
 * - `wilsonInterval(failures, n, z): Interval`; `zForConfidence(confidence): number` (two-sided).
 * - `RolloutError` with `code: RolloutErrorCode`.
 */
export { AudienceMatcher, matchesAudience, type AudienceDevice, type AudienceFilter } from './audience';
export { BUCKET_COUNT, BUCKETS_PER_PERCENT, bucketOf, cohortSize, isDeviceInCohort, isInCohort, percentProblem } from './cohort';
export { RolloutError, type RolloutErrorCode } from './errors';
export {
  assertHealthPolicy,
  assertRolloutPlan,
  validateAudience,
  validateHealthPolicy,
  validateRolloutPlan,
  validateStagePlan,
  type HealthPolicy,
  type RolloutPlan,
  type Stage,
} from './plan';
export {
  HALT_MIN_SAMPLES_CAP,
  cohortHasReported,
  decideStage,
  type StageCounts,
  type StageDecision,
  type StageDecisionKind,
  type StageInput,
} from './stage-policy';
export { wilsonInterval, zForConfidence, type Interval } from './wilson';
