/**
 * The applied-migration history and `revert {migrationId}` (D2): each migration records every key it changed,
 * before and after, so that a later revert can restore the values it replaced.
 */
import type { KeyOutcomeResult } from '@app/protocol';
import { SettingsError } from './errors';
import {
  type AppliedMigration,
  type KeySnapshot,
  type SettingsState,
  defaultsEqual,
  factoryDefaultOf,
  settingOf,
  settingsEqual,
  withFactoryDefault,
  withSetting,
} from './model';
import { type OpStep, outcomeOf } from './ops';
import type { MigrationOpOf } from './schema';

/** The history entry for a migration that turned `before` into `after`: only keys whose setting or default changed. */
export function recordMigration(before: SettingsState, after: SettingsState, migrationId: string, at: string): AppliedMigration {
  const candidates = new Set([
    ...Object.keys(before.settings),
    ...Object.keys(after.settings),
    ...Object.keys(before.factoryDefaults),
    ...Object.keys(after.factoryDefaults),
  ]);
  const keys: [string, KeySnapshot][] = [];
  for (const key of candidates) {
    const setting = { before: settingOf(before, key), after: settingOf(after, key) };
    const factoryDefault = { before: factoryDefaultOf(before, key), after: factoryDefaultOf(after, key) };
    if (!settingsEqual(setting.before, setting.after) || !defaultsEqual(factoryDefault.before, factoryDefault.after)) {
      keys.push([key, { setting, factoryDefault }]);
    }
  }
  return { migrationId, appliedAt: at, keys: Object.fromEntries(keys) };
}

export function findMigration(state: SettingsState, migrationId: string): AppliedMigration | undefined {
  return state.history.find((entry) => entry.migrationId === migrationId);
}

function unknownMigration(state: SettingsState, migrationId: string): SettingsError {
  const recent = state.history.slice(-5).map((entry) => JSON.stringify(entry.migrationId));
  const known = recent.length === 0 ? 'none applied yet' : `most recent: ${recent.join(', ')}`;
  return new SettingsError('UNKNOWN_MIGRATION', `revert expected the id of an applied migration (${known}), got ${JSON.stringify(migrationId)}`);
}

/**
 * One key of a revert. The setting is restored only where it is still exactly what the migration left, so a
 * value the user (or a later migration) set since is kept and reported as skipped. The factory default is
 * restored likewise; it is nobody's choice, so it does not decide the outcome unless the setting was a noop.
 */
function revertKey(state: SettingsState, key: string, snapshot: KeySnapshot): { state: SettingsState; result: KeyOutcomeResult } {
  let next = state;
  let result: KeyOutcomeResult;
  const current = settingOf(state, key);
  if (settingsEqual(current, snapshot.setting.before)) result = 'noop';
  else if (settingsEqual(current, snapshot.setting.after)) {
    next = withSetting(next, key, snapshot.setting.before);
    result = 'applied';
  } else result = current?.source === 'user' ? 'skipped:user-choice' : 'skipped:condition';

  const currentDefault = factoryDefaultOf(state, key);
  const { before, after } = snapshot.factoryDefault;
  if (!defaultsEqual(currentDefault, before) && defaultsEqual(currentDefault, after)) {
    next = withFactoryDefault(next, key, before);
    if (result === 'noop') result = 'applied';
  }
  return { state: next, result };
}

/** Restores the values a named earlier migration replaced; one outcome per key it had changed. */
export function revert(state: SettingsState, op: MigrationOpOf<'revert'>): OpStep {
  const entry = findMigration(state, op.migrationId);
  if (entry === undefined) throw unknownMigration(state, op.migrationId);
  let next = state;
  const outcomes = Object.entries(entry.keys).map(([key, snapshot]) => {
    const step = revertKey(next, key, snapshot);
    next = step.state;
    return outcomeOf(key, op.op, step.result);
  });
  return { state: next, outcomes };
}
