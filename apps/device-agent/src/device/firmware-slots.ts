/**
 * A/B firmware slots (D2, D8). An update writes its image to the inactive slot and marks it `pending`; the new
 * slot boots on trial and migrates the settings (the commit point, @app/settings journal); only then does it
 * become the active slot. The slot table is one file replaced atomically, so a power cut leaves either the
 * old table or the new one, and `reconcileAtBoot` ties the table to the settings: a pending slot whose release
 * the settings have committed is activated (roll forward), any other pending slot is dropped (roll back).
 * Either way the device boots wholly old (firmware + settings) or wholly new.
 */
import { KEY_OUTCOME_RESULTS, MIGRATION_OPS } from '@app/protocol';
import type { KeyOutcome } from '@app/protocol';
import { z } from 'zod';

export const SLOT_NAMES = ['A', 'B'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/** A release this device installed, with the per-key outcomes of its migration (D2). */
export interface InstalledRelease {
  manifestId: string;
  stream: string;
  releaseCounter: number;
  outcomes: KeyOutcome[];
}

export interface SlotTable {
  schema: 'firmware-slots/1';
  active: SlotName;
  /** The image in each slot: here simply the firmware version it runs. */
  slots: Record<SlotName, { version: string } | null>;
  /** An image written to the inactive slot whose install has not committed yet. */
  pending: { slot: SlotName; release: InstalledRelease } | null;
  /** The last committed install; `reported` turns true once the server acknowledged its `succeeded`. */
  lastInstall: (InstalledRelease & { reported: boolean }) | null;
}

const outcomeSchema = z.strictObject({
  key: z.string(),
  op: z.enum(MIGRATION_OPS),
  result: z.enum(KEY_OUTCOME_RESULTS),
  reason: z.string().optional(),
});
const releaseShape = {
  manifestId: z.string().min(1),
  stream: z.string().min(1),
  releaseCounter: z.number().int().positive(),
  outcomes: z.array(outcomeSchema),
};
const slotSchema = z.strictObject({ version: z.string().min(1) }).nullable();
export const slotTableSchema: z.ZodType<SlotTable> = z
  .strictObject({
    schema: z.literal('firmware-slots/1'),
    active: z.enum(SLOT_NAMES),
    slots: z.strictObject({ A: slotSchema, B: slotSchema }),
    pending: z.strictObject({ slot: z.enum(SLOT_NAMES), release: z.strictObject(releaseShape) }).nullable(),
    lastInstall: z.strictObject({ ...releaseShape, reported: z.boolean() }).nullable(),
  })
  .refine((t) => t.slots[t.active] !== null, { message: 'expected the active slot to hold an image', path: ['active'] });

/** A device fresh from the factory: slot A runs the shipped firmware, slot B is empty. */
export function initialSlotTable(firmwareVersion: string): SlotTable {
  return { schema: 'firmware-slots/1', active: 'A', slots: { A: { version: firmwareVersion }, B: null }, pending: null, lastInstall: null };
}

export function activeVersion(table: SlotTable): string {
  const image = table.slots[table.active];
  if (image === null) throw new Error(`slot ${table.active} is active but empty`);
  return image.version;
}

export function inactiveSlot(table: SlotTable): SlotName {
  return table.active === 'A' ? 'B' : 'A';
}

/** Step 1 of an install: the new image goes to the inactive slot; the running slot is not touched. */
export function withImageWritten(table: SlotTable, version: string, release: InstalledRelease): SlotTable {
  const slot = inactiveSlot(table);
  return { ...table, slots: { ...table.slots, [slot]: { version } }, pending: { slot, release } };
}

/** The install committed: the new slot becomes the active one and the install is remembered for reporting. */
export function withPendingActivated(table: SlotTable, outcomes: KeyOutcome[]): SlotTable {
  if (table.pending === null) return table;
  const lastInstall = { ...table.pending.release, outcomes, reported: false };
  return { ...table, active: table.pending.slot, pending: null, lastInstall };
}

/** The install did not commit (failed boot, rejected or interrupted migration): keep running the old slot. */
export function withPendingDropped(table: SlotTable): SlotTable {
  return table.pending === null ? table : { ...table, pending: null };
}

export function withInstallReported(table: SlotTable): SlotTable {
  return table.lastInstall === null ? table : { ...table, lastInstall: { ...table.lastInstall, reported: true } };
}

export type BootReconciliation = 'none' | 'rolled-forward' | 'rolled-back';

/** At boot, after the settings journal was recovered: settle a pending slot by what the settings committed. */
export function reconcileAtBoot(table: SlotTable, releaseCounters: Record<string, number>): { table: SlotTable; action: BootReconciliation } {
  const pending = table.pending;
  if (pending === null) return { table, action: 'none' };
  const { stream, releaseCounter, outcomes } = pending.release;
  const applied = Object.hasOwn(releaseCounters, stream) ? releaseCounters[stream] : undefined;
  if (applied !== undefined && applied >= releaseCounter) return { table: withPendingActivated(table, outcomes), action: 'rolled-forward' };
  return { table: withPendingDropped(table), action: 'rolled-back' };
}
