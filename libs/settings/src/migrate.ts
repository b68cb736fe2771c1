/**
 * The migration engine (D2): a manifest's ops applied in order to a settings state, all or nothing. Pure: the
 * input state is never mutated, and an invalid op list or an unknown revert throws before anything is returned.
 */
import type { KeyOutcome } from '@app/protocol';
import { SettingsError } from './errors';
import { type Instant, type SettingsState, toIsoInstant } from './model';
import { type OpStep, force, remove, rename, setFactoryDefault, setIfAbsent, setIfEquals, setIfNotUserChosen } from './ops';
import { findMigration, recordMigration, revert } from './revert';
import { type MigrationOp, migrationIdSchema, parseMigrationOps, parseOrThrow } from './schema';

export interface MigrationContext {
  /** Names the history entry, so a later `revert {migrationId}` can undo this migration. Unique per device. */
  migrationId: string;
  now: Instant;
}

export interface MigrationResult {
  state: SettingsState;
  /** One per key per op, in op order (D2); `rename` reports both keys, `revert` every key it restores. */
  outcomes: KeyOutcome[];
}

function applyOp(state: SettingsState, op: MigrationOp, at: string): OpStep {
  switch (op.op) {
    case 'setFactoryDefault':
      return setFactoryDefault(state, op);
    case 'setIfNotUserChosen':
      return setIfNotUserChosen(state, op, at);
    case 'setIfEquals':
      return setIfEquals(state, op, at);
    case 'setIfAbsent':
      return setIfAbsent(state, op, at);
    case 'force':
      return force(state, op, at);
    case 'rename':
      return rename(state, op);
    case 'remove':
      return remove(state, op);
    case 'revert':
      return revert(state, op);
  }
}

/** Applies `ops` in order and records the migration in the history with every key it changed. */
export function applyMigrations(state: SettingsState, ops: readonly MigrationOp[], context: MigrationContext): MigrationResult {
  const at = toIsoInstant(context.now);
  const migrationId = parseOrThrow(migrationIdSchema, context.migrationId, 'migration id', 'INVALID_INPUT');
  const validOps = parseMigrationOps(ops);
  if (findMigration(state, migrationId) !== undefined) {
    throw new SettingsError(
      'DUPLICATE_MIGRATION',
      `expected a migration id not yet in the history, got ${JSON.stringify(migrationId)} which was applied before`,
    );
  }
  let next = state;
  const outcomes: KeyOutcome[] = [];
  for (const op of validOps) {
    const step = applyOp(next, op, at);
    next = step.state;
    outcomes.push(...step.outcomes);
  }
  const entry = recordMigration(state, next, migrationId, at);
  return { state: { ...next, history: [...next.history, entry] }, outcomes };
}
