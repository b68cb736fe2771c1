import { HALT_MIN_SAMPLES_CAP, type StageInput, decideStage } from '@app/rollout';
import { aStageInput, seconds, someCounts } from './stage-input.testing';

describe('decideStage', () => {
  describe('halt', () => {
    it('halts at a clearly bad failure rate (30 of 100 failed, max 5 %)', () => {
      const result = decideStage(aStageInput({ counts: someCounts({ succeeded: 70, failed: 30 }) }));
      expect(result.decision).toBe('halt');
      expect(result.failureRate).toBeCloseTo(0.3, 10);
      expect(result.interval.lower).toBeCloseTo(0.2189, 4);
      expect(result.reason).toBe('failure rate lower bound 0.2189 > max 0.05 (30 of 100 failed)');
    });

    it('halts before the soak time is over, and before minSamples', () => {
      const result = decideStage(aStageInput({ now: seconds(30), counts: someCounts({ succeeded: 5, failed: 4, rolledBack: 1 }) }));
      expect(result.decision).toBe('halt');
      expect(result.failures).toBe(5);
      expect(result.samples).toBe(10);
    });

    it('counts rollbacks as failures', () => {
      expect(decideStage(aStageInput({ counts: someCounts({ succeeded: 70, rolledBack: 30 }) })).decision).toBe('halt');
    });

    it('does not halt on a small sample (1 of 2 failed), although its lower bound 0.09 exceeds 5 %', () => {
      const result = decideStage(aStageInput({ counts: someCounts({ succeeded: 1, failed: 1 }) }));
      expect(result.interval.lower).toBeGreaterThan(0.05);
      expect(result.decision).toBe('hold');
    });

    it(`halts from min(minSamples, ${HALT_MIN_SAMPLES_CAP}) samples on`, () => {
      const below = someCounts({ succeeded: 2, failed: HALT_MIN_SAMPLES_CAP - 3 });
      const at = someCounts({ succeeded: 2, failed: HALT_MIN_SAMPLES_CAP - 2 });
      expect(decideStage(aStageInput({ counts: below })).decision).toBe('hold');
      expect(decideStage(aStageInput({ counts: at })).decision).toBe('halt');
      const policy = { maxFailureRate: 0.05, minSamples: 1, confidence: 0.95 };
      expect(decideStage(aStageInput({ policy, counts: someCounts({ failed: 1 }) })).decision).toBe('halt');
    });

    it('does not halt while the lower bound stays under the max (5 of 100 failed)', () => {
      expect(decideStage(aStageInput({ counts: someCounts({ succeeded: 95, failed: 5 }) })).decision).not.toBe('halt');
    });
  });

  describe('advance and complete', () => {
    const healthy = someCounts({ succeeded: 400, failed: 2, cancelled: 7, installing: 3 });

    it('advances when the soak passed, minSamples arrived and the upper bound is under the max', () => {
      const result = decideStage(aStageInput({ counts: healthy }));
      expect(result.decision).toBe('advance');
      expect(result.samples).toBe(402);
      expect(result.interval.upper).toBeLessThan(0.05);
      expect(result.reason).toMatch(/^stage healthy: 2 of 402 failed, upper bound 0\.0\d{3} < max 0\.05$/);
    });

    it('completes on the last stage under the same conditions', () => {
      const result = decideStage(aStageInput({ isLastStage: true, counts: healthy }));
      expect(result.decision).toBe('complete');
      expect(result.reason).toMatch(/^last stage healthy: /);
    });

    it('advances exactly when the soak time is reached', () => {
      expect(decideStage(aStageInput({ now: seconds(600), counts: healthy })).decision).toBe('advance');
    });

    it('ignores cancelled and in-flight devices', () => {
      const withCancellations = someCounts({ succeeded: 400, failed: 2, cancelled: 10_000, downloading: 500 });
      expect(decideStage(aStageInput({ counts: withCancellations })).samples).toBe(402);
    });
  });

  describe('hold', () => {
    it('names the soak still missing', () => {
      const result = decideStage(aStageInput({ now: seconds(120), counts: someCounts({ succeeded: 400 }) }));
      expect(result).toMatchObject({ decision: 'hold', reason: 'soak 120s of 600s' });
    });

    it('names the samples still missing', () => {
      const result = decideStage(aStageInput({ counts: someCounts({ succeeded: 12 }) }));
      expect(result.decision).toBe('hold');
      expect(result.reason).toContain('12 of 50 samples');
    });

    it('names an upper bound that is not yet under the max', () => {
      const result = decideStage(aStageInput({ counts: someCounts({ succeeded: 96, failed: 4 }) }));
      expect(result.decision).toBe('hold');
      expect(result.reason).toBe(`upper bound ${result.interval.upper.toFixed(4)} >= max 0.05`);
    });

    it('names every missing condition at once, and reports an empty stage as rate 0 in [0, 1]', () => {
      const result = decideStage(aStageInput({ now: seconds(0) }));
      expect(result).toEqual({
        decision: 'hold',
        reason: 'soak 0s of 600s; 0 of 50 samples; upper bound 1.0000 >= max 0.05',
        failureRate: 0,
        interval: { lower: 0, upper: 1 },
        samples: 0,
        failures: 0,
      });
    });

    it('treats a stage start in the future (clock skew) as no soak yet', () => {
      const result = decideStage(aStageInput({ now: seconds(-5), counts: someCounts({ succeeded: 400 }) }));
      expect(result.reason).toBe('soak 0s of 600s');
    });
  });

  describe('when the counts are invalid', () => {
    it('throws INVALID_STAGE_INPUT listing every bad count', () => {
      const input = aStageInput({ counts: someCounts({ failed: -1, succeeded: 1.5 }) });
      expect(() => decideStage(input)).toThrow(
        expect.objectContaining({
          code: 'INVALID_STAGE_INPUT',
          errors: [
            { path: 'counts.succeeded', message: 'expected an integer >= 0, got 1.5' },
            { path: 'counts.failed', message: 'expected an integer >= 0, got -1' },
          ],
        }),
      );
    });
  });

  describe('when a date is invalid', () => {
    it('throws INVALID_STAGE_INPUT', () => {
      expect(() => decideStage(aStageInput({ now: new Date('nope') }))).toThrow(
        expect.objectContaining({ code: 'INVALID_STAGE_INPUT', errors: [{ path: 'now', message: 'expected a valid Date, got Invalid Date' }] }),
      );
    });
  });

  describe('when the expected cohort, the poll cycle or a timed-out count is invalid', () => {
    it('throws INVALID_STAGE_INPUT listing every bad field', () => {
      const counts = { ...someCounts(), timedOut: undefined } as unknown as StageInput['counts'];
      expect(() => decideStage(aStageInput({ counts, expectedCohort: 2.5, pollCycleSeconds: -1 }))).toThrow(
        expect.objectContaining({
          code: 'INVALID_STAGE_INPUT',
          errors: [
            { path: 'counts.timedOut', message: 'expected an integer >= 0, got undefined' },
            { path: 'expectedCohort', message: 'expected an integer number of devices >= 0, got 2.5' },
            { path: 'pollCycleSeconds', message: 'expected a number of seconds >= 0, got -1' },
          ],
        }),
      );
    });
  });

  describe('when the policy is invalid', () => {
    it('throws INVALID_POLICY', () => {
      const policy = { maxFailureRate: 0.05, minSamples: 0, confidence: 0.95 };
      expect(() => decideStage(aStageInput({ policy }))).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    });
  });
});

describe('decideStage on the last stage with a known poll cycle', () => {
  const last = (overrides: Partial<StageInput> = {}) =>
    aStageInput({ isLastStage: true, pollCycleSeconds: 3600, counts: someCounts({ succeeded: 500 }), ...overrides });

  it('holds a healthy last stage until every device of the audience has had its offer', () => {
    const result = decideStage(last({ now: seconds(700) }));
    expect(result).toMatchObject({
      decision: 'hold',
      reason: 'last stage healthy (0 of 500 failed, upper bound 0.0076 < max 0.05); waiting for every device to poll and report: poll cycle 700s of 3600s',
    });
  });

  it('holds while an offered device is still installing', () => {
    const result = decideStage(last({ now: seconds(4000), counts: someCounts({ succeeded: 500, installing: 1 }) }));
    expect(result.decision).toBe('hold');
    expect(result.reason).toMatch(/waiting for every device to poll and report: 1 device still offered, downloading or installing$/);
  });

  it('completes once a poll cycle has passed and nobody is on the way', () => {
    expect(decideStage(last({ now: seconds(4000) })).decision).toBe('complete');
  });

  it('completes although some devices timed out: they are no longer on the way', () => {
    expect(decideStage(last({ now: seconds(4000), counts: someCounts({ succeeded: 500, timedOut: 3 }) })).decision).toBe('complete');
  });

  it('never completes on zero samples, however long it ran', () => {
    const result = decideStage(last({ now: seconds(90_000), counts: someCounts() }));
    expect(result).toMatchObject({ decision: 'hold', reason: '0 of 50 samples; upper bound 1.0000 >= max 0.05', samples: 0 });
  });

  it('needs the same evidence as an advance (minSamples, upper bound) before waiting for the poll cycle', () => {
    const result = decideStage(last({ now: seconds(4000), counts: someCounts({ succeeded: 12 }) }));
    expect(result).toMatchObject({ decision: 'hold', reason: '12 of 50 samples; upper bound 0.2425 >= max 0.05' });
  });
});
