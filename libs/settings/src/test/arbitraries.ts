/** fast-check arbitraries for settings states and op lists, over a small key and value pool so ops collide. */
import fc from 'fast-check';
import { applyMigrations } from '../migrate';
import type { Setting, SettingValue, SettingsState } from '../model';
import type { MigrationOp } from '../schema';
import { T0, T1 } from './builders';

export const keyArb = fc.constantFrom('a', 'b', 'c.d', 'cloud_messaging.enabled', 'e-f');
export const valueArb: fc.Arbitrary<SettingValue> = fc.oneof(fc.boolean(), fc.integer({ min: -2, max: 2 }), fc.constantFrom('s', 't'), fc.constant(null));
const instantArb = fc.constantFrom(T0, T1);

const settingArb: fc.Arbitrary<Setting> = fc.oneof(
  fc.record({
    value: valueArb,
    source: fc.constantFrom('factory-default' as const, 'migration' as const),
    updatedAt: instantArb,
  }),
  fc.record(
    {
      value: valueArb,
      source: fc.constant('user' as const),
      updatedAt: instantArb,
      consent: fc.record({ surface: fc.constantFrom('Settings > A', 'Messaging > Settings'), at: instantArb }),
    },
    { requiredKeys: ['value', 'source', 'updatedAt'] },
  ),
);

/** Every op but revert (which needs a history to name). */
export const opArb: fc.Arbitrary<MigrationOp> = fc.oneof(
  fc.record({ op: fc.constant('setFactoryDefault' as const), key: keyArb, value: valueArb }),
  fc.record({ op: fc.constant('setIfNotUserChosen' as const), key: keyArb, value: valueArb }),
  fc.record({ op: fc.constant('setIfEquals' as const), key: keyArb, expected: valueArb, value: valueArb }),
  fc.record({ op: fc.constant('setIfAbsent' as const), key: keyArb, value: valueArb }),
  fc.record({ op: fc.constant('force' as const), key: keyArb, value: valueArb, reason: fc.constant('because') }),
  fc.record({ op: fc.constant('rename' as const), from: keyArb, to: keyArb }).filter((op) => op.from !== op.to),
  fc.record({ op: fc.constant('remove' as const), key: keyArb }),
);

/** The id of the migration every generated state has in its history, so op lists can revert it. */
export const PAST_MIGRATION = 'm0';

/** A random settings table and defaults table, after a random past migration `m0`. */
export const stateArb: fc.Arbitrary<SettingsState> = fc
  .tuple(
    fc.dictionary(keyArb, valueArb, { noNullPrototype: true }),
    fc.dictionary(keyArb, settingArb, { noNullPrototype: true }),
    fc.array(opArb, { maxLength: 6 }),
  )
  .map(([factoryDefaults, settings, past]) => {
    const base: SettingsState = { factoryDefaults, settings, releaseCounters: { stable: 1 }, history: [] };
    return applyMigrations(base, past, { migrationId: PAST_MIGRATION, now: T1 }).state;
  });

export const opsArb = fc.array(opArb, { maxLength: 8 });
export const opsWithRevertArb = fc.array(
  fc.oneof({ arbitrary: opArb, weight: 6 }, { arbitrary: fc.constant<MigrationOp>({ op: 'revert', migrationId: PAST_MIGRATION }), weight: 1 }),
  { maxLength: 8 },
);
