/**
 * The settings state on device storage: one JSON file, replaced only by an atomic rename (storage.ts). Reading or
 * writing it while a journal is pending would mix an unfinished update with new data, so both refuse until
 * `recoverAtBoot` has run.
 */
import { z } from 'zod';
import { SettingsError } from './errors';
import type { Instant, SettingValue, SettingsState } from './model';
import { parseOrThrow, settingsStateSchema } from './schema';
import { createInitialState } from './settings';
import { type SettingsStorage, writeDurably } from './storage';

export const STATE_FILE = 'settings.json';
export const JOURNAL_FILE = 'settings.journal.json';

const stateFileSchema = z.strictObject({ schema: z.literal('settings-state/1'), state: settingsStateSchema });

export function serializeState(state: SettingsState): string {
  return JSON.stringify({ schema: 'settings-state/1', state }, null, 2);
}

/** JSON.parse that reports a torn or garbled file with `code`, naming the file. */
export function parseJsonFile(raw: string, name: string, code: 'STATE_CORRUPT' | 'JOURNAL_CORRUPT'): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const found = `${raw.length} bytes that do not parse`;
    throw new SettingsError(code, `expected ${name} to hold JSON, got ${found}`, { cause: error });
  }
}

async function readStateFile(storage: SettingsStorage): Promise<SettingsState | undefined> {
  const raw = await storage.read(STATE_FILE);
  if (raw === undefined) return undefined;
  const file = parseOrThrow(stateFileSchema, parseJsonFile(raw, STATE_FILE, 'STATE_CORRUPT'), STATE_FILE, 'STATE_CORRUPT');
  return file.state;
}

export async function assertNoPendingJournal(storage: SettingsStorage): Promise<void> {
  if ((await storage.read(JOURNAL_FILE)) !== undefined) {
    const message = `expected no pending journal, found ${JOURNAL_FILE}: run recoverAtBoot first`;
    throw new SettingsError('RECOVERY_REQUIRED', message);
  }
}

/** The committed state. Throws `STATE_MISSING` before `initialiseState`, `RECOVERY_REQUIRED` with a pending journal. */
export async function loadState(storage: SettingsStorage): Promise<SettingsState> {
  await assertNoPendingJournal(storage);
  const state = await readStateFile(storage);
  if (state === undefined) {
    const message = `expected ${STATE_FILE} in settings storage, found none: call initialiseState first`;
    throw new SettingsError('STATE_MISSING', message);
  }
  return state;
}

/** Durably replaces the whole state, e.g. after `setUserValue`. A single atomic rename: old or new, never mixed. */
export async function saveState(storage: SettingsStorage, state: SettingsState): Promise<void> {
  const valid = parseOrThrow(settingsStateSchema, state, 'settings state to save', 'INVALID_INPUT');
  await assertNoPendingJournal(storage);
  await writeDurably(storage, STATE_FILE, serializeState(valid));
}

/**
 * First boot: stores a state built from the firmware's factory defaults. A device that already has a state keeps
 * it (its defaults may have been changed by an OTA since) and gets it back unchanged.
 */
export async function initialiseState(
  storage: SettingsStorage,
  factoryDefaults: Record<string, SettingValue>,
  options: { now: Instant },
): Promise<SettingsState> {
  const initial = createInitialState(factoryDefaults, options);
  await assertNoPendingJournal(storage);
  const existing = await readStateFile(storage);
  if (existing !== undefined) return existing;
  await writeDurably(storage, STATE_FILE, serializeState(initial));
  return initial;
}
