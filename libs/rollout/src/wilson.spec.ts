import { RolloutError, wilsonInterval, zForConfidence } from '@app/rollout';

describe('zForConfidence', () => {
  it.each([
    [0.9, 1.6448536],
    [0.95, 1.959964],
    [0.99, 2.5758293],
    [0.999, 3.2905267],
  ])('gives the two-sided z for %s', (confidence, z) => {
    expect(zForConfidence(confidence)).toBeCloseTo(z, 6);
  });

  describe.each([0, 1, -0.5, Number.NaN])('when the confidence is %s', (confidence) => {
    it('throws INVALID_CONFIDENCE', () => {
      expect(() => zForConfidence(confidence)).toThrow(expect.objectContaining({ code: 'INVALID_CONFIDENCE' }));
    });
  });
});

describe('wilsonInterval', () => {
  const z95 = zForConfidence(0.95);

  it.each([
    // Newcombe, "Two-sided confidence intervals for the single proportion", Stat. Med. 1998, table I, method 3.
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    // The values the stage policy specs rely on.
    [0, 10, 0, 0.2775],
    [5, 100, 0.0215, 0.1118],
    [1, 2, 0.0945, 0.9055],
    [30, 100, 0.2189, 0.3958],
  ])('gives %s of %s failed at 95 %% as [%s, %s]', (failures, n, lower, upper) => {
    const interval = wilsonInterval(failures, n, z95);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it('knows nothing without samples: [0, 1]', () => {
    expect(wilsonInterval(0, 0, z95)).toEqual({ lower: 0, upper: 1 });
  });

  it('keeps exact 0 and 1 bounds at 0 and n failures', () => {
    expect(wilsonInterval(0, 1_000_000, z95).lower).toBe(0);
    expect(wilsonInterval(7, 7, z95).upper).toBe(1);
  });

  it('narrows as samples grow', () => {
    const small = wilsonInterval(5, 100, z95);
    const large = wilsonInterval(50, 1000, z95);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  describe.each<[string, number, number, number]>([
    ['more failures than samples', 3, 2, 1.96],
    ['a negative count', -1, 2, 1.96],
    ['a fractional count', 0.5, 2, 1.96],
    ['a zero z', 1, 2, 0],
  ])('when given %s', (_label, failures, n, z) => {
    it('throws INVALID_INTERVAL_INPUT', () => {
      expect(() => wilsonInterval(failures, n, z)).toThrow(RolloutError);
      expect(() => wilsonInterval(failures, n, z)).toThrow(expect.objectContaining({ code: 'INVALID_INTERVAL_INPUT' }));
    });
  });
});
