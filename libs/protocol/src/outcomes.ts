/** Per-key migration outcomes (D2): what a device reports and the server aggregates. */
export const KEY_OUTCOME_RESULTS = ['applied', 'skipped:user-choice', 'skipped:condition', 'noop'] as const;
export type KeyOutcomeResult = (typeof KEY_OUTCOME_RESULTS)[number];

export const MIGRATION_OPS = ['setFactoryDefault', 'setIfNotUserChosen', 'setIfEquals', 'setIfAbsent', 'force', 'rename', 'remove', 'revert'] as const;
export type MigrationOpName = (typeof MIGRATION_OPS)[number];

export interface KeyOutcome {
  key: string;
  op: MigrationOpName;
  result: KeyOutcomeResult;
  /** Present for `force`: the manifest's stated reason, reported so overrides stay visible. */
  reason?: string;
}
