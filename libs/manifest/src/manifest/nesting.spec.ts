import { ManifestError, checkManifest, parseManifest, validateManifest } from '@app/manifest';
import { aManifest } from '../testing/a-manifest';

/** `levels` arrays and objects around `leaf`, alternating from an array `[leaf]` inside. */
function nested(levels: number, leaf: unknown = true): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { v: value };
  return value;
}

function rejection(run: () => unknown): ManifestError {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('expected a ManifestError');
}

const DEEP = 10_000;
/** An array outermost: nested(ARRAY_DEEP) is `[{ v: [...] }]`. */
const ARRAY_DEEP = DEEP + 1;

describe('manifests with values nested thousands of levels deep', () => {
  describe('when a migration value nests deeper than the settings lib reads', () => {
    it.each([40, 5_000, DEEP])('refuses %d levels with MANIFEST_INVALID at the value, never a RangeError', (levels) => {
      const doc = aManifest({ migrations: [{ op: 'setFactoryDefault', key: 'cloud_messaging.enabled', value: nested(levels) }] });
      const error = rejection(() => validateManifest(doc));
      expect(error.code).toBe('MANIFEST_INVALID');
      expect(error.errors).toEqual([{ path: 'migrations.0.value', message: expect.stringMatching(/nested deeper than \d+ levels of arrays and objects$/) }]);
    });

    it('refuses it in downloaded bytes too (parseManifest)', () => {
      // Written as text: JSON.stringify itself overflows on such a value.
      const text = JSON.stringify(aManifest({ migrations: [{ op: 'setIfEquals', key: 'k', expected: 'DEEP', value: 1 }] }));
      const bytes = Buffer.from(text.replace('"DEEP"', `${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`));
      expect(rejection(() => parseManifest(bytes)).errors.map((e) => e.path)).toEqual(['migrations.0.expected']);
    });
  });

  describe('when a deep value stands where another type is expected', () => {
    it.each([
      ['an unknown field', { extra: nested(DEEP) }, 'extra', /unknown field/],
      ['the firmware object (an array)', { firmware: nested(ARRAY_DEEP) }, 'firmware', /^expected an object, got an array$/],
      ['the firmware object (an object)', { firmware: nested(DEEP) }, 'firmware.v', /^unknown field/],
      ['the manifest id', { id: nested(DEEP) }, 'id', /^expected a manifest id string, got an object$/],
      ['a model name', { appliesTo: { models: [nested(DEEP)] } }, 'appliesTo.models.0', /expected a model string, got an/],
      ['the migrations list', { migrations: nested(DEEP) }, 'migrations', /^expected an array of migration ops, got an object$/],
      ['an op', { migrations: [nested(DEEP)] }, 'migrations.0.op', /^expected op to be one of .*, got undefined$/],
    ])('reports %s at its path', (_case, overrides, path, message) => {
      const check = checkManifest(aManifest(overrides));
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.errors).toContainEqual({ path, message: expect.stringMatching(message) });
      expect(check.errors.every((e) => e.message.length < 300)).toBe(true);
    });
  });
});
