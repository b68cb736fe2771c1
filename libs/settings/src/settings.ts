/** What a user and a factory reset do to the settings table (D2). Pure: time comes in as `now`. */
import { z } from 'zod';
import { SettingsError } from './errors';
import { type Instant, type Setting, type SettingValue, type SettingsState, readValue, toIsoInstant, withSetting } from './model';
import { parseOrThrow, settingKeySchema, settingValueSchema } from './schema';

const factoryDefaultsSchema = z.record(settingKeySchema, settingValueSchema);
const surfaceSchema = z
  .string({ error: 'expected the consent surface as a string, e.g. "Settings > Mi Cloud > Cloud Messaging"' })
  .trim()
  .min(1, { error: 'expected a non-empty consent surface' })
  .max(200, { error: 'expected a consent surface of at most 200 characters' });

/** Every key at its factory default: the settings table of a fresh device or of one just reset. */
function settingsFromDefaults(factoryDefaults: Record<string, SettingValue>, at: string): Record<string, Setting> {
  return Object.fromEntries(Object.entries(factoryDefaults).map(([key, value]) => [key, { value, source: 'factory-default', updatedAt: at }]));
}

/** The state of a device that has just left the factory with `factoryDefaults` in its firmware. */
export function createInitialState(factoryDefaults: Record<string, SettingValue>, options: { now: Instant }): SettingsState {
  const at = toIsoInstant(options.now);
  const defaults = parseOrThrow(factoryDefaultsSchema, factoryDefaults, 'factory defaults', 'INVALID_INPUT');
  return { factoryDefaults: defaults, settings: settingsFromDefaults(defaults, at), releaseCounters: {}, history: [] };
}

/**
 * D2 factory reset: every user and migration value is dropped, each setting takes the factory default of the
 * firmware installed now, consent records go with them. Release counters and the migration history stay: a reset
 * must not reopen the door to a rolled-back release (D3).
 */
export function factoryReset(state: SettingsState, options: { now: Instant }): SettingsState {
  const at = toIsoInstant(options.now);
  return { ...state, settings: settingsFromDefaults(state.factoryDefaults, at) };
}

function assertSameType(key: string, current: SettingValue | undefined, value: SettingValue): void {
  if (current === undefined || current === null || value === null || typeof current === typeof value) return;
  const expected = `${key} holds a ${typeof current}, so the new value must be a ${typeof current} or null`;
  throw new SettingsError('TYPE_MISMATCH', `${expected}, got ${typeof value} ${JSON.stringify(value)}`);
}

/**
 * The user changes a value. The setting's source becomes `user`; when the change was made on a named surface
 * (e.g. "Settings > Mi Cloud > Cloud Messaging") the consent record says where and when. A change without a
 * surface drops an earlier consent record: consent describes the value it was given for.
 */
export function setUserValue(state: SettingsState, key: string, value: SettingValue, options: { now: Instant; surface?: string }): SettingsState {
  const at = toIsoInstant(options.now);
  parseOrThrow(settingKeySchema, key, 'setting key', 'INVALID_INPUT');
  parseOrThrow(settingValueSchema, value, `value for ${key}`, 'INVALID_INPUT');
  const current = readValue(state, key);
  if (current === undefined) {
    const message = `expected a key present in the settings or factory defaults, got ${JSON.stringify(key)}`;
    throw new SettingsError('UNKNOWN_KEY', message);
  }
  assertSameType(key, current, value);
  const setting: Setting = { value, source: 'user', updatedAt: at };
  if (options.surface !== undefined) {
    setting.consent = { surface: parseOrThrow(surfaceSchema, options.surface, 'consent surface', 'INVALID_INPUT'), at };
  }
  return withSetting(state, key, setting);
}
