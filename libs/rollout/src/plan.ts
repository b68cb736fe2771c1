import type { FieldError } from '@app/protocol';
import { validRange } from 'semver';
import type { AudienceFilter } from './audience';
import { percentProblem } from './cohort';
import { RolloutError, describeValue } from './errors';
import { validateWindows, type MaintenanceWindow } from './windows';

/** One stage of a rollout (D4): the share of the audience offered, and how long it must soak before advancing. */
export interface Stage {
  /** 0 < percent <= 100, at most 4 decimals (one bucket, see `cohort.ts`). */
  percent: number;
  /** Minimum time in this stage before it may advance; an integer >= 0. */
  soakSeconds: number;
  /** D8: when devices of this stage may install, per region; absent or empty = any time (see `windows.ts`). */
  windows?: MaintenanceWindow[];
}

/** D4 health policy: judged on the failure rate's Wilson interval at `confidence` (see `stage-policy.ts`). */
export interface HealthPolicy {
  /** Highest acceptable failure rate, 0 < rate < 1 (0.05 = 5 %). */
  maxFailureRate: number;
  /** Terminal reports a stage needs before it may advance; an integer >= 1. */
  minSamples: number;
  /** Two-sided confidence of the interval, 0.5..0.9999 (0.95 is usual). */
  confidence: number;
  /**
   * D4 evidence: a cohort too small to ever gather `minSamples` (1 % of a narrow audience can be a handful of
   * devices) may advance on its measured failure rate, but only once every expected device of the stage has
   * reported. Default false: `minSamples` is honoured.
   */
  allowSmallCohort?: boolean;
  /**
   * An offered, downloading or installing device that does not move for this long becomes `timed-out` (D4), so
   * a dead or unplugged device neither holds a stage forever nor keeps its offer; it is offered again later.
   * Integer seconds within 60..30 days; default `DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS`.
   */
  inProgressTimeoutSeconds?: number;
  /**
   * Whether a timed-out device counts as a failure (and so as a sample) for advance and auto-halt. Default false:
   * a device that went quiet says nothing about the release, but a fleet that times out en masse after an
   * offer may well be bricked, and a cautious policy can say so.
   */
  timedOutCountsAsFailure?: boolean;
}

/** One day: longer than a slow download over a poor link plus an install, short enough to re-offer the same day. */
export const DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS = 86_400;
/** Bounds of `inProgressTimeoutSeconds`: under a minute would time out healthy installs, over 30 days is never. */
const IN_PROGRESS_TIMEOUT_RANGE = { min: 60, max: 30 * 24 * 3600 } as const;

/** The policy's in-progress timeout, or the default when it names none. */
export function inProgressTimeoutSecondsOf(policy: HealthPolicy): number {
  return policy.inProgressTimeoutSeconds ?? DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS;
}

export interface RolloutPlan {
  /** Absent = the whole fleet. */
  audience?: AudienceFilter;
  stages: Stage[];
  policy: HealthPolicy;
}

type Fields = Record<string, unknown>;

const AUDIENCE_LISTS = ['models', 'regions', 'channels', 'tags', 'groups'] as const;
const AUDIENCE_KEYS = [...AUDIENCE_LISTS, 'firmware'];

/** Every problem of an audience filter at once; an empty result means valid. */
export function validateAudience(filter: unknown, path = 'audience'): FieldError[] {
  const errors: FieldError[] = [];
  const fields = objectFields(filter, path, AUDIENCE_KEYS, errors);
  if (fields === undefined) return errors;
  for (const key of AUDIENCE_LISTS) checkStringList(fields[key], `${path}.${key}`, errors);
  const range = fields.firmware;
  if (range !== undefined && (typeof range !== 'string' || validRange(range) === null)) {
    errors.push({
      path: `${path}.firmware`,
      message: `expected a semver range such as ">=14.0.0 <15.0.0", got ${describeValue(range)}`,
    });
  }
  return errors;
}

/**
 * Every problem of a stage list at once. Rules (D4): at least one stage; percents strictly increase (a stage
 * that does not add devices is a mistake); each stage soaks an integer number of seconds >= 0. The last stage
 * normally reaches 100; a plan may deliberately stop below it (a canary-only release) and then completes when
 * its last stage is healthy, having offered the update to that share of the audience only.
 */
export function validateStagePlan(stages: unknown, path = 'stages'): FieldError[] {
  if (!Array.isArray(stages) || stages.length === 0) {
    return [{ path, message: `expected a non-empty array of stages, got ${describeValue(stages)}` }];
  }
  const errors: FieldError[] = [];
  let previous: number | undefined;
  stages.forEach((stage: unknown, i) => {
    const fields = objectFields(stage, `${path}.${i}`, ['percent', 'soakSeconds', 'windows'], errors);
    if (fields === undefined) return;
    const percent = checkStagePercent(fields.percent, previous, `${path}.${i}.percent`, errors);
    if (percent !== undefined) previous = percent;
    if (!isIntegerAtLeast(fields.soakSeconds, 0)) {
      errors.push({
        path: `${path}.${i}.soakSeconds`,
        message: `expected an integer number of seconds >= 0, got ${describeValue(fields.soakSeconds)}`,
      });
    }
    errors.push(...validateWindows(fields.windows, `${path}.${i}.windows`));
  });
  return errors;
}

const POLICY_KEYS = ['maxFailureRate', 'minSamples', 'confidence', 'allowSmallCohort', 'inProgressTimeoutSeconds', 'timedOutCountsAsFailure'];

/** Every problem of a health policy at once; the three optional fields may be absent (their defaults apply). */
export function validateHealthPolicy(policy: unknown, path = 'policy'): FieldError[] {
  const errors: FieldError[] = [];
  const fields = objectFields(policy, path, POLICY_KEYS, errors);
  if (fields === undefined) return errors;
  const { maxFailureRate, minSamples, confidence, inProgressTimeoutSeconds } = fields;
  // 0 could never advance and 1 could never halt: both defeat the policy.
  if (!isNumberWithin(maxFailureRate, 0, 1) || maxFailureRate === 0 || maxFailureRate === 1) {
    errors.push({
      path: `${path}.maxFailureRate`,
      message: `expected a rate strictly between 0 and 1, got ${describeValue(maxFailureRate)}`,
    });
  }
  if (!isIntegerAtLeast(minSamples, 1)) {
    errors.push({ path: `${path}.minSamples`, message: `expected an integer >= 1, got ${describeValue(minSamples)}` });
  }
  if (!isNumberWithin(confidence, 0.5, 0.9999)) {
    errors.push({
      path: `${path}.confidence`,
      message: `expected a confidence within 0.5..0.9999 (e.g. 0.95), got ${describeValue(confidence)}`,
    });
  }
  checkOptionalBoolean(fields.allowSmallCohort, `${path}.allowSmallCohort`, errors);
  const { min, max } = IN_PROGRESS_TIMEOUT_RANGE;
  if (inProgressTimeoutSeconds !== undefined && !(isIntegerAtLeast(inProgressTimeoutSeconds, min) && inProgressTimeoutSeconds <= max)) {
    errors.push({
      path: `${path}.inProgressTimeoutSeconds`,
      message: `expected an integer number of seconds within ${min}..${max} (1 minute to 30 days), got ${describeValue(inProgressTimeoutSeconds)}`,
    });
  }
  checkOptionalBoolean(fields.timedOutCountsAsFailure, `${path}.timedOutCountsAsFailure`, errors);
  return errors;
}

/** Every problem of a whole plan at once, with paths such as `stages.2.percent`. */
export function validateRolloutPlan(plan: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const fields = objectFields(plan, '', ['audience', 'stages', 'policy'], errors);
  if (fields === undefined) return errors;
  const audience = fields.audience ?? {};
  return [...errors, ...validateAudience(audience), ...validateStagePlan(fields.stages), ...validateHealthPolicy(fields.policy)];
}

/** Throws `INVALID_PLAN` listing every bad field in `errors`. An absent audience means everyone. */
export function assertRolloutPlan(plan: unknown): asserts plan is RolloutPlan {
  throwIfAny('INVALID_PLAN', 'rollout plan', validateRolloutPlan(plan));
}

/** Throws `INVALID_POLICY` listing every bad field in `errors`. */
export function assertHealthPolicy(policy: unknown): asserts policy is HealthPolicy {
  throwIfAny('INVALID_POLICY', 'health policy', validateHealthPolicy(policy));
}

function throwIfAny(code: 'INVALID_PLAN' | 'INVALID_POLICY', what: string, errors: FieldError[]): void {
  if (errors.length === 0) return;
  const list = errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');
  throw new RolloutError(code, `${what} has ${errors.length} invalid field(s): ${list}`, { errors });
}

function objectFields(value: unknown, path: string, known: readonly string[], errors: FieldError[]): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ path, message: `expected an object, got ${describeValue(value)}` });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      errors.push({ path: path ? `${path}.${key}` : key, message: `unknown field; expected one of ${known.join(', ')}` });
    }
  }
  return value as Fields;
}

function checkStringList(value: unknown, path: string, errors: FieldError[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    errors.push({ path, message: `expected an array of strings, got ${describeValue(value)}` });
    return;
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || item.length === 0) {
      errors.push({ path: `${path}.${i}`, message: `expected a non-empty string, got ${describeValue(item)}` });
    }
  });
}

function checkOptionalBoolean(value: unknown, path: string, errors: FieldError[]): void {
  if (value !== undefined && typeof value !== 'boolean') {
    errors.push({ path, message: `expected true or false, got ${describeValue(value)}` });
  }
}

function checkStagePercent(value: unknown, previous: number | undefined, path: string, errors: FieldError[]): number | undefined {
  const problem = percentProblem(value);
  if (problem !== undefined) {
    errors.push({ path, message: problem });
    return undefined;
  }
  const percent = value as number;
  if (percent === 0) errors.push({ path, message: 'percent must be above 0 (a 0 % stage offers nobody), got 0' });
  else if (previous !== undefined && percent <= previous) {
    errors.push({ path, message: `percent must exceed the previous stage's ${previous}, got ${percent}` });
  }
  return percent;
}

function isIntegerAtLeast(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function isNumberWithin(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
