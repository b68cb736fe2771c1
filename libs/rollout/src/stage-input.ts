import type { FieldError } from '@app/protocol';
import { RolloutError, describeValue } from './errors';
import { assertHealthPolicy, type HealthPolicy, type Stage } from './plan';

/** Devices of the current stage's cohort by status (D4); each device counts once, at its latest status. */
export interface StageCounts {
  offered: number;
  downloading: number;
  installing: number;
  succeeded: number;
  failed: number;
  rolledBack: number;
  cancelled: number;
  /**
   * Devices whose in-progress timeout passed (D4, `inProgressTimeoutSeconds`): no longer in progress, not
   * terminal either (they may be offered again). Samples only when `timedOutCountsAsFailure`.
   */
  timedOut: number;
}

/** Counts of a stage no device has reached yet. */
export const emptyStageCounts = (): StageCounts => ({
  offered: 0,
  downloading: 0,
  installing: 0,
  succeeded: 0,
  failed: 0,
  rolledBack: 0,
  cancelled: 0,
  timedOut: 0,
});

/** The counts of several stages added up (a rollout's totals). */
export function sumStageCounts(all: Iterable<StageCounts>): StageCounts {
  const total = emptyStageCounts();
  for (const c of all) for (const k of Object.keys(total) as (keyof StageCounts)[]) total[k] += c[k];
  return total;
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
   * server hands out). The last stage completes only after that, and a cohort none of whose expected devices
   * showed up by then is silent (D4 evidence).
   */
  pollCycleSeconds?: number;
  /**
   * How many registered devices of the audience this stage's cohort adds: those whose bucket falls in
   * [previous stage's cohort, this stage's cohort), see `firstStageIncluding`. Undefined = not computed yet.
   */
  expectedCohort?: number;
}

/** Where the stage's devices are: the sums the evidence rules of `decideStage` are stated in. */
export interface StageProgress {
  /** Offered, downloading or installing: an outcome may still come. */
  inProgress: number;
  /** Terminal (cancelled included) or timed out: done with this offer, one way or another. */
  reported: number;
  /** Every device the stage has offered the update to. */
  seen: number;
}

export function progressOf(counts: StageCounts): StageProgress {
  const inProgress = counts.offered + counts.downloading + counts.installing;
  const reported = counts.succeeded + counts.failed + counts.rolledBack + counts.cancelled + counts.timedOut;
  return { inProgress, reported, seen: inProgress + reported };
}

/** Seconds the stage has run; a start slightly in the future (clock skew between instances) counts as 0. */
export function elapsedSecondsOf(input: StageInput): number {
  return Math.max(0, input.now.getTime() - input.stageStartedAt.getTime()) / 1000;
}

const COUNT_KEYS = ['offered', 'downloading', 'installing', 'succeeded', 'failed', 'rolledBack', 'cancelled', 'timedOut'] as const;

/** Throws `INVALID_POLICY` or `INVALID_STAGE_INPUT` listing every bad field. */
export function assertStageInput(input: StageInput): void {
  assertHealthPolicy(input.policy);
  const errors: FieldError[] = [];
  for (const key of COUNT_KEYS) checkInteger(input.counts[key], `counts.${key}`, 'an integer >= 0', errors);
  checkInteger(input.stage.soakSeconds, 'stage.soakSeconds', 'an integer number of seconds >= 0', errors);
  if (input.expectedCohort !== undefined) {
    checkInteger(input.expectedCohort, 'expectedCohort', 'an integer number of devices >= 0', errors);
  }
  const cycle: unknown = input.pollCycleSeconds;
  if (cycle !== undefined && (typeof cycle !== 'number' || !Number.isFinite(cycle) || cycle < 0)) {
    errors.push({ path: 'pollCycleSeconds', message: `expected a number of seconds >= 0, got ${describeValue(cycle)}` });
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

function checkInteger(value: unknown, path: string, expected: string, errors: FieldError[]): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    errors.push({ path, message: `expected ${expected}, got ${describeValue(value)}` });
  }
}
