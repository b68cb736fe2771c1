/** Builders and helpers shared by the specs of this lib (not exported from index.ts, not built). */
import { SettingsError, type SettingsErrorCode } from '../errors';
import type { Setting, SettingValue, SettingsState } from '../model';
import { createInitialState } from '../settings';

export const T0 = '2024-01-01T00:00:00.000Z';
export const T1 = '2024-02-01T00:00:00.000Z';
export const T2 = '2024-03-01T00:00:00.000Z';
export const T3 = '2024-04-01T00:00:00.000Z';

export const CLOUD_MESSAGING_SURFACE = 'Settings > Mi Cloud > Cloud Messaging';

/** A device fresh from the factory with `defaults` (a small mixed table unless told otherwise). */
const SMALL_TABLE: Record<string, SettingValue> = { 'a.flag': true, 'b.count': 3, 'c.name': 'x' };

export function aState(defaults: Record<string, SettingValue> = SMALL_TABLE): SettingsState {
  return createInitialState(defaults, { now: T0 });
}

/** `state` with `key` set to exactly `setting` (bypasses the rules: for arranging unusual states). */
export function withRawSetting(state: SettingsState, key: string, setting: Setting): SettingsState {
  return { ...state, settings: { ...state.settings, [key]: setting } };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The SettingsError `run` throws; fails the test when it throws something else or nothing. */
export function errorOf(run: () => unknown): SettingsError {
  try {
    run();
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError, but nothing was thrown');
}

export async function asyncErrorOf(run: () => Promise<unknown>): Promise<SettingsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError, but nothing was thrown');
}

export function codeOf(run: () => unknown): SettingsErrorCode {
  return errorOf(run).code;
}

export async function asyncCodeOf(run: () => Promise<unknown>): Promise<SettingsErrorCode> {
  return (await asyncErrorOf(run)).code;
}
