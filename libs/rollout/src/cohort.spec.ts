import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { BUCKET_COUNT, RolloutError, type Stage, bucketOf, firstStageIncluding, isDeviceInCohort, isInCohort } from '@app/rollout';
import { chiSquareCdf, chiSquareQuantile, chiSquareStatistic } from './chi-square.testing';

/** The D4 formula written the obvious way, to check the BigInt-free reduction in `bucketOf`. */
function referenceBucket(deviceId: string, salt: string): number {
  const digest = createHash('sha256').update(`${salt}:${deviceId}`, 'utf8').digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(BUCKET_COUNT));
}

/** Percents with at most 4 decimals, as stages carry them. */
const aPercent = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000);
const ids = (n: number, prefix = 'device-'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('chi-square test helper', () => {
  it('reproduces published critical values', () => {
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.8415, 4);
    expect(chiSquareQuantile(0.999, 1)).toBeCloseTo(10.8276, 4);
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307, 3);
    expect(chiSquareQuantile(0.999, 100)).toBeCloseTo(149.449, 3);
    expect(chiSquareCdf(2, 2)).toBeCloseTo(1 - Math.exp(-1), 12);
  });
});

describe('bucketOf', () => {
  it('is deterministic, an integer in [0, 999_999], and equals the D4 formula', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (deviceId, salt) => {
        const bucket = bucketOf(deviceId, salt);
        expect(bucketOf(deviceId, salt)).toBe(bucket);
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKET_COUNT).toBe(true);
        expect(bucket).toBe(referenceBucket(deviceId, salt));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches vectors computed independently (Python hashlib), so every implementation agrees', () => {
    expect(bucketOf('device-1', 'salt')).toBe(350132);
    expect(bucketOf('ab'.repeat(32), 'rollout-2024-cm')).toBe(196443);
  });

  it('hashes exactly salt ":" deviceId (D4): nothing is escaped, hex ids and salts never contain ":"', () => {
    expect(bucketOf('b:c', 'a')).toBe(bucketOf('c', 'a:b'));
  });

  it('spreads devices uniformly over 100 bins (chi-square below the 0.999 critical value)', () => {
    const bins = 100;
    const n = 100_000;
    const observed = new Array<number>(bins).fill(0);
    for (const id of ids(n)) observed[Math.floor((bucketOf(id, 'uniformity-salt') * bins) / BUCKET_COUNT)]++;
    const statistic = chiSquareStatistic(observed, new Array<number>(bins).fill(n / bins));
    expect(statistic).toBeLessThan(chiSquareQuantile(0.999, bins - 1));
  });

  it('gives independent cohorts under two salts (10 % and 10 % overlap in about 1 %)', () => {
    const n = 100_000;
    const table = [
      [0, 0],
      [0, 0],
    ];
    for (const id of ids(n)) table[Number(isDeviceInCohort(id, 'salt-a', 10))][Number(isDeviceInCohort(id, 'salt-b', 10))]++;
    const rows = table.map((r) => r[0] + r[1]);
    const cols = [table[0][0] + table[1][0], table[0][1] + table[1][1]];
    const expected = [0, 1].flatMap((i) => [0, 1].map((j) => (rows[i] * cols[j]) / n));
    const statistic = chiSquareStatistic(table.flat(), expected);
    expect(statistic).toBeLessThan(chiSquareQuantile(0.999, 1));
    // 1 % of the population, and a binomial standard deviation of sqrt(n * 0.01 * 0.99) ≈ 31 devices.
    expect(Math.abs(table[1][1] - n * 0.01)).toBeLessThan(5 * Math.sqrt(n * 0.01 * 0.99));
  });
});

describe('isInCohort', () => {
  it('never removes a device when the percentage rises (D4)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), aPercent, aPercent, (deviceId, salt, a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        if (isDeviceInCohort(deviceId, salt, lower)) expect(isDeviceInCohort(deviceId, salt, higher)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('admits exactly percent * 10_000 buckets', () => {
    expect(isInCohort(0, 0)).toBe(false);
    expect(isInCohort(0, 0.0001)).toBe(true);
    expect(isInCohort(1, 0.0001)).toBe(false);
    expect(isInCohort(4_999, 0.5)).toBe(true);
    expect(isInCohort(5_000, 0.5)).toBe(false);
    // 0.07 * 10_000 is 700.0000000000001 in floating point: bucket 700 must still be out.
    expect(isInCohort(699, 0.07)).toBe(true);
    expect(isInCohort(700, 0.07)).toBe(false);
    expect(isInCohort(BUCKET_COUNT - 1, 100)).toBe(true);
  });

  it('admits about percent % of a population', () => {
    const inCohort = ids(50_000).filter((id) => isDeviceInCohort(id, 'share-salt', 1)).length;
    expect(inCohort).toBeGreaterThan(500 - 5 * Math.sqrt(500 * 0.99));
    expect(inCohort).toBeLessThan(500 + 5 * Math.sqrt(500 * 0.99));
  });

  describe.each([
    ['negative', -1],
    ['over 100', 100.5],
    ['not a number', Number.NaN],
    ['finer than one bucket', 0.00001],
  ])('when the percent is %s', (_label, percent) => {
    it('throws INVALID_PERCENT', () => {
      expect(() => isInCohort(0, percent)).toThrow(expect.objectContaining({ code: 'INVALID_PERCENT' }));
      expect(() => isInCohort(0, percent)).toThrow(RolloutError);
    });
  });
});

describe('firstStageIncluding', () => {
  const stages: Stage[] = [0.07, 1, 10, 50, 100].map((percent) => ({ percent, soakSeconds: 0 }));

  it('names the stage whose cohort adds the bucket', () => {
    expect([0, 699, 700, 9_999, 10_000, 99_999, 100_000, 499_999, 500_000, BUCKET_COUNT - 1].map((b) => firstStageIncluding(b, stages))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it('is -1 when even the last stage leaves the bucket out (a plan stopping below 100 %)', () => {
    expect(firstStageIncluding(10_000, stages.slice(0, 2))).toBe(-1);
    expect(firstStageIncluding(0, [])).toBe(-1);
  });

  it('agrees with isInCohort: in that stage, not in the one before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BUCKET_COUNT - 1 }), (bucket) => {
        const i = firstStageIncluding(bucket, stages);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(isInCohort(bucket, stages[i].percent)).toBe(true);
        if (i > 0) expect(isInCohort(bucket, stages[i - 1].percent)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
