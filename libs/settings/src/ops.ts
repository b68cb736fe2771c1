/**
 * The effect of each D2 op on one state, with its per-key outcome. `revert` lives in revert.ts because it reads the
 * history. A value already equal to the target is `noop`; a user's choice is only ever overridden by `force`.
 */
import type { KeyOutcome, KeyOutcomeResult, MigrationOpName } from '@app/protocol';
import { type Setting, type SettingValue, type SettingsState, factoryDefaultOf, settingOf, withFactoryDefault, withSetting } from './model';
import type { MigrationOpOf } from './schema';

export interface OpStep {
  state: SettingsState;
  outcomes: KeyOutcome[];
}

export function outcomeOf(key: string, op: MigrationOpName, result: KeyOutcomeResult, reason?: string): KeyOutcome {
  return reason === undefined ? { key, op, result } : { key, op, result, reason };
}

/** Values written by a migration carry source `migration` and no consent: nobody agreed to them. */
function migrationValue(value: SettingValue, at: string): Setting {
  return { value, source: 'migration', updatedAt: at };
}

/**
 * Shared shape of the value-setting ops: `decide` sees the current setting (already known to differ from the
 * target) and either lets the change through or names why it is skipped.
 */
function setValueUnless(
  state: SettingsState,
  op: { op: MigrationOpName; key: string; value: SettingValue },
  at: string,
  decide: (current: Setting | null) => KeyOutcomeResult | 'change',
  reason?: string,
): OpStep {
  const current = settingOf(state, op.key);
  if (current !== null && current.value === op.value) {
    return { state, outcomes: [outcomeOf(op.key, op.op, 'noop', reason)] };
  }
  const decision = decide(current);
  if (decision !== 'change') return { state, outcomes: [outcomeOf(op.key, op.op, decision, reason)] };
  return {
    state: withSetting(state, op.key, migrationValue(op.value, at)),
    outcomes: [outcomeOf(op.key, op.op, 'applied', reason)],
  };
}

/** Changes the default of new users and of a factory reset; every current value stays (D2). */
export function setFactoryDefault(state: SettingsState, op: MigrationOpOf<'setFactoryDefault'>): OpStep {
  const current = factoryDefaultOf(state, op.key);
  if (current !== null && current.value === op.value) return { state, outcomes: [outcomeOf(op.key, op.op, 'noop')] };
  // The default changes either way; where a user's choice keeps this device on another value, say so, so release
  // engineers can count the users who chose (D2: "how many users had chosen to keep Cloud Messaging on").
  const setting = settingOf(state, op.key);
  const keptByUser = setting !== null && setting.source === 'user' && setting.value !== op.value;
  return {
    state: withFactoryDefault(state, op.key, { value: op.value }),
    outcomes: [outcomeOf(op.key, op.op, keptByUser ? 'skipped:user-choice' : 'applied')],
  };
}

/** Changes the value wherever the user has not chosen one, creating the key if it is missing. */
export function setIfNotUserChosen(state: SettingsState, op: MigrationOpOf<'setIfNotUserChosen'>, at: string): OpStep {
  return setValueUnless(state, op, at, (current) => (current?.source === 'user' ? 'skipped:user-choice' : 'change'));
}

/** Changes the value only where it still equals `expected`, and never a user's choice. */
export function setIfEquals(state: SettingsState, op: MigrationOpOf<'setIfEquals'>, at: string): OpStep {
  return setValueUnless(state, op, at, (current) => {
    if (current === null || current.value !== op.expected) return 'skipped:condition';
    return current.source === 'user' ? 'skipped:user-choice' : 'change';
  });
}

/** Adds a key the settings table does not hold yet; the factory defaults are left to `setFactoryDefault`. */
export function setIfAbsent(state: SettingsState, op: MigrationOpOf<'setIfAbsent'>, at: string): OpStep {
  return setValueUnless(state, op, at, (current) => (current === null ? 'change' : 'skipped:condition'));
}

/** Overrides even a user's choice (dropping its consent record); the reason is reported with the outcome. */
export function force(state: SettingsState, op: MigrationOpOf<'force'>, at: string): OpStep {
  return setValueUnless(state, op, at, () => 'change', op.reason);
}

/**
 * Schema change: the setting (with its source and consent) and the factory default move from `from` to `to`.
 * Reports both keys. Skipped when `to` is taken; `noop` when only `to` exists (already renamed).
 */
export function rename(state: SettingsState, op: MigrationOpOf<'rename'>): OpStep {
  const report = (result: KeyOutcomeResult, next: SettingsState): OpStep => ({
    state: next,
    outcomes: [outcomeOf(op.from, op.op, result), outcomeOf(op.to, op.op, result)],
  });
  const fromSetting = settingOf(state, op.from);
  const fromDefault = factoryDefaultOf(state, op.from);
  const toTaken = settingOf(state, op.to) !== null || factoryDefaultOf(state, op.to) !== null;
  if (fromSetting === null && fromDefault === null) return report(toTaken ? 'noop' : 'skipped:condition', state);
  if (toTaken) return report('skipped:condition', state);
  let next = withSetting(withSetting(state, op.from, null), op.to, fromSetting);
  next = withFactoryDefault(withFactoryDefault(next, op.from, null), op.to, fromDefault);
  return report('applied', next);
}

/** Schema change: the key leaves both the settings and the factory defaults, whoever chose its value. */
export function remove(state: SettingsState, op: MigrationOpOf<'remove'>): OpStep {
  if (settingOf(state, op.key) === null && factoryDefaultOf(state, op.key) === null) {
    return { state, outcomes: [outcomeOf(op.key, op.op, 'noop')] };
  }
  const next = withFactoryDefault(withSetting(state, op.key, null), op.key, null);
  return { state: next, outcomes: [outcomeOf(op.key, op.op, 'applied')] };
}
