import type { FieldError } from '@app/protocol';
import { RolloutError, describeValue } from './errors';
import { assertHealthPolicy, type HealthPolicy, type Stage } from './plan';
import { type Interval, wilsonInterval, zForConfidence } from './wilson';

/** Device reports of the current stage by status (D4); each device counts once, at its latest status. */
export interface StageCounts {
  offered: number;
  downloading: number;
  installing: number;
  succeeded: number;
  failed: number;
  rolledBack: number;
  cancelled: number;
}

export interface StageInput {
  stage: Stage;
  isLastStage: boolean;
  stageStartedAt: Date;
  now: Date;
  counts: StageCounts;
  policy: HealthPolicy;
  /**
   * Seconds after which every device of the cohort has polled at least once (the longest poll interval the
   * server hands out). Once the stage has run that long and no offered device is still on its way, the stage's
   * whole cohort has reported: its failure rate is then measured, not estimated (see `cohortHasReported`).
   */
  pollCycleSeconds?: number;
}

export type StageDecisionKind = 'advance' | 'hold' | 'halt' | 'complete';

export interface StageDecision {
  decision: StageDecisionKind;
  /** For the audit log and the dashboard: why, with the numbers. */
  reason: string;
  /** failures / samples; 0 while there are no samples. */
  failureRate: number;
  /** Wilson interval of the failure rate at the policy's confidence; [0, 1] without samples. */
  interval: Interval;
  /** Terminal outcomes judged: succeeded + failed + rolledBack (cancelled devices never tried). */
  samples: number;
  /** failed + rolledBack: a rollback is the device undoing a bad install. */
  failures: number;
}

/**
 * A halt needs at least `min(policy.minSamples, HALT_MIN_SAMPLES_CAP)` samples. The Wilson lower bound alone is
 * not conservative on tiny samples: one failure out of one has a 95 % lower bound of 0.21 and one out of two
 * 0.09, both over a 5 % policy, so a single unlucky first report would halt the rollout. The cap keeps a policy
 * with a large `minSamples` from waiting that long before halting a stage that is plainly failing.
 */
export const HALT_MIN_SAMPLES_CAP = 10;

const COUNT_KEYS = ['offered', 'downloading', 'installing', 'succeeded', 'failed', 'rolledBack', 'cancelled'] as const;

/**
 * D4 stage policy, evaluated on each rollout tick. In order:
 * 1. halt when enough samples arrived and the failure rate's lower bound exceeds `maxFailureRate` (checked
 *    even before the soak time is over: a bad release must stop as early as the evidence allows);
 * 2. advance (or `complete` on the last stage) when the soak time has passed, at least `minSamples` samples
 *    arrived and the upper bound is below `maxFailureRate`;
 * 3. otherwise hold, naming every condition still missing.
 */
export function decideStage(input: StageInput): StageDecision {
  assertStageInput(input);
  const { counts, policy } = input;
  const failures = counts.failed + counts.rolledBack;
  const samples = counts.succeeded + failures;
  const interval = wilsonInterval(failures, samples, zForConfidence(policy.confidence));
  const verdict = { failureRate: samples === 0 ? 0 : failures / samples, interval, samples, failures };
  const max = policy.maxFailureRate;

  if (samples >= Math.min(policy.minSamples, HALT_MIN_SAMPLES_CAP) && interval.lower > max) {
    const reason = `failure rate lower bound ${bound(interval.lower)} > max ${max} (${failures} of ${samples} failed)`;
    return { decision: 'halt', reason, ...verdict };
  }
  const missing = missingForAdvance(input, samples, interval);
  const whole = cohortHasReported(input);
  const measuredOk = whole && verdict.failureRate <= max;
  if (missing.length > 0 && !(measuredOk && soakOver(input))) return { decision: 'hold', reason: missing.join('; '), ...verdict };
  const evidence =
    missing.length > 0
      ? `whole cohort reported: ${failures} of ${samples} failed (rate ${bound(verdict.failureRate)} <= max ${max})`
      : `${failures} of ${samples} failed, upper bound ${bound(interval.upper)} < max ${max}`;
  if (!input.isLastStage) return { decision: 'advance', reason: `stage healthy: ${evidence}`, ...verdict };
  // A completed rollout offers nothing more, so the last stage waits until every device of the audience has
  // had its offer (a whole poll cycle, nobody still installing) before it completes.
  if (input.pollCycleSeconds !== undefined && !whole) {
    return { decision: 'hold', reason: `last stage healthy (${evidence}); waiting for every device to poll and report`, ...verdict };
  }
  return { decision: 'complete', reason: `last stage healthy: ${evidence}`, ...verdict };
}

/**
 * A small cohort (1 % of a narrow audience can be a handful of devices, or none) can never gather `minSamples`,
 * nor push the upper bound under the policy. When the stage has run a whole poll cycle, every device of its
 * cohort has been offered; when none of them is still downloading or installing, the stage's failure rate is
 * a measurement of its whole population rather than an estimate, so it is judged as such.
 */
export function cohortHasReported(input: StageInput): boolean {
  if (input.pollCycleSeconds === undefined) return false;
  const elapsedMs = input.now.getTime() - input.stageStartedAt.getTime();
  const { offered, downloading, installing } = input.counts;
  return elapsedMs >= input.pollCycleSeconds * 1000 && offered + downloading + installing === 0;
}

function soakOver(input: StageInput): boolean {
  return input.now.getTime() - input.stageStartedAt.getTime() >= input.stage.soakSeconds * 1000;
}

function missingForAdvance(input: StageInput, samples: number, interval: Interval): string[] {
  const { stage, policy } = input;
  const missing: string[] = [];
  // A stage start slightly in the future (clock skew between instances) counts as no soak yet.
  const elapsedMs = Math.max(0, input.now.getTime() - input.stageStartedAt.getTime());
  if (elapsedMs < stage.soakSeconds * 1000) missing.push(`soak ${Math.floor(elapsedMs / 1000)}s of ${stage.soakSeconds}s`);
  if (samples < policy.minSamples) missing.push(`${samples} of ${policy.minSamples} samples`);
  if (interval.upper >= policy.maxFailureRate) {
    missing.push(`upper bound ${bound(interval.upper)} >= max ${policy.maxFailureRate}`);
  }
  return missing;
}

function bound(value: number): string {
  return value.toFixed(4);
}

/** Throws `INVALID_POLICY` or `INVALID_STAGE_INPUT` listing every bad field. */
function assertStageInput(input: StageInput): void {
  assertHealthPolicy(input.policy);
  const errors: FieldError[] = [];
  for (const key of COUNT_KEYS) {
    const value: unknown = input.counts[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      errors.push({ path: `counts.${key}`, message: `expected an integer >= 0, got ${describeValue(value)}` });
    }
  }
  const soak: unknown = input.stage.soakSeconds;
  if (typeof soak !== 'number' || !Number.isSafeInteger(soak) || soak < 0) {
    errors.push({
      path: 'stage.soakSeconds',
      message: `expected an integer number of seconds >= 0, got ${describeValue(soak)}`,
    });
  }
  for (const key of ['stageStartedAt', 'now'] as const) {
    if (!(input[key] instanceof Date) || Number.isNaN(input[key].getTime())) {
      errors.push({ path: key, message: `expected a valid Date, got ${describeValue(input[key])}` });
    }
  }
  if (errors.length > 0) {
    const list = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new RolloutError('INVALID_STAGE_INPUT', `stage input has ${errors.length} invalid field(s): ${list}`, { errors });
  }
}
