import {
  DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS,
  RolloutError,
  assertRolloutPlan,
  inProgressTimeoutSecondsOf,
  validateAudience,
  validateHealthPolicy,
  validateRolloutPlan,
  validateStagePlan,
} from '@app/rollout';

const aPlan = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  audience: { models: ['mi-4'], firmware: '>=14.0.0 <15.0.0' },
  stages: [
    { percent: 1, soakSeconds: 3600 },
    { percent: 10, soakSeconds: 3600 },
    { percent: 50, soakSeconds: 7200 },
    { percent: 100, soakSeconds: 0 },
  ],
  policy: { maxFailureRate: 0.05, minSamples: 100, confidence: 0.95 },
  ...overrides,
});

const paths = (errors: readonly { path: string }[]): string[] => errors.map((e) => e.path);

describe('validateRolloutPlan', () => {
  it('accepts a normal 1 -> 10 -> 50 -> 100 plan', () => {
    expect(validateRolloutPlan(aPlan())).toEqual([]);
    expect(() => assertRolloutPlan(aPlan())).not.toThrow();
  });

  it('accepts an absent audience (everyone), fractional percents and a plan stopping below 100', () => {
    const plan = aPlan({
      audience: undefined,
      stages: [
        { percent: 0.5, soakSeconds: 0 },
        { percent: 2.25, soakSeconds: 60 },
      ],
    });
    expect(validateRolloutPlan(plan)).toEqual([]);
  });

  describe('when several fields are wrong', () => {
    it('reports every one at once, with paths, and assert throws INVALID_PLAN carrying them', () => {
      const plan = aPlan({
        audience: { models: 'mi-4', firmware: 'not a range', tags: ['ok', ''] },
        stages: [
          { percent: 10, soakSeconds: 60 },
          { percent: 5, soakSeconds: -1 },
        ],
        policy: { maxFailureRate: 1.5, minSamples: 0, confidence: 0.95 },
      });
      const expected = [
        'audience.models',
        'audience.tags.1',
        'audience.firmware',
        'stages.1.percent',
        'stages.1.soakSeconds',
        'policy.maxFailureRate',
        'policy.minSamples',
      ];
      expect(paths(validateRolloutPlan(plan))).toEqual(expected);
      try {
        assertRolloutPlan(plan);
        throw new Error('expected a RolloutError');
      } catch (err) {
        expect(err).toBeInstanceOf(RolloutError);
        expect((err as RolloutError).code).toBe('INVALID_PLAN');
        expect(paths((err as RolloutError).errors)).toEqual(expected);
      }
    });
  });

  describe('when the plan is not an object', () => {
    it('says so', () => {
      expect(validateRolloutPlan([])).toEqual([{ path: '', message: 'expected an object, got an array' }]);
    });
  });

  describe('when a field is unknown', () => {
    it('reports it so a typo does not silently widen the audience', () => {
      expect(validateRolloutPlan(aPlan({ audience: { model: ['mi-4'] } }))).toEqual([
        { path: 'audience.model', message: 'unknown field; expected one of models, regions, channels, tags, groups, firmware' },
      ]);
    });
  });
});

describe('validateStagePlan', () => {
  it.each<[string, unknown, string, string]>([
    ['there are no stages', [], 'stages', 'expected a non-empty array of stages, got an array'],
    [
      'a percent repeats',
      [
        { percent: 10, soakSeconds: 0 },
        { percent: 10, soakSeconds: 0 },
      ],
      'stages.1.percent',
      "percent must exceed the previous stage's 10, got 10",
    ],
    ['a percent is 0', [{ percent: 0, soakSeconds: 0 }], 'stages.0.percent', 'percent must be above 0 (a 0 % stage offers nobody), got 0'],
    ['a percent exceeds 100', [{ percent: 101, soakSeconds: 0 }], 'stages.0.percent', 'percent must be within 0..100, got 101'],
    [
      'a percent is finer than a bucket',
      [{ percent: 0.00005, soakSeconds: 0 }],
      'stages.0.percent',
      'percent must have at most 4 decimals (one bucket is 0.0001 %), got 0.00005',
    ],
    ['a soak is fractional', [{ percent: 1, soakSeconds: 1.5 }], 'stages.0.soakSeconds', 'expected an integer number of seconds >= 0, got 1.5'],
    ['a soak is missing', [{ percent: 1 }], 'stages.0.soakSeconds', 'expected an integer number of seconds >= 0, got undefined'],
    ['a stage is not an object', [5], 'stages.0', 'expected an object, got 5'],
  ])('when %s, reports it', (_label, stages, path, message) => {
    expect(validateStagePlan(stages)).toEqual([{ path, message }]);
  });

  it('uses the caller path prefix', () => {
    expect(paths(validateStagePlan([{ percent: -1, soakSeconds: 0 }], 'body.stages'))).toEqual(['body.stages.0.percent']);
  });
});

describe('validateHealthPolicy', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['the max failure rate is 0 (could never advance)', { maxFailureRate: 0 }, 'policy.maxFailureRate'],
    ['the max failure rate is 1 (could never halt)', { maxFailureRate: 1 }, 'policy.maxFailureRate'],
    ['min samples is fractional', { minSamples: 2.5 }, 'policy.minSamples'],
    ['the confidence is 1', { confidence: 1 }, 'policy.confidence'],
    ['the confidence is a string', { confidence: '95%' }, 'policy.confidence'],
  ])('when %s, reports it', (_label, override, path) => {
    const errors = validateHealthPolicy({ maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, ...override });
    expect(paths(errors)).toEqual([path]);
  });

  it('says what it expected and what it found', () => {
    expect(validateHealthPolicy({ maxFailureRate: 0.05, minSamples: 0, confidence: 0.95 })).toEqual([
      { path: 'policy.minSamples', message: 'expected an integer >= 1, got 0' },
    ]);
  });
});

describe('validateHealthPolicy: evidence and timeout fields (D4)', () => {
  const base = { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95 };

  it('accepts them absent, and set within their ranges (60 s and 30 days inclusive)', () => {
    expect(validateHealthPolicy(base)).toEqual([]);
    for (const inProgressTimeoutSeconds of [60, 3600, 30 * 24 * 3600]) {
      expect(validateHealthPolicy({ ...base, allowSmallCohort: true, inProgressTimeoutSeconds, timedOutCountsAsFailure: false })).toEqual([]);
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['allowSmallCohort is a string', { allowSmallCohort: 'yes' }, 'policy.allowSmallCohort'],
    ['the timeout is under a minute', { inProgressTimeoutSeconds: 59 }, 'policy.inProgressTimeoutSeconds'],
    ['the timeout is over 30 days', { inProgressTimeoutSeconds: 30 * 24 * 3600 + 1 }, 'policy.inProgressTimeoutSeconds'],
    ['the timeout is fractional', { inProgressTimeoutSeconds: 3600.5 }, 'policy.inProgressTimeoutSeconds'],
    ['timedOutCountsAsFailure is a number', { timedOutCountsAsFailure: 1 }, 'policy.timedOutCountsAsFailure'],
  ])('when %s, reports it', (_label, override, path) => {
    expect(paths(validateHealthPolicy({ ...base, ...override }))).toEqual([path]);
  });

  it('reports every bad field at once, saying what it expected and what it found', () => {
    const policy = { ...base, minSamples: 0, allowSmallCohort: 'yes', inProgressTimeoutSeconds: '1h', timedOutCountsAsFailure: null, inProgressTimeout: 600 };
    expect(validateHealthPolicy(policy)).toEqual([
      {
        path: 'policy.inProgressTimeout',
        message: 'unknown field; expected one of maxFailureRate, minSamples, confidence, allowSmallCohort, inProgressTimeoutSeconds, timedOutCountsAsFailure',
      },
      { path: 'policy.minSamples', message: 'expected an integer >= 1, got 0' },
      { path: 'policy.allowSmallCohort', message: 'expected true or false, got "yes"' },
      { path: 'policy.inProgressTimeoutSeconds', message: 'expected an integer number of seconds within 60..2592000 (1 minute to 30 days), got "1h"' },
      { path: 'policy.timedOutCountsAsFailure', message: 'expected true or false, got null' },
    ]);
  });

  it('reports them from a whole plan too', () => {
    const plan = aPlan({ policy: { ...base, inProgressTimeoutSeconds: 10, allowSmallCohort: 0 } });
    expect(paths(validateRolloutPlan(plan))).toEqual(['policy.allowSmallCohort', 'policy.inProgressTimeoutSeconds']);
  });
});

describe('inProgressTimeoutSecondsOf', () => {
  it('is the policy timeout, or one day when it names none', () => {
    expect(DEFAULT_IN_PROGRESS_TIMEOUT_SECONDS).toBe(86_400);
    expect(inProgressTimeoutSecondsOf({ maxFailureRate: 0.05, minSamples: 50, confidence: 0.95 })).toBe(86_400);
    expect(inProgressTimeoutSecondsOf({ maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, inProgressTimeoutSeconds: 900 })).toBe(900);
  });
});

describe('validateAudience', () => {
  it('accepts every documented field', () => {
    const filter = { models: ['mi-4'], regions: ['eu'], channels: ['stable'], firmware: '^14.1.0', tags: ['lab'] };
    expect(validateAudience(filter)).toEqual([]);
  });

  it('rejects a range semver cannot parse, quoting it', () => {
    expect(validateAudience({ firmware: '>=14.0 <' })).toEqual([
      { path: 'audience.firmware', message: 'expected a semver range such as ">=14.0.0 <15.0.0", got ">=14.0 <"' },
    ]);
  });
});
