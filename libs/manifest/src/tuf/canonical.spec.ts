import { ManifestError, assertCanonicalizable, canonicalBytes, nonCanonicalFields } from '@app/manifest';
import { MAX_CANONICAL_DEPTH } from './canonical';

/** `levels` arrays and objects around `leaf`, alternating from an array `[leaf]` inside. */
function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { v: value };
  return value;
}
/** The dotted path of the container `levels` deep inside nested(n) for n > levels (outermost first). */
function pathAt(n: number, levels: number): string {
  const parts: string[] = [];
  for (let i = n - 1; i > n - 1 - levels; i -= 1) parts.push(i % 2 === 0 ? '0' : 'v');
  return parts.join('.');
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error.code;
    throw error;
  }
  return undefined;
}

describe('canonical JSON of nested content', () => {
  it(`accepts ${MAX_CANONICAL_DEPTH} levels of nesting`, () => {
    expect(nonCanonicalFields(nested(MAX_CANONICAL_DEPTH))).toEqual([]);
    expect(canonicalBytes(nested(MAX_CANONICAL_DEPTH), 'test').length).toBeGreaterThan(0);
  });

  describe('when content nests deeper than MAX_CANONICAL_DEPTH', () => {
    it.each([MAX_CANONICAL_DEPTH + 1, 5_000, 10_000])('reports %d levels once, at the level that goes past, never a RangeError', (levels) => {
      expect(nonCanonicalFields(nested(levels))).toEqual([
        { path: pathAt(levels, MAX_CANONICAL_DEPTH), message: `expected at most ${MAX_CANONICAL_DEPTH} levels of nested arrays and objects, found more` },
      ]);
      expect(codeOf(() => assertCanonicalizable(nested(levels), 'test'))).toBe('NOT_CANONICALIZABLE');
      expect(codeOf(() => canonicalBytes(nested(levels), 'test'))).toBe('NOT_CANONICALIZABLE');
    });

    it('reports the other offending fields around a deep branch, in order', () => {
      const errors = nonCanonicalFields({ a: 0.5, deep: nested(10_000), z: '\t' });
      expect(errors.map((e) => e.path)).toEqual(['a', `deep.${pathAt(10_000, MAX_CANONICAL_DEPTH - 1)}`, 'z']);
    });

    it('refuses a cycle instead of recursing forever', () => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      expect(nonCanonicalFields(cycle)).toEqual([
        { path: Array(MAX_CANONICAL_DEPTH).fill('self').join('.'), message: expect.stringMatching(/at most 32 levels/) },
      ]);
    });
  });
});
