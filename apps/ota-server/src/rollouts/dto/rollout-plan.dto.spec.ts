import fc from 'fast-check';
import { validateAudience, validateHealthPolicy, validateStagePlan, type AudienceFilter, type HealthPolicy, type Stage } from '@app/rollout';
import { ApiError } from '../../http/api-error';
import { openApiSchemaOf } from '../../http/openapi';
import { ZodPipe } from '../../http/zod-body.pipe';
import { createRolloutSchema, type CreateRolloutDto } from './create-rollout.dto';
import { audienceFilterSchema, healthPolicySchema, stagePlanSchema, type AudienceFilterDto, type HealthPolicyDto, type StageDto } from './rollout-plan.dto';

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The zod shapes are the lib's types exactly: `npm run typecheck` fails here when either side changes alone.
const sameTypes: [
  Equal<StageDto, Stage>,
  Equal<HealthPolicyDto, HealthPolicy>,
  Equal<AudienceFilterDto, AudienceFilter>,
  Equal<CreateRolloutDto['stages'], Stage[]>,
  Equal<CreateRolloutDto['policy'], HealthPolicy>,
  Equal<CreateRolloutDto['audience'], AudienceFilter | undefined>,
] = [true, true, true, true, true, true];

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** Numbers around every bound the D4 rules name, and some that are no numbers at all. */
const numberish = fc.oneof(
  fc.constantFrom(-1, -0, 0, 0.00001, 0.0001, 0.05, 0.4999, 0.5, 0.9999, 1, 1.5, 59, 60, 100, 100.0001, 2_592_000, 2_592_001, 2 ** 53, NaN),
  fc.double({ min: -10, max: 200, noNaN: true }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom('1', null, true, undefined, [], {}),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const policyArbitrary = fc.record(
  {
    maxFailureRate: numberish,
    minSamples: numberish,
    confidence: numberish,
    allowSmallCohort: maybe(fc.oneof(fc.boolean(), numberish)),
    inProgressTimeoutSeconds: maybe(numberish),
    timedOutCountsAsFailure: maybe(fc.oneof(fc.boolean(), numberish)),
    extra: maybe(fc.constant(1)),
  },
  { requiredKeys: [] },
);
const stagesArbitrary = fc.oneof(fc.array(fc.record({ percent: numberish, soakSeconds: numberish }, { requiredKeys: [] }), { maxLength: 4 }), numberish);
const stringList = fc.oneof(fc.array(fc.constantFrom('beta', 'stable', '', 'mi-4')), numberish);
const audienceArbitrary = fc.oneof(
  fc.record(
    { models: stringList, regions: stringList, channels: stringList, tags: stringList, firmware: fc.constantFrom('>=14.0.0', 'banana', '', 14) },
    { requiredKeys: [] },
  ),
  numberish,
);

describe('the rollout plan schemas', () => {
  it('are the types of @app/rollout', () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it('state exactly the health policy bounds the D4 validator applies', () => {
    fc.assert(
      fc.property(policyArbitrary, (policy) => {
        expect(accepts(healthPolicySchema, policy)).toBe(validateHealthPolicy(policy).length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never refuse a stage plan or an audience the validators accept (the rules they cannot state stay the validators)', () => {
    fc.assert(
      fc.property(stagesArbitrary, audienceArbitrary, (stages, audience) => {
        if (validateStagePlan(stages).length === 0) expect(accepts(stagePlanSchema, stages)).toBe(true);
        if (validateAudience(audience).length === 0) expect(accepts(audienceFilterSchema, audience)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // What JSON Schema cannot say: increasing percents, 4 decimals, a semver range.
    const unstated: [unknown, unknown][] = [
      [
        [
          { percent: 50, soakSeconds: 0 },
          { percent: 10, soakSeconds: 0 },
        ],
        {},
      ],
      [[{ percent: 0.00001, soakSeconds: 0 }], {}],
      [[{ percent: 1, soakSeconds: 0 }], { firmware: 'banana' }],
    ];
    for (const [stages, audience] of unstated) {
      expect([accepts(stagePlanSchema, stages), accepts(audienceFilterSchema, audience)]).toEqual([true, true]);
      expect([...validateStagePlan(stages), ...validateAudience(audience)]).not.toEqual([]);
    }
  });

  it('document the create body with typed plan fields', () => {
    const body = openApiSchemaOf(createRolloutSchema) as { properties: Record<string, { type?: string; items?: { properties?: object } }> };
    expect(body.properties.stages).toMatchObject({
      type: 'array',
      minItems: 1,
      items: { properties: { percent: { type: 'number' }, soakSeconds: { type: 'integer' } } },
    });
    expect(body.properties.policy).toMatchObject({ type: 'object', required: ['maxFailureRate', 'minSamples', 'confidence'] });
    expect(body.properties.audience).toMatchObject({ type: 'object', nullable: true, properties: { channels: { type: 'array' } } });
  });
});

describe('create-rollout body validation', () => {
  const pipe = new ZodPipe(createRolloutSchema);
  const releaseId = '2b1f6a52-8a0e-4c9e-9d44-5f3f1f0c1a77';
  const rejection = (body: unknown): ApiError => {
    try {
      pipe.transform(body);
    } catch (err) {
      if (err instanceof ApiError) return err;
      throw err;
    }
    throw new Error('accepted');
  };

  describe('when plan fields are wrong', () => {
    it("answers the validators' own paths and messages for them, beside zod's for the other fields", () => {
      const err = rejection({ releaseId: 'nope', name: 7, audience: [], stages: 'all', policy: { maxFailureRate: 2, minSamples: 1, confidence: 0.95 } });
      expect(err).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      const plan = [...validateAudience([]), ...validateStagePlan('all'), ...validateHealthPolicy({ maxFailureRate: 2, minSamples: 1, confidence: 0.95 })];
      expect(err.errors?.filter((e) => !['releaseId', 'name'].includes(e.path))).toEqual(plan);
      expect(err.errors?.map((e) => e.path).filter((p) => ['releaseId', 'name'].includes(p))).toEqual(['releaseId', 'name']);
    });

    it('answers the D4 rules a shape cannot state (percents that do not increase) in the same answer', () => {
      const stages = [
        { percent: 50, soakSeconds: 10 },
        { percent: 10, soakSeconds: -1 },
      ];
      expect(rejection({ releaseId, stages, policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95 } }).errors).toEqual(validateStagePlan(stages));
    });
  });

  it('takes a null or absent audience as the whole fleet', () => {
    const plan = { releaseId, stages: [{ percent: 100, soakSeconds: 0 }], policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95 } };
    expect(pipe.transform({ ...plan, audience: null }).audience).toBeUndefined();
    expect(pipe.transform(plan).audience).toBeUndefined();
    expect(pipe.transform({ ...plan, audience: { channels: ['beta'] } }).audience).toEqual({ channels: ['beta'] });
  });
});
