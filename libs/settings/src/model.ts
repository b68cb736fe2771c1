/**
 * The device settings model (D2): a factory-defaults table shipped with the firmware (an OTA may change it), the
 * settings table, the per-stream anti-rollback counters and the history of applied migrations.
 * All of it is plain JSON so a state can be persisted and compared as is.
 */
import { SettingsError } from './errors';

/** A setting's value: a JSON primitive. Numbers are finite. */
export type SettingValue = boolean | number | string | null;

export const SETTING_SOURCES = ['factory-default', 'user', 'migration'] as const;
export type SettingSource = (typeof SETTING_SOURCES)[number];

/** Where and when the user agreed, for privacy-relevant keys (e.g. "Settings > Mi Cloud > Cloud Messaging"). */
export interface ConsentRecord {
  surface: string;
  /** ISO-8601 instant. */
  at: string;
}

export interface Setting {
  value: SettingValue;
  source: SettingSource;
  /** ISO-8601 instant of the last change. */
  updatedAt: string;
  /** Present only on a user choice made through a named surface; dropped whenever the value changes otherwise. */
  consent?: ConsentRecord;
}

/** One key as it was before and after a migration; `null` means the key did not exist in that table. */
export interface KeySnapshot {
  setting: { before: Setting | null; after: Setting | null };
  factoryDefault: { before: { value: SettingValue } | null; after: { value: SettingValue } | null };
}

/** An applied migration and every key it changed, so that `revert {migrationId}` can restore them (D2). */
export interface AppliedMigration {
  migrationId: string;
  appliedAt: string;
  keys: Record<string, KeySnapshot>;
}

export interface SettingsState {
  factoryDefaults: Record<string, SettingValue>;
  settings: Record<string, Setting>;
  /** Highest release counter applied per stream (D3); survives a factory reset. */
  releaseCounters: Record<string, number>;
  /** Applied migrations, oldest first; survives a factory reset. */
  history: AppliedMigration[];
}

/** Time always comes in as an argument (D1): an ISO-8601 string or a Date. */
export type Instant = string | Date;

export function toIsoInstant(now: Instant): string {
  const ms = now instanceof Date ? now.getTime() : Date.parse(now);
  if (Number.isNaN(ms)) {
    const found = JSON.stringify(String(now));
    throw new SettingsError('INVALID_INPUT', `now must be a valid ISO-8601 instant or Date, got ${found}`);
  }
  return new Date(ms).toISOString();
}

/** Own-property lookups only: keys come from manifests and must never reach `Object.prototype`. */
export function settingOf(state: SettingsState, key: string): Setting | null {
  return Object.hasOwn(state.settings, key) ? state.settings[key] : null;
}

export function factoryDefaultOf(state: SettingsState, key: string): { value: SettingValue } | null {
  return Object.hasOwn(state.factoryDefaults, key) ? { value: state.factoryDefaults[key] } : null;
}

/** The value a device uses for `key`: its setting, else the factory default, else undefined (unknown key). */
export function readValue(state: SettingsState, key: string): SettingValue | undefined {
  const setting = settingOf(state, key);
  if (setting !== null) return setting.value;
  return factoryDefaultOf(state, key)?.value;
}

/**
 * Copy of `record` with `key` set to `entry`, or removed when `entry` is undefined; other keys keep their order.
 * Built with `Object.fromEntries` so that even a hostile key becomes an own property, never a prototype.
 */
export function withEntry<T>(record: Record<string, T>, key: string, entry: T | undefined): Record<string, T> {
  const entries = Object.entries(record);
  const at = entries.findIndex(([k]) => k === key);
  if (entry === undefined) return at < 0 ? record : Object.fromEntries(entries.filter(([k]) => k !== key));
  if (at < 0) entries.push([key, entry]);
  else entries[at] = [key, entry];
  return Object.fromEntries(entries);
}

export function withSetting(state: SettingsState, key: string, setting: Setting | null): SettingsState {
  return { ...state, settings: withEntry(state.settings, key, setting ?? undefined) };
}

export function withFactoryDefault(state: SettingsState, key: string, entry: { value: SettingValue } | null): SettingsState {
  return { ...state, factoryDefaults: withEntry(state.factoryDefaults, key, entry?.value) };
}

export function settingsEqual(a: Setting | null, b: Setting | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.value === b.value && a.source === b.source && a.updatedAt === b.updatedAt && a.consent?.surface === b.consent?.surface && a.consent?.at === b.consent?.at
  );
}

export function defaultsEqual(a: { value: SettingValue } | null, b: { value: SettingValue } | null): boolean {
  return a === null || b === null ? a === b : a.value === b.value;
}
