/**
 * @app/settings: the device settings model and the migration engine (D2). Plain TypeScript; time comes in as
 * `now` (ISO-8601 string or Date). Everything throws `SettingsError` with a stable `code`.
 *
 * Pure model and engine:
 *   createInitialState(factoryDefaults: Record<string, SettingValue>, { now }): SettingsState
 *   setUserValue(state, key, value, { now, surface? }): SettingsState   // source 'user'; consent when surface given
 *   factoryReset(state, { now }): SettingsState                         // settings := factory defaults, no consent
 *   readValue(state, key): SettingValue | undefined                     // setting, else factory default
 *   applyMigrations(state, ops: readonly MigrationOp[], { migrationId, now }): { state, outcomes: KeyOutcome[] }
 *   parseMigrationOps(input: unknown): MigrationOp[]                    // throws INVALID_INPUT listing every bad field
 *   migrationOpSchema / migrationOpsSchema                              // zod 4, for a manifest's `migrations`
 *
 * Durable, atomic across power loss (a `SettingsStorage` is a directory: openFileStorage(dir) or new MemoryStorage()):
 *   recoverAtBoot(storage): Promise<RecoveryReport>                     // run first at every boot
 *   initialiseState(storage, factoryDefaults, { now }): Promise<SettingsState>   // first boot; keeps an existing state
 *   loadState(storage): Promise<SettingsState>
 *   saveState(storage, state): Promise<void>                            // e.g. after setUserValue
 *   applyAtomically(storage, ops, { migrationId, now, stream, releaseCounter }): Promise<ApplyResult>
 *       // ApplyResult = { state, outcomes, status: 'applied' | 'already-applied' }; lower counter throws ROLLBACK
 *   fsyncPath(path, 'r+' | 'r'): Promise<void>                           // fsync a file or a directory (other durable writes)
 *   factoryResetAtomically(storage, { now }): Promise<SettingsState>
 *
 * Fault injection (tests, fleet emulator): new MemoryStorage({ files?, crashAfterWrites? }),
 * openFileStorage(dir, { crashAfterWrites? }). The n-th write (write/sync/rename/remove/syncDir) takes effect, then
 * the call throws SIMULATED_CRASH and the instance is dead; "reboot" by opening a new instance over the same disk
 * (for memory: new MemoryStorage({ files: crashed.durableFiles() }), which keeps only what was made durable).
 */
export { SETTINGS_ERROR_CODES, SettingsError, type SettingsErrorCode, isSettingsError } from './errors';
export {
  type AppliedMigration,
  type ConsentRecord,
  type Instant,
  type KeySnapshot,
  SETTING_SOURCES,
  type Setting,
  type SettingSource,
  type SettingValue,
  type SettingsState,
  readValue,
} from './model';
export { createInitialState, factoryReset, setUserValue } from './settings';
export {
  type MigrationOp,
  type MigrationOpOf,
  migrationOpSchema,
  migrationOpsSchema,
  parseMigrationOps,
  settingKeySchema,
  settingValueSchema,
  settingsStateSchema,
} from './schema';
export { type MigrationContext, type MigrationResult, applyMigrations } from './migrate';
export type { SettingsStorage } from './storage';
export { MemoryStorage, type MemoryStorageOptions } from './memory-storage';
export { FileStorage, type FileStorageOptions, fsyncPath, openFileStorage } from './file-storage';
export { initialiseState, loadState, saveState } from './persist';
export {
  type ApplyContext,
  type ApplyResult,
  type JournalIntent,
  type RecoveryReport,
  applyAtomically,
  factoryResetAtomically,
  recoverAtBoot,
} from './journal';
