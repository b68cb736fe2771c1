/**
 * `@app/rollout`: cohort bucketing, audience matching and the stage policy of D4. Pure: no I/O, no clock.
 *
 * - `bucketOf(deviceId: string, salt: string): number` in [0, 999_999]; `isInCohort(bucket, percent): boolean`;
 *   `isDeviceInCohort(deviceId, salt, percent): boolean` (hot path: one SHA-256 per call);
 *   `firstStageIncluding(bucket, stages): number` (the stage whose cohort adds the bucket, -1 for none).
 * - `matchesAudience(device: AudienceDevice, filter: AudienceFilter): boolean`; `AudienceMatcher` (one filter,
 *   answers remembered per device profile, for the hot path); `audiencesOverlap(a, b)` (could one device match
 *   both; conservative).
 * - `validateAudience(filter, path?)`, `validateStagePlan(stages, path?)`, `validateHealthPolicy(policy, path?)`,
 *   `validateRolloutPlan(plan): FieldError[]` (every bad field at once); `assertRolloutPlan(plan)` throws
 *   `RolloutError` `INVALID_PLAN` with `errors`. `inProgressTimeoutSecondsOf(policy): number` (default
 *   `DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS`).
 * - `decideStage(input: StageInput): StageDecision` -> advance | hold | halt | complete, with reason and interval;
 *   never advances or completes on zero samples (D4 evidence). `cohortHasReported(input): boolean` (a known,
 *   non-empty cohort whose every expected device is done with its offer).
 * - `nextWindowOpen(windows, region, now): WindowState` (D8 maintenance windows: open now and until when, or when
 *   it next opens; DST-safe through `Intl.DateTimeFormat`); `validateWindows(windows, path)`; `windowsFor`.
 * - `wilsonInterval(failures, n, z): Interval`; `zForConfidence(confidence): number` (two-sided).
 * - `RolloutError` with `code: RolloutErrorCode`.
 */
export {
  AudienceMatcher,
  matchesAudience,
  matchesMembership,
  namesMembership,
  type AudienceDevice,
  type AudienceFilter,
  type DeviceMembership,
} from './audience';
export { audiencesOverlap } from './audience-overlap';
export { BUCKET_COUNT, BUCKETS_PER_PERCENT, bucketOf, cohortSize, firstStageIncluding, isDeviceInCohort, isInCohort, percentProblem } from './cohort';
export { RolloutError, type RolloutErrorCode } from './errors';
export {
  DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS,
  assertHealthPolicy,
  assertRolloutPlan,
  inProgressTimeoutSecondsOf,
  validateAudience,
  validateHealthPolicy,
  validateRolloutPlan,
  validateStagePlan,
  type HealthPolicy,
  type RolloutPlan,
  type Stage,
} from './plan';
export { emptyStageCounts, sumStageCounts, type StageCounts, type StageInput } from './stage-input';
export { HALT_MIN_SAMPLES_CAP, cohortHasReported, decideStage, type StageDecision, type StageDecisionKind } from './stage-policy';
export { WEEKDAYS, isTimeZone, nextWindowOpen, validateWindows, windowsFor, type MaintenanceWindow, type Weekday, type WindowState } from './windows';
export { wilsonInterval, zForConfidence, type Interval } from './wilson';
