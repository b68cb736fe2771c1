/**
 * The Cloud Messaging story (D0, D2), told the way the device agent will run it: durable storage, the opt-in
 * manifest, the stricter variant, a factory reset and the user opting back in.
 */
import type { KeyOutcome } from '@app/protocol';
import { applyAtomically, factoryResetAtomically, recoverAtBoot } from './journal';
import { MemoryStorage } from './memory-storage';
import { applyMigrations } from './migrate';
import { initialiseState, loadState, saveState } from './persist';
import type { MigrationOp } from './schema';
import { createInitialState, factoryReset, setUserValue } from './settings';
import type { SettingsStorage } from './storage';
import { CLOUD_MESSAGING_SURFACE, T0, T1, T2, T3 } from './test/builders';

const ENABLED = 'cloud_messaging.enabled';
const ENCRYPT = 'cloud_messaging.encrypt_identifiers';
const FIRMWARE_DEFAULTS = { [ENABLED]: true, [ENCRYPT]: false };
const REASON = 'IMEI, IMSI and phone numbers kept on the server must be encrypted';

/** D2's opt-in manifest, plus the default that keeps the forced encryption after a factory reset. */
const OPT_IN: MigrationOp[] = [
  { op: 'setFactoryDefault', key: ENABLED, value: false },
  { op: 'force', key: ENCRYPT, value: true, reason: REASON },
  { op: 'setFactoryDefault', key: ENCRYPT, value: true },
];
/** The stricter variant: also switches off devices whose user never chose. */
const STRICT: MigrationOp[] = [...OPT_IN, { op: 'setIfNotUserChosen', key: ENABLED, value: false }];

const release = (migrationId: string, releaseCounter: number) => ({ migrationId, now: T2, stream: 'cloud-messaging', releaseCounter });
const resultFor = (outcomes: KeyOutcome[], key: string, op: KeyOutcome['op']) => outcomes.find((o) => o.key === key && o.op === op)?.result;

async function aDevice(userTurnedItOn: boolean): Promise<SettingsStorage> {
  const storage = new MemoryStorage();
  await recoverAtBoot(storage);
  const state = await initialiseState(storage, FIRMWARE_DEFAULTS, { now: T0 });
  if (userTurnedItOn) await saveState(storage, setUserValue(state, ENABLED, true, { now: T1, surface: CLOUD_MESSAGING_SURFACE }));
  return storage;
}

describe('the Cloud Messaging story', () => {
  it('a user who turned it on keeps it, consent included, after the opt-in update', async () => {
    const device = await aDevice(true);
    const { state, outcomes } = await applyAtomically(device, OPT_IN, release('cm-opt-in', 1));
    expect(state.settings[ENABLED]).toEqual({ value: true, source: 'user', updatedAt: T1, consent: { surface: CLOUD_MESSAGING_SURFACE, at: T1 } });
    expect(state.factoryDefaults[ENABLED]).toBe(false);
    // The default changed, the user's choice kept this device on: reported so the server can count such users.
    expect(outcomes).toEqual([
      { key: ENABLED, op: 'setFactoryDefault', result: 'skipped:user-choice' },
      { key: ENCRYPT, op: 'force', result: 'applied', reason: REASON },
      { key: ENCRYPT, op: 'setFactoryDefault', result: 'applied' },
    ]);
    expect(state.settings[ENCRYPT]).toEqual({ value: true, source: 'migration', updatedAt: T2 });
  });

  it('a device whose user never chose keeps its current value too: only new users and resets get the new default', async () => {
    const { state, outcomes } = await applyAtomically(await aDevice(false), OPT_IN, release('cm-opt-in', 1));
    expect(state.settings[ENABLED]).toEqual({ value: true, source: 'factory-default', updatedAt: T0 });
    expect(resultFor(outcomes, ENABLED, 'setFactoryDefault')).toBe('applied');
  });

  it('the stricter variant switches off only devices that never chose, and counts the users who kept it on', async () => {
    const results = [];
    for (const userTurnedItOn of [true, false, true]) {
      const { state, outcomes } = await applyAtomically(await aDevice(userTurnedItOn), STRICT, release('cm-strict', 1));
      expect(state.settings[ENABLED].value).toBe(userTurnedItOn);
      results.push(resultFor(outcomes, ENABLED, 'setIfNotUserChosen'));
    }
    expect(results).toEqual(['skipped:user-choice', 'applied', 'skipped:user-choice']);
  });

  it('after a factory reset it is off with no consent record, and identifiers stay encrypted', async () => {
    const device = await aDevice(true);
    await applyAtomically(device, OPT_IN, release('cm-opt-in', 1));
    await factoryResetAtomically(device, { now: T3 });
    const state = await loadState(device);
    expect(state.settings[ENABLED]).toEqual({ value: false, source: 'factory-default', updatedAt: T3 });
    expect(state.settings[ENCRYPT]).toEqual({ value: true, source: 'factory-default', updatedAt: T3 });
  });

  it('turning it back on through a settings surface records consent for that surface', async () => {
    const device = await aDevice(true);
    await applyAtomically(device, OPT_IN, release('cm-opt-in', 1));
    const reset = await factoryResetAtomically(device, { now: T3 });
    await saveState(device, setUserValue(reset, ENABLED, true, { now: T3, surface: 'Messaging > Settings' }));
    expect((await loadState(device)).settings[ENABLED]).toEqual({
      value: true,
      source: 'user',
      updatedAt: T3,
      consent: { surface: 'Messaging > Settings', at: T3 },
    });
  });

  it('a forced value without a matching factory default is lost on reset: why the manifest also sets the default', () => {
    const forcedOnly: MigrationOp[] = [{ op: 'force', key: ENCRYPT, value: true, reason: REASON }];
    const start = setUserValue(createInitialState(FIRMWARE_DEFAULTS, { now: T0 }), ENABLED, true, { now: T1 });
    const { state } = applyMigrations(start, forcedOnly, { migrationId: 'm', now: T2 });
    expect(factoryReset(state, { now: T3 }).settings[ENCRYPT].value).toBe(false);
  });

  it('reverting the opt-in update puts the default back on and leaves the user choice alone', () => {
    const start = setUserValue(createInitialState(FIRMWARE_DEFAULTS, { now: T0 }), ENABLED, true, { now: T1, surface: CLOUD_MESSAGING_SURFACE });
    const applied = applyMigrations(start, OPT_IN, { migrationId: 'cm-opt-in', now: T2 }).state;
    const { state, outcomes } = applyMigrations(applied, [{ op: 'revert', migrationId: 'cm-opt-in' }], { migrationId: 'undo', now: T3 });
    expect(state.settings).toEqual(start.settings);
    expect(state.factoryDefaults).toEqual(FIRMWARE_DEFAULTS);
    expect(outcomes.map((o) => o.result)).toEqual(['applied', 'applied']);
  });
});
