import { type HealthPolicy, type Stage, type StageCounts, type StageInput, cohortHasReported, decideStage } from '@app/rollout';
import { START, aStageInput, seconds, someCounts } from './stage-input.testing';

/** D4 evidence: a stage never advances or completes on zero samples; empty and silent cohorts hold, saying why. */

const POLICY: HealthPolicy = { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95 };
const SMALL_OK: HealthPolicy = { ...POLICY, allowSmallCohort: true };
/** Soak over (600 s) and a whole poll cycle (3600 s) passed. */
const afterPollCycle = (overrides: Partial<StageInput> = {}): StageInput => aStageInput({ pollCycleSeconds: 3600, now: seconds(3700), ...overrides });

describe('decideStage with no device having polled (zero evidence)', () => {
  const noEvidence = { policy: { ...POLICY, minSamples: 5 }, counts: someCounts() };

  it('holds with minSamples 5 once the soak and a whole poll cycle have passed', () => {
    const result = decideStage(afterPollCycle(noEvidence));
    expect(result).toMatchObject({ decision: 'hold', reason: '0 of 5 samples; upper bound 1.0000 >= max 0.05', samples: 0 });
  });

  it.each<[string, HealthPolicy, number | undefined]>([
    ['the expected cohort unknown', { ...POLICY, minSamples: 5 }, undefined],
    ['small cohorts allowed', { ...SMALL_OK, minSamples: 5 }, undefined],
    ['small cohorts allowed and empty cohorts', { ...SMALL_OK, minSamples: 5 }, 0],
    ['small cohorts allowed and silent cohorts', { ...SMALL_OK, minSamples: 5 }, 3],
  ])('never advances over three days of ticks across 10 -> 50 -> 100 %%, %s', (_, policy, expectedCohort) => {
    const stages: Stage[] = [
      { percent: 10, soakSeconds: 600 },
      { percent: 50, soakSeconds: 600 },
      { percent: 100, soakSeconds: 0 },
    ];
    let index = 0;
    let stageStartedAt = START;
    const decisions = new Set<string>();
    for (let t = 0; t <= 3 * 86_400; t += 60) {
      const input = { stage: stages[index], isLastStage: index === stages.length - 1, stageStartedAt, now: seconds(t) };
      const d = decideStage({ ...input, counts: someCounts(), policy, pollCycleSeconds: 3600, expectedCohort });
      decisions.add(d.decision);
      if (d.decision === 'advance') [index, stageStartedAt] = [index + 1, seconds(t)];
    }
    expect([...decisions]).toEqual(['hold']);
    expect(index).toBe(0);
  });

  it('holds when every expected device reported without an outcome (cancelled or timed out, not counted)', () => {
    const result = decideStage(afterPollCycle({ policy: SMALL_OK, expectedCohort: 5, counts: someCounts({ cancelled: 2, timedOut: 3 }) }));
    expect(result.decision).toBe('hold');
    expect(result.reason).toContain('none of the 5 reported succeeded or failed (small cohorts allowed)');
  });
});

describe('decideStage on a 1 % canary of a 500-device fleet (5 expected devices)', () => {
  const canary = (counts: Partial<StageCounts>, policy = POLICY): StageInput =>
    afterPollCycle({ stage: { percent: 1, soakSeconds: 600 }, expectedCohort: 5, policy, counts: someCounts(counts) });

  it('holds on "0 of 1 failed": minSamples is honoured unless small cohorts are allowed', () => {
    const result = decideStage(canary({ succeeded: 1 }));
    expect(result).toMatchObject({ decision: 'hold', reason: '1 of 50 samples; upper bound 0.7935 >= max 0.05' });
  });

  it('holds even once all 5 reported, without allowSmallCohort', () => {
    expect(decideStage(canary({ succeeded: 5 })).decision).toBe('hold');
  });

  it('with allowSmallCohort, holds until all 5 reported, then advances on the measured rate', () => {
    for (let reported = 1; reported < 5; reported++) {
      const result = decideStage(canary({ succeeded: reported }, SMALL_OK));
      expect(result.decision).toBe('hold');
      expect(result.reason).toContain(`${reported} of 5 expected devices reported (small cohorts allowed)`);
    }
    expect(decideStage(canary({ succeeded: 5 }, SMALL_OK))).toMatchObject({
      decision: 'advance',
      reason: 'stage healthy: whole cohort of 5 expected devices reported (small cohorts allowed): 0 of 5 failed, rate 0.0000 <= max 0.05',
    });
  });

  it('counts a cancelled device as reported, but not as a sample', () => {
    const result = decideStage(canary({ succeeded: 4, cancelled: 1 }, SMALL_OK));
    expect(result).toMatchObject({ decision: 'advance', samples: 4 });
  });

  it('names every missing condition, the soak only once', () => {
    const result = decideStage({ ...canary({ succeeded: 2, installing: 1 }, SMALL_OK), now: seconds(120) });
    expect(result.reason).toBe(
      'soak 120s of 600s; 2 of 50 samples; upper bound 0.6576 >= max 0.05; 2 of 5 expected devices reported (small cohorts allowed); ' +
        '1 device still offered, downloading or installing (small cohorts allowed)',
    );
  });

  it('holds while a device is on the way, though as many as expected reported (a device registered since the count)', () => {
    expect(decideStage(canary({ succeeded: 5, downloading: 1 }, SMALL_OK)).decision).toBe('hold');
  });

  it('holds when the measured rate is over the policy, below the halt threshold', () => {
    const result = decideStage(canary({ succeeded: 4, failed: 1 }, SMALL_OK));
    expect(result.decision).toBe('hold');
    expect(result.reason).toContain('failure rate 0.2000 > max 0.05 (small cohorts allowed)');
  });

  it('holds while the expected cohort is not counted yet', () => {
    const result = decideStage({ ...canary({ succeeded: 5 }, SMALL_OK), expectedCohort: undefined });
    expect(result.decision).toBe('hold');
    expect(result.reason).toContain('expected cohort not counted yet (small cohorts allowed)');
    expect(cohortHasReported({ ...canary({ succeeded: 5 }), expectedCohort: undefined })).toBe(false);
  });

  it('completes on the last stage only once the poll cycle has passed', () => {
    const last = { ...canary({ succeeded: 5 }, SMALL_OK), isLastStage: true };
    expect(decideStage({ ...last, now: seconds(1200) }).decision).toBe('hold');
    expect(decideStage(last).decision).toBe('complete');
  });
});

describe('decideStage on an empty cohort', () => {
  const empty = "cohort empty: no registered device of the audience falls in this stage's cohort, so there are no samples to judge";

  it.each([
    ['the default policy', afterPollCycle({ expectedCohort: 0 })],
    ['small cohorts allowed', afterPollCycle({ expectedCohort: 0, policy: SMALL_OK })],
    ['the last stage', afterPollCycle({ expectedCohort: 0, isLastStage: true })],
    ['the soak not over yet', aStageInput({ expectedCohort: 0, now: seconds(10) })],
  ])('holds and says the cohort is empty, with %s', (_, input) => {
    expect(decideStage(input)).toMatchObject({ decision: 'hold', reason: empty });
    expect(cohortHasReported(input)).toBe(false);
  });
});

describe('decideStage on a silent cohort', () => {
  it('holds and says none of the expected devices polled in a whole poll cycle', () => {
    expect(decideStage(afterPollCycle({ expectedCohort: 5, policy: SMALL_OK }))).toMatchObject({
      decision: 'hold',
      reason: 'cohort silent: none of the 5 expected devices polled in 3700s (poll cycle 3600s), so there are no samples to judge',
    });
  });

  it('is not silent before a poll cycle has passed, nor once a device was offered', () => {
    expect(decideStage(afterPollCycle({ expectedCohort: 5, now: seconds(3000) })).reason).toBe('0 of 50 samples; upper bound 1.0000 >= max 0.05');
    expect(decideStage(afterPollCycle({ expectedCohort: 5, counts: someCounts({ offered: 1 }) })).reason).not.toMatch(/silent/);
  });
});

describe('decideStage with timed-out devices', () => {
  const counted: HealthPolicy = { ...POLICY, timedOutCountsAsFailure: true };

  it('does not count them as samples by default, and says so while samples are short', () => {
    const result = decideStage(aStageInput({ counts: someCounts({ succeeded: 10, timedOut: 5 }) }));
    expect(result).toMatchObject({ decision: 'hold', samples: 10, failures: 0 });
    expect(result.reason).toContain('10 of 50 samples (5 timed out, not counted)');
    expect(decideStage(aStageInput({ counts: someCounts({ succeeded: 400, timedOut: 100 }) })).decision).toBe('advance');
  });

  it('counts them as failures when the policy says so', () => {
    const result = decideStage(aStageInput({ policy: counted, counts: someCounts({ succeeded: 400, timedOut: 100 }) }));
    expect(result).toMatchObject({ decision: 'halt', samples: 500, failures: 100 });
  });

  it('halts on timed-out devices alone when they count as failures', () => {
    const counts = someCounts({ succeeded: 70, timedOut: 30 });
    expect(decideStage(aStageInput({ policy: counted, counts }))).toMatchObject({
      decision: 'halt',
      reason: 'failure rate lower bound 0.2189 > max 0.05 (30 of 100 failed, 30 of them timed out)',
    });
    expect(decideStage(aStageInput({ counts })).decision).not.toBe('halt');
  });

  it('names them in the evidence of an advance when counted', () => {
    const result = decideStage(aStageInput({ policy: counted, counts: someCounts({ succeeded: 400, failed: 1, timedOut: 1 }) }));
    expect(result.decision).toBe('advance');
    expect(result.reason).toMatch(/^stage healthy: 2 of 402 failed, 1 of them timed out, upper bound 0\.0\d{3} < max 0\.05$/);
  });
});
