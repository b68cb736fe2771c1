import { SettingsError } from './errors';
import { setUserValue } from './settings';
import { MAX_VALUE_DEPTH, parseMigrationOps, settingValueSchema } from './schema';
import { T0, aState } from './test/builders';

/** `levels` arrays and objects around `leaf`, alternating from an object `{ v: leaf }` inside. */
function nested(levels: number, leaf: unknown = true): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? { v: value } : [value];
  return value;
}

function refusal(run: () => unknown): SettingsError {
  try {
    run();
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('setting values nested deeper than MAX_VALUE_DEPTH', () => {
  describe('when a migration op carries one (the manifest path)', () => {
    it.each([MAX_VALUE_DEPTH + 1, 5_000, 10_000, 100_000])('refuses %d levels with INVALID_INPUT at the value, never a RangeError', (levels) => {
      const error = refusal(() => parseMigrationOps([{ op: 'setFactoryDefault', key: 'a.flag', value: nested(levels) }]));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.errors).toEqual([
        {
          path: '0.value',
          message: `expected boolean, finite number, string (<= 4096 characters) or null, got ${levels % 2 ? 'an object' : 'an array'} nested deeper than ${MAX_VALUE_DEPTH} levels of arrays and objects`,
        },
      ]);
    });

    it('still quotes a nested value within the limit', () => {
      const value = nested(MAX_VALUE_DEPTH);
      const [issue] = refusal(() => parseMigrationOps([{ op: 'setIfAbsent', key: 'a.flag', value }])).errors;
      expect(issue).toEqual({ path: '0.value', message: expect.stringContaining(`got ${JSON.stringify(value)}`) });
      expect(refusal(() => parseMigrationOps([{ op: 'setIfAbsent', key: 'a.flag', value: { on: true } }])).errors[0]!.message).toMatch(/got \{"on":true\}$/);
    });

    it('refuses every deep value of one list at once, each at its own path', () => {
      const deep = nested(10_000);
      const ops = [
        { op: 'setIfEquals', key: 'a.flag', expected: deep, value: deep },
        { op: 'force', key: 'b.count', value: deep, reason: 'privacy' },
      ];
      expect(refusal(() => parseMigrationOps(ops)).errors.map((i) => i.path)).toEqual(['0.expected', '0.value', '1.value']);
    });
  });

  describe('when the value is checked on its own', () => {
    it('settingValueSchema refuses 10 000 levels with a validation issue', () => {
      const parsed = settingValueSchema.safeParse(nested(10_000));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => i.message)).toEqual([expect.stringMatching(/nested deeper than 32 levels/)]);
    });

    it('setUserValue refuses it with INVALID_INPUT', () => {
      const error = refusal(() => setUserValue(aState(), 'a.flag', nested(10_000) as boolean, { now: T0 }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/nested deeper than 32 levels/);
    });
  });

  describe('when a refused value is large, cyclic or not JSON', () => {
    it.each([
      ['200 000 elements', Array.from({ length: 200_000 }, () => 1), /got an array of more than 1000 values$/],
      ['an object of 10 000 keys', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])), /got an object of more than 1000 values$/],
      ['a value that doubles at each level (a DAG)', Array.from({ length: 30 }).reduce<unknown>((v) => [v, v], 1), /got an array of more than 1000 values$/],
      [
        'a cycle',
        (() => {
          const a: unknown[] = [];
          a.push(a);
          return a;
        })(),
        /got an array nested deeper than 32 levels/,
      ],
      ['a bigint', 10n, /got 10$/],
    ])('describes %s briefly', (_case, value, message) => {
      const [issue] = refusal(() => parseMigrationOps([{ op: 'setFactoryDefault', key: 'a.flag', value }])).errors;
      expect(issue).toEqual({ path: '0.value', message: expect.stringMatching(message) });
      expect(issue!.message.length).toBeLessThan(300);
    });

    it('cuts a long quoted input', () => {
      const { errors: issues } = refusal(() => parseMigrationOps([{ op: 'remove', key: `${'x'.repeat(10_000)}!` }]));
      expect(issues).toContainEqual({ path: '0.key', message: expect.stringMatching(/got "x{199}\.\.\.$/) });
    });
  });
});
