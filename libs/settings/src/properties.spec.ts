import { KEY_OUTCOME_RESULTS } from '@app/protocol';
import fc from 'fast-check';
import { isSettingsError } from './errors';
import { applyMigrations } from './migrate';
import type { SettingsState } from './model';
import { settingsStateSchema } from './schema';
import { factoryReset, setUserValue } from './settings';
import { PAST_MIGRATION, keyArb, opsArb, opsWithRevertArb, stateArb, valueArb } from './test/arbitraries';
import { T2, T3, deepFreeze } from './test/builders';

const RUNS = { numRuns: 300 };
const at = (migrationId: string) => ({ migrationId, now: T2 });

describe('properties of the migration engine', () => {
  it('never changes a user value except by force (or by the schema ops rename and remove)', () => {
    fc.assert(
      fc.property(stateArb, opsArb, (before, ops) => {
        const { state, outcomes } = applyMigrations(before, ops, at('p'));
        const exempt = new Set(ops.flatMap((op) => (op.op === 'force' || op.op === 'remove' ? [op.key] : op.op === 'rename' ? [op.from, op.to] : [])));
        for (const [key, setting] of Object.entries(before.settings)) {
          if (setting.source === 'user' && !exempt.has(key)) expect(state.settings[key]).toEqual(setting);
        }
        expect(outcomes.every((o) => KEY_OUTCOME_RESULTS.includes(o.result))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never reverts a value the user chose after the migration', () => {
    const choicesArb = fc.array(fc.tuple(keyArb, valueArb), { maxLength: 5 });
    fc.assert(
      fc.property(stateArb, choicesArb, (before, choices) => {
        let chosen = before;
        const chosenKeys = new Set<string>();
        for (const [key, value] of choices) {
          try {
            chosen = setUserValue(chosen, key, value, { now: T2 });
            chosenKeys.add(key);
          } catch (error) {
            if (!isSettingsError(error, 'UNKNOWN_KEY') && !isSettingsError(error, 'TYPE_MISMATCH')) throw error;
          }
        }
        const { state } = applyMigrations(chosen, [{ op: 'revert', migrationId: PAST_MIGRATION }], { migrationId: 'r', now: T3 });
        for (const key of chosenKeys) expect(state.settings[key]).toEqual(chosen.settings[key]);
      }),
      RUNS,
    );
  });

  it('restores the previous values and defaults when a migration is applied then reverted', () => {
    fc.assert(
      fc.property(stateArb, opsWithRevertArb, (before, ops) => {
        deepFreeze(before);
        const applied = applyMigrations(before, ops, at('a')).state;
        const { state, outcomes } = applyMigrations(applied, [{ op: 'revert', migrationId: 'a' }], { migrationId: 'r', now: T3 });
        expect(state.settings).toEqual(before.settings);
        expect(state.factoryDefaults).toEqual(before.factoryDefaults);
        expect(outcomes.every((o) => o.result === 'applied')).toBe(true);
      }),
      RUNS,
    );
  });

  it('yields exactly the factory defaults after a factory reset: values, source factory-default, no consent', () => {
    fc.assert(
      fc.property(stateArb, opsWithRevertArb, (before, ops) => {
        const migrated: SettingsState = applyMigrations(before, ops, at('a')).state;
        const reset = factoryReset(migrated, { now: T3 });
        const expected = Object.fromEntries(
          Object.entries(migrated.factoryDefaults).map(([key, value]) => [key, { value, source: 'factory-default', updatedAt: T3 }]),
        );
        expect(reset.settings).toStrictEqual(expected);
        expect(reset.factoryDefaults).toBe(migrated.factoryDefaults);
        expect(reset.releaseCounters).toBe(migrated.releaseCounters);
        expect(reset.history).toBe(migrated.history);
      }),
      RUNS,
    );
  });

  it('only produces states that the persisted-state schema accepts unchanged', () => {
    fc.assert(
      fc.property(stateArb, opsWithRevertArb, (before, ops) => {
        const { state } = applyMigrations(before, ops, at('a'));
        expect(settingsStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
      }),
      RUNS,
    );
  });
});
