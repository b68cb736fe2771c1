import { type StageInput, assertStageInput, elapsedSecondsOf, progressOf } from './stage-input';
import { type Interval, wilsonInterval, zForConfidence } from './wilson';

export type StageDecisionKind = 'advance' | 'hold' | 'halt' | 'complete';

export interface StageDecision {
  decision: StageDecisionKind;
  /** For the audit log and the console: why, with the numbers. */
  reason: string;
  /** failures / samples; 0 while there are no samples. */
  failureRate: number;
  /** Wilson interval of the failure rate at the policy's confidence; [0, 1] without samples. */
  interval: Interval;
  /**
   * Outcomes judged: succeeded + failed + rolledBack, plus timedOut when the policy counts it as a failure.
   * Cancelled devices never tried, so they never count.
   */
  samples: number;
  /** failed + rolledBack (a rollback is the device undoing a bad install), plus timedOut when counted. */
  failures: number;
}

type Verdict = Omit<StageDecision, 'decision' | 'reason'>;

/**
 * A halt needs at least `min(policy.minSamples, HALT_MIN_SAMPLES_CAP)` samples. The Wilson lower bound alone is
 * not conservative on tiny samples: one failure out of one has a 95 % lower bound of 0.21 and one out of two
 * 0.09, both over a 5 % policy, so a single unlucky first report would halt the rollout. The cap keeps a policy
 * with a large `minSamples` from waiting that long before halting a stage that is plainly failing.
 */
export const HALT_MIN_SAMPLES_CAP = 10;

/** Appended to each condition of the small-cohort rule, so a hold reason says which rule it is about. */
const SMALL = '(small cohorts allowed)';

/**
 * D4 stage policy, evaluated on each rollout tick. In order:
 * 1. halt when enough samples arrived and the failure rate's lower bound exceeds `maxFailureRate` (checked
 *    even before the soak time is over: a bad release must stop as early as the evidence allows);
 * 2. never advance or complete on zero samples (D4 evidence); an empty or silent cohort says so;
 * 3. advance when the soak time has passed, at least `minSamples` samples arrived and the upper bound is below
 *    `maxFailureRate`;
 * 4. or, when the policy allows small cohorts, when the soak time has passed, every expected device of the
 *    cohort has reported and the measured failure rate is within `maxFailureRate`;
 * 5. otherwise hold, naming every condition still missing.
 * The last stage `complete`s on the same evidence, once a whole poll cycle has offered it to every device.
 */
export function decideStage(input: StageInput): StageDecision {
  assertStageInput(input);
  const verdict = judge(input);
  const { interval } = verdict;
  const max = input.policy.maxFailureRate;
  if (verdict.samples >= Math.min(input.policy.minSamples, HALT_MIN_SAMPLES_CAP) && interval.lower > max) {
    const reason = `failure rate lower bound ${bound(interval.lower)} > max ${max} (${describeFailures(input, verdict)})`;
    return { decision: 'halt', reason, ...verdict };
  }
  const weighed = weighEvidence(input, verdict);
  if ('missing' in weighed) return { decision: 'hold', reason: weighed.missing.join('; '), ...verdict };
  const { evidence } = weighed;
  if (!input.isLastStage) return { decision: 'advance', reason: `stage healthy: ${evidence}`, ...verdict };
  // A completed rollout offers nothing more, so the last stage waits until every device of the audience has
  // had its offer (a whole poll cycle, nobody still on the way) before it completes.
  const waiting = missingPollCycle(input);
  if (waiting.length > 0) {
    const reason = `last stage healthy (${evidence}); waiting for every device to poll and report: ${waiting.join('; ')}`;
    return { decision: 'hold', reason, ...verdict };
  }
  return { decision: 'complete', reason: `last stage healthy: ${evidence}`, ...verdict };
}

/**
 * Whether the stage's whole cohort has reported (D4 evidence): it is known to be non-empty, at least as many of
 * its devices as expected are done with their offer (terminal, cancelled included, or timed out) and none is
 * still on the way. The failure rate is then a measurement of the cohort, not an estimate. Without an expected
 * cohort nothing is known, and an empty cohort has told nothing: both are false.
 */
export function cohortHasReported(input: StageInput): boolean {
  const expected = input.expectedCohort;
  if (expected === undefined || expected === 0) return false;
  const { reported, inProgress } = progressOf(input.counts);
  return reported >= expected && inProgress === 0;
}

function judge(input: StageInput): Verdict {
  const { counts, policy } = input;
  const failures = counts.failed + counts.rolledBack + (policy.timedOutCountsAsFailure === true ? counts.timedOut : 0);
  const samples = counts.succeeded + failures;
  const interval = wilsonInterval(failures, samples, zForConfidence(policy.confidence));
  return { failureRate: samples === 0 ? 0 : failures / samples, interval, samples, failures };
}

/** The evidence an advance (or completion) rests on, or every condition still missing. */
function weighEvidence(input: StageInput, verdict: Verdict): { evidence: string } | { missing: string[] } {
  const nothing = noEvidenceReason(input, verdict);
  if (nothing !== undefined) return { missing: [nothing] };
  const max = input.policy.maxFailureRate;
  const normal = missingForAdvance(input, verdict);
  const small = missingForSmallCohort(input, verdict);
  // D4: zero samples is no evidence, whichever rule is asked; `samples > 0` says it here even though both
  // lists already name it (minSamples >= 1, and the small-cohort rule checks it).
  if (verdict.samples > 0 && normal.length === 0) {
    return { evidence: `${describeFailures(input, verdict)}, upper bound ${bound(verdict.interval.upper)} < max ${max}` };
  }
  if (verdict.samples > 0 && small?.length === 0) {
    const whole = `whole cohort of ${devices(input.expectedCohort ?? 0, 'expected device')} reported ${SMALL}`;
    return { evidence: `${whole}: ${describeFailures(input, verdict)}, rate ${bound(verdict.failureRate)} <= max ${max}` };
  }
  return { missing: [...normal, ...(small ?? []).filter((m) => !normal.includes(m))] };
}

/**
 * D4: a stage with no samples holds. When its cohort is empty (no registered device of the audience falls in
 * it, and none showed up) or silent (a whole poll cycle and not one of its expected devices showed up), more
 * waiting may never help, and the reason says so rather than "0 of N samples", so an operator knows to look, or
 * to advance by hand.
 */
function noEvidenceReason(input: StageInput, verdict: Verdict): string | undefined {
  const expected = input.expectedCohort;
  if (verdict.samples > 0 || expected === undefined || progressOf(input.counts).seen > 0) return undefined;
  if (expected === 0) {
    return "cohort empty: no registered device of the audience falls in this stage's cohort, so there are no samples to judge";
  }
  const cycle = input.pollCycleSeconds;
  const elapsed = elapsedSecondsOf(input);
  if (cycle === undefined || elapsed < cycle) return undefined;
  const silence = `none of the ${devices(expected, 'expected device')} polled in ${seconds(elapsed)} (poll cycle ${cycle}s)`;
  return `cohort silent: ${silence}, so there are no samples to judge`;
}

/** Rule 3: soak over, `minSamples` samples, upper bound under the max. */
function missingForAdvance(input: StageInput, verdict: Verdict): string[] {
  const { policy, counts } = input;
  const missing = missingSoak(input);
  if (verdict.samples < policy.minSamples) {
    const uncounted = policy.timedOutCountsAsFailure !== true && counts.timedOut > 0;
    missing.push(`${verdict.samples} of ${policy.minSamples} samples${uncounted ? ` (${counts.timedOut} timed out, not counted)` : ''}`);
  }
  if (verdict.interval.upper >= policy.maxFailureRate) {
    missing.push(`upper bound ${bound(verdict.interval.upper)} >= max ${policy.maxFailureRate}`);
  }
  return missing;
}

/**
 * Rule 4, or undefined when the policy does not allow small cohorts: a cohort too small for `minSamples` is
 * judged on its measured failure rate once every expected device has reported and none is still on the way.
 */
function missingForSmallCohort(input: StageInput, verdict: Verdict): string[] | undefined {
  if (input.policy.allowSmallCohort !== true) return undefined;
  const missing = missingSoak(input);
  const expected = input.expectedCohort;
  if (expected === undefined) return [...missing, `expected cohort not counted yet ${SMALL}`];
  if (expected === 0) return [...missing, `no expected device to judge the cohort by ${SMALL}`];
  const { reported, inProgress } = progressOf(input.counts);
  if (reported < expected) missing.push(`${reported} of ${expected} expected devices reported ${SMALL}`);
  if (inProgress > 0) missing.push(`${devices(inProgress)} still offered, downloading or installing ${SMALL}`);
  const max = input.policy.maxFailureRate;
  if (verdict.samples === 0) missing.push(`none of the ${reported} reported succeeded or failed ${SMALL}`);
  else if (verdict.failureRate > max) missing.push(`failure rate ${bound(verdict.failureRate)} > max ${max} ${SMALL}`);
  return missing;
}

function missingSoak(input: StageInput): string[] {
  const elapsed = elapsedSecondsOf(input);
  return elapsed < input.stage.soakSeconds ? [`soak ${seconds(elapsed)} of ${input.stage.soakSeconds}s`] : [];
}

/** The last stage's extra condition: a whole poll cycle has passed and nobody is still on the way. */
function missingPollCycle(input: StageInput): string[] {
  const cycle = input.pollCycleSeconds;
  if (cycle === undefined) return [];
  const missing: string[] = [];
  const elapsed = elapsedSecondsOf(input);
  if (elapsed < cycle) missing.push(`poll cycle ${seconds(elapsed)} of ${cycle}s`);
  const { inProgress } = progressOf(input.counts);
  if (inProgress > 0) missing.push(`${devices(inProgress)} still offered, downloading or installing`);
  return missing;
}

function describeFailures(input: StageInput, verdict: Verdict): string {
  const timedOut = input.policy.timedOutCountsAsFailure === true ? input.counts.timedOut : 0;
  return `${verdict.failures} of ${verdict.samples} failed${timedOut > 0 ? `, ${timedOut} of them timed out` : ''}`;
}

function devices(n: number, noun = 'device'): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function seconds(elapsed: number): string {
  return `${Math.floor(elapsed)}s`;
}

function bound(value: number): string {
  return value.toFixed(4);
}
