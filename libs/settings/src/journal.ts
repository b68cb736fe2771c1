/**
 * Atomic apply across power loss (D2): journal the intent and the previous state, write the new state, commit by
 * removing the journal. The release counter lives in the same state file, so it advances exactly when the
 * migration commits and never before. On boot an unfinished journal is rolled back: the state is always wholly
 * old or wholly new, and the agent learns which update was interrupted so it can report `rolled-back` (D4).
 * (With the whole state in one file its atomic rename would suffice on its own; the journal is what D2 asks for on
 * top: the intent and the previous values outlive a power cut, and the protocol stays sound if state ever spans
 * several files. Rolling back rather than forward keeps recovery independent of the engine's version.)
 */
import { z } from 'zod';
import { SettingsError } from './errors';
import { type MigrationContext, type MigrationResult, applyMigrations } from './migrate';
import { type Instant, type SettingsState, toIsoInstant, withEntry } from './model';
import { JOURNAL_FILE, STATE_FILE, loadState, parseJsonFile, serializeState } from './persist';
import { type MigrationOp, migrationIdSchema, parseOrThrow, settingsStateSchema, streamSchema } from './schema';
import { factoryReset } from './settings';
import { type SettingsStorage, TMP_SUFFIX, removeDurably, writeDurably } from './storage';

const releaseCounterSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const intentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('migrate'),
    migrationId: migrationIdSchema,
    stream: streamSchema,
    releaseCounter: releaseCounterSchema,
  }),
  z.strictObject({ kind: z.literal('factory-reset') }),
]);
const journalSchema = z.strictObject({
  schema: z.literal('settings-journal/1'),
  intent: intentSchema,
  startedAt: z.iso.datetime(),
  previous: settingsStateSchema,
});

export type JournalIntent = z.infer<typeof intentSchema>;

export interface ApplyContext extends MigrationContext {
  /** The manifest's stream and release counter (D3): the counter must not go below the one applied. */
  stream: string;
  releaseCounter: number;
}

export interface ApplyResult extends MigrationResult {
  /** `already-applied` when the stream's counter already equals `releaseCounter` (D3: a no-op, nothing written). */
  status: 'applied' | 'already-applied';
}

export type RecoveryReport = { action: 'none' } | { action: 'rolled-back'; intent: JournalIntent; startedAt: string };

/** Journal, apply, commit. The journal's durable removal is the commit point. */
async function commitThroughJournal(
  storage: SettingsStorage,
  intent: JournalIntent,
  startedAt: string,
  previous: SettingsState,
  next: SettingsState,
): Promise<void> {
  const journal = { schema: 'settings-journal/1', intent, startedAt, previous };
  await writeDurably(storage, JOURNAL_FILE, JSON.stringify(journal));
  await writeDurably(storage, STATE_FILE, serializeState(next));
  await removeDurably(storage, JOURNAL_FILE);
}

/** Checks the counter against the stream's last applied one: equal means already applied, lower is a rollback. */
function isAlreadyApplied(state: SettingsState, stream: string, releaseCounter: number): boolean {
  const applied = Object.hasOwn(state.releaseCounters, stream) ? state.releaseCounters[stream] : undefined;
  if (applied === undefined || releaseCounter > applied) return false;
  if (releaseCounter === applied) return true;
  throw new SettingsError('ROLLBACK', `releaseCounter on stream ${JSON.stringify(stream)} must exceed ${applied}, got ${releaseCounter}`);
}

/** Applies a manifest's migrations durably and advances its stream's release counter, all or nothing. */
export async function applyAtomically(storage: SettingsStorage, ops: readonly MigrationOp[], context: ApplyContext): Promise<ApplyResult> {
  const stream = parseOrThrow(streamSchema, context.stream, 'stream', 'INVALID_INPUT');
  const releaseCounter = parseOrThrow(releaseCounterSchema, context.releaseCounter, 'releaseCounter', 'INVALID_INPUT');
  const previous = await loadState(storage);
  if (isAlreadyApplied(previous, stream, releaseCounter)) {
    return { state: previous, outcomes: [], status: 'already-applied' };
  }
  const migrated = applyMigrations(previous, ops, context);
  const next = { ...migrated.state, releaseCounters: withEntry(migrated.state.releaseCounters, stream, releaseCounter) };
  const intent: JournalIntent = { kind: 'migrate', migrationId: context.migrationId, stream, releaseCounter };
  await commitThroughJournal(storage, intent, toIsoInstant(context.now), previous, next);
  return { state: next, outcomes: migrated.outcomes, status: 'applied' };
}

/** D2 factory reset, durably: after a power cut the device is either wholly reset or wholly as before. */
export async function factoryResetAtomically(storage: SettingsStorage, options: { now: Instant }): Promise<SettingsState> {
  const previous = await loadState(storage);
  const next = factoryReset(previous, options);
  await commitThroughJournal(storage, { kind: 'factory-reset' }, toIsoInstant(options.now), previous, next);
  return next;
}

/**
 * Run once at boot, before anything reads the state. Leftover temp files are dropped (their rename never became
 * durable); a pending journal is rolled back by restoring the previous state it holds, then removed. Idempotent:
 * a power cut during recovery leaves the journal in place and the next boot repeats it.
 */
export async function recoverAtBoot(storage: SettingsStorage): Promise<RecoveryReport> {
  for (const name of [STATE_FILE + TMP_SUFFIX, JOURNAL_FILE + TMP_SUFFIX]) {
    if ((await storage.read(name)) !== undefined) await storage.remove(name);
  }
  const raw = await storage.read(JOURNAL_FILE);
  if (raw === undefined) return { action: 'none' };
  const json = parseJsonFile(raw, JOURNAL_FILE, 'JOURNAL_CORRUPT');
  const journal = parseOrThrow(journalSchema, json, JOURNAL_FILE, 'JOURNAL_CORRUPT');
  await writeDurably(storage, STATE_FILE, serializeState(journal.previous));
  await removeDurably(storage, JOURNAL_FILE);
  return { action: 'rolled-back', intent: journal.intent, startedAt: journal.startedAt };
}
