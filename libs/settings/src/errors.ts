import { CodedError } from '@app/protocol';

/** Every way the settings lib refuses or fails. A code, once shipped, keeps its meaning (agents report them). */
export const SETTINGS_ERROR_CODES = [
  /** An op list, key, value, surface or instant did not pass validation. */
  'INVALID_INPUT',
  /** `setUserValue` on a key that neither the settings nor the factory-defaults table holds. */
  'UNKNOWN_KEY',
  /** `setUserValue` with a value of another JSON type than the key's current value. */
  'TYPE_MISMATCH',
  /** `revert` names a migration that is not in the applied history. */
  'UNKNOWN_MIGRATION',
  /** A migration id that is already in the applied history (ids name history entries for `revert`). */
  'DUPLICATE_MIGRATION',
  /** A release counter lower than the one already applied on its stream (D3 anti-rollback). */
  'ROLLBACK',
  /** Storage holds no settings state yet: call `initialiseState` first. */
  'STATE_MISSING',
  /** Storage holds a state file that does not parse or validate. */
  'STATE_CORRUPT',
  /** Storage holds a journal that does not parse or validate: recovery cannot decide safely. */
  'JOURNAL_CORRUPT',
  /** An unfinished journal is present: run `recoverAtBoot` before reading or writing the state. */
  'RECOVERY_REQUIRED',
  /** The storage medium failed (I/O error); `cause` holds the original error. */
  'STORAGE_FAILED',
  /** Fault injection cut the power (tests and the fleet emulator); the storage instance is dead afterwards. */
  'SIMULATED_CRASH',
] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

/** The one error class of this lib: a stable `code`, a message saying what was expected and what was found. */
export class SettingsError extends CodedError<SettingsErrorCode> {
  override readonly name = 'SettingsError';
}

export function isSettingsError(error: unknown, code?: SettingsErrorCode): error is SettingsError {
  return error instanceof SettingsError && (code === undefined || error.code === code);
}
