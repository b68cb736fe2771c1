import {
  IN_PROGRESS_STATUSES,
  statusMayFollow,
  type ApiErrorCode,
  type DeviceErrorCode,
  type DeviceRolloutStatus,
  type KeyOutcome,
  type ReportedTarget,
} from '@app/protocol';
import { byLockOrder, type SqlTx } from '../database/sql-db';
import { appendEvents, pruneEvents, type DeviceEventRow } from './device-event.repository';
import type { OutcomeDeltas } from './rollout-outcome.repository';
import type { CountDeltas } from './rollout-stage-count.repository';

/** Rows per multi-row INSERT of offers: 6 parameters each stays far below both databases' parameter limits. */
const OFFER_CHUNK = 200;

export interface OfferRow {
  rolloutId: string;
  deviceId: string;
  stageIndex: number;
  offeredAt: string;
  /** The device had timed out in this rollout: its row goes back to `offered` (D4: it may be offered again). */
  reoffer?: boolean;
}

const byRolloutThenDevice = (a: { rolloutId: string; deviceId: string }, b: { rolloutId: string; deviceId: string }) =>
  byLockOrder(a.rolloutId, b.rolloutId) || byLockOrder(a.deviceId, b.deviceId);

/**
 * Writes `offered` states and counts the new ones. A state already there (a report arrived first, another
 * instance offered first) is left alone and not counted; a timed-out one is offered again. Rows go in key
 * order, as every writer of these rows does (PostgreSQL row locks in one order: no deadlock).
 */
export async function insertOffers(tx: SqlTx, rows: readonly OfferRow[], counts: CountDeltas): Promise<void> {
  const sorted = [...rows].sort(byRolloutThenDevice);
  const p = tx.p;
  const events: DeviceEventRow[] = [];
  for (const o of sorted.filter((r) => r.reoffer)) {
    const back = await tx.all<{ stage_index: number | string }>(
      `UPDATE device_rollout SET status = 'offered', code = NULL, message = NULL, offered_at = ${p(1)}, updated_at = ${p(2)} ` +
        `WHERE rollout_id = ${p(3)} AND device_id = ${p(4)} AND status = 'timed-out' RETURNING stage_index`,
      [o.offeredAt, o.offeredAt, o.rolloutId, o.deviceId],
    );
    for (const r of back) counts.move(o.rolloutId, Number(r.stage_index), 'timed-out', 'offered');
    if (back.length > 0) events.push(offerEvent(o));
  }
  for (let i = 0; i < sorted.length; i += OFFER_CHUNK) {
    const chunk = sorted.slice(i, i + OFFER_CHUNK);
    const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => p(r * 6 + c)).join(', ')}, NULL)`).join(', ');
    const inserted = await tx.all<{ rollout_id: string; device_id: string; stage_index: number | string }>(
      `INSERT INTO device_rollout (rollout_id, device_id, status, stage_index, offered_at, updated_at, code) VALUES ${values} ` +
        'ON CONFLICT (rollout_id, device_id) DO NOTHING RETURNING rollout_id, device_id, stage_index',
      chunk.flatMap((o) => [o.rolloutId, o.deviceId, 'offered', o.stageIndex, o.offeredAt, o.offeredAt]),
    );
    for (const r of inserted) counts.add(r.rollout_id, Number(r.stage_index), 'offered', 1);
    const at = new Map(chunk.map((o) => [`${o.rolloutId} ${o.deviceId}`, o.offeredAt]));
    for (const r of inserted) events.push(offerEvent({ rolloutId: r.rollout_id, deviceId: r.device_id, offeredAt: at.get(`${r.rollout_id} ${r.device_id}`)! }));
  }
  await appendEvents(tx, events);
}

function offerEvent(o: Pick<OfferRow, 'rolloutId' | 'deviceId' | 'offeredAt'>): DeviceEventRow {
  return { deviceId: o.deviceId, at: o.offeredAt, rolloutId: o.rolloutId, status: 'offered', code: null, message: null };
}

/**
 * The devices with a state in `rolloutId` whose ids lie in [fromId, toId]: one range of the primary key, so a
 * census walking the registry page by page reads each page's members in one statement.
 */
export async function rolloutMembersBetween(tx: SqlTx, rolloutId: string, fromId: string, toId: string): Promise<Set<string>> {
  const p = tx.p;
  const rows = await tx.all<{ device_id: string }>(
    `SELECT device_id FROM device_rollout WHERE rollout_id = ${p(1)} AND device_id >= ${p(2)} AND device_id <= ${p(3)}`,
    [rolloutId, fromId, toId],
  );
  return new Set(rows.map((r) => r.device_id));
}

/** One device's status report, as the main thread hands it to the write job (validated, bound to the device). */
export interface ReportItem {
  deviceId: string;
  rolloutId: string;
  status: DeviceRolloutStatus;
  code: string | null;
  target: ReportedTarget;
  outcomes?: readonly KeyOutcome[];
  /** The agent's short fixed text (at most STATUS_MESSAGE_MAX characters, one line). */
  message?: string | null;
  /** Stage at which the live rollout would offer this device now: its offer was made (maybe by another instance). */
  impliedStage?: number;
}

export type ReportResult = { kind: 'stored' } | { kind: 'duplicate' } | { kind: 'refused'; status: 404 | 409; code: ApiErrorCode; message: string };

/** What a report is checked against: the target path and SHA-256 of the release its rollout ships. */
export interface RolloutRelease {
  targetPath: string;
  sha256: string | null;
}

export async function rolloutReleaseOf(tx: SqlTx, rolloutId: string): Promise<RolloutRelease | undefined> {
  const [row] = await tx.all<{ target_path: string; sha256: string | null }>(
    'SELECT rel.target_path, t.sha256 FROM rollout r JOIN "release" rel ON rel.id = r.release_id LEFT JOIN tuf_target t ON t.path = rel.target_path ' +
      `WHERE r.id = ${tx.p(1)}`,
    [rolloutId],
  );
  return row && { targetPath: row.target_path, sha256: row.sha256 };
}

export interface ReportContext {
  now: string;
  counts: CountDeltas;
  outcomes: OutcomeDeltas;
  releases: Map<string, RolloutRelease | undefined>;
}

/**
 * D4 status report: bound to the offer (the target and hash the device verified must be the rollout's
 * release), idempotent (the same report again is a duplicate and changes nothing), in order (statusMayFollow).
 * A refused report writes nothing.
 */
export async function applyReport(tx: SqlTx, r: ReportItem, ctx: ReportContext): Promise<ReportResult> {
  if (!ctx.releases.has(r.rolloutId)) ctx.releases.set(r.rolloutId, await rolloutReleaseOf(tx, r.rolloutId));
  const release = ctx.releases.get(r.rolloutId);
  if (!release) return refused(404, 'NOT_FOUND', `rollout ${r.rolloutId} not found`);
  const mismatch = targetMismatch(r.target, release);
  if (mismatch) return refused(409, 'REPORT_MISMATCH', mismatch);
  // Each pass either answers or sees the row move on (another instance's report): this ends within a few passes.
  for (let pass = 0; pass < 5; pass += 1) {
    const row = (await stateOf(tx, r.rolloutId, r.deviceId)) ?? (await impliedOffer(tx, r, ctx));
    if (!row) return refused(404, 'NOT_FOUND', `rollout ${r.rolloutId} was never offered to this device`);
    if (row.status === r.status && (row.code ?? null) === r.code) return { kind: 'duplicate' };
    if (!statusMayFollow(row.status, r.status)) return refused(409, 'OUT_OF_ORDER', `status "${r.status}" cannot follow "${row.status}"`);
    // Compare-and-set on the status read: of identical reports racing through two instances, one moves the row.
    const moved = await tx.run(
      `UPDATE device_rollout SET status = ${tx.p(1)}, code = ${tx.p(2)}, message = ${tx.p(3)}, updated_at = ${tx.p(4)} ` +
        `WHERE rollout_id = ${tx.p(5)} AND device_id = ${tx.p(6)} AND status = ${tx.p(7)}`,
      [r.status, r.code, r.message ?? null, ctx.now, r.rolloutId, r.deviceId, row.status],
    );
    if (moved !== 1) continue;
    ctx.counts.move(r.rolloutId, row.stageIndex, row.status, r.status);
    await recordEvent(tx, { deviceId: r.deviceId, at: ctx.now, rolloutId: r.rolloutId, status: r.status, code: r.code, message: r.message ?? null });
    if (r.status === 'succeeded') for (const o of r.outcomes ?? []) ctx.outcomes.add(r.rolloutId, o);
    return { kind: 'stored' };
  }
  return refused(409, 'CONFLICT', 'the device state kept changing meanwhile; report again');
}

/**
 * The transition as an event. An install ends in a final status (or times out): pruning then, not at every
 * progress report, keeps the device's log bounded (EVENTS_KEPT plus one install's few) for one statement per
 * install instead of one per report.
 */
async function recordEvent(tx: SqlTx, e: DeviceEventRow): Promise<void> {
  await appendEvents(tx, [e]);
  if (!IN_PROGRESS_STATUSES.includes(e.status)) await pruneEvents(tx, e.deviceId);
}

function targetMismatch(target: ReportedTarget, release: RolloutRelease): string | undefined {
  if (target.path !== release.targetPath) return `the rollout ships ${release.targetPath}, the report names ${target.path}`;
  if (target.sha256 !== undefined && release.sha256 !== null && target.sha256 !== release.sha256) {
    return `the rollout's target ${release.targetPath} has SHA-256 ${release.sha256}, the report names ${target.sha256}`;
  }
  return undefined;
}

interface StateRow {
  status: DeviceRolloutStatus;
  code: string | null;
  stageIndex: number;
}

async function stateOf(tx: SqlTx, rolloutId: string, deviceId: string): Promise<StateRow | undefined> {
  const [row] = await tx.all<{ status: DeviceRolloutStatus; code: string | null; stage_index: number | string }>(
    `SELECT status, code, stage_index FROM device_rollout WHERE rollout_id = ${tx.p(1)} AND device_id = ${tx.p(2)}`,
    [rolloutId, deviceId],
  );
  return row && { status: row.status, code: row.code, stageIndex: Number(row.stage_index) };
}

/** With several instances the offer may sit in another instance's buffer: the live rollout's answer stands for it. */
async function impliedOffer(tx: SqlTx, r: ReportItem, ctx: ReportContext): Promise<StateRow | undefined> {
  if (r.impliedStage === undefined) return undefined;
  await insertOffers(tx, [{ rolloutId: r.rolloutId, deviceId: r.deviceId, stageIndex: r.impliedStage, offeredAt: ctx.now }], ctx.counts);
  return stateOf(tx, r.rolloutId, r.deviceId);
}

function refused(status: 404 | 409, code: ApiErrorCode, message: string): ReportResult {
  return { kind: 'refused', status, code, message };
}

const IN_PROGRESS_LIST = IN_PROGRESS_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * D4: in-progress devices that did not move since `cutoff` become `timed-out` (at most `limit` per call, in a
 * short transaction). Returns their ids. The partial (rollout_id, status, updated_at) index of in-progress rows
 * makes this a range read of the few stuck rows, not a walk over a million finished ones.
 */
export async function timeOutStuck(tx: SqlTx, rolloutId: string, cutoff: string, now: string, limit: number, counts: CountDeltas): Promise<string[]> {
  const p = tx.p;
  // sqlite without statistics prefers the primary key for ORDER BY device_id and walks every device of the
  // rollout: it is told which index to use. PostgreSQL locks the rows it reads, in device order like every writer.
  const from = tx.dialect === 'postgres' ? 'device_rollout' : 'device_rollout INDEXED BY ix_device_rollout_progress';
  const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
  const stuck = await tx.all<{ device_id: string; status: DeviceRolloutStatus; stage_index: number | string }>(
    `SELECT device_id, status, stage_index FROM ${from} WHERE rollout_id = ${p(1)} AND status IN (${IN_PROGRESS_LIST}) AND updated_at < ${p(2)} ` +
      `ORDER BY device_id LIMIT ${p(3)}${lock}`,
    [rolloutId, cutoff, limit],
  );
  const timedOut: string[] = [];
  for (const row of stuck) {
    const moved = await tx.run(
      `UPDATE device_rollout SET status = 'timed-out', updated_at = ${p(1)} WHERE rollout_id = ${p(2)} AND device_id = ${p(3)} AND status = ${p(4)}`,
      [now, rolloutId, row.device_id, row.status],
    );
    if (moved !== 1) continue;
    counts.move(rolloutId, Number(row.stage_index), row.status, 'timed-out');
    await recordEvent(tx, { deviceId: row.device_id, at: now, rolloutId, status: 'timed-out', code: null, message: null });
    timedOut.push(row.device_id);
  }
  return timedOut;
}

/** A device's state in one rollout as the offer book loads it. */
export interface DeviceStateRow {
  device_id: string;
  status: DeviceRolloutStatus;
}

/** A page of a rollout's device states in device id order, after `afterDeviceId` (the offer book's load). */
export function deviceStatesPage(tx: SqlTx, rolloutId: string, afterDeviceId: string, limit: number): Promise<DeviceStateRow[]> {
  const p = tx.p;
  return tx.all<DeviceStateRow>(
    `SELECT device_id, status FROM device_rollout WHERE rollout_id = ${p(1)} AND device_id > ${p(2)} ORDER BY device_id LIMIT ${p(3)}`,
    [rolloutId, afterDeviceId, limit],
  );
}

export interface ChangedStateRow extends DeviceStateRow {
  updated_at: string;
}

/**
 * A page of the device states changed since `since`, in (updated_at, device_id) order so that the
 * (rollout_id, updated_at) index serves it (ordered by device id, sqlite walked the primary key through every
 * device of the rollout: ~200 ms at a million, every tick). `after` is the last row of the previous page.
 */
export function changedStatesPage(tx: SqlTx, rolloutId: string, since: string, limit: number, after?: { at: string; id: string }): Promise<ChangedStateRow[]> {
  const p = tx.p;
  if (!after) {
    return tx.all<ChangedStateRow>(
      `SELECT device_id, status, updated_at FROM device_rollout WHERE rollout_id = ${p(1)} AND updated_at > ${p(2)} ORDER BY updated_at, device_id LIMIT ${p(3)}`,
      [rolloutId, since, limit],
    );
  }
  return tx.all<ChangedStateRow>(
    `SELECT device_id, status, updated_at FROM device_rollout WHERE rollout_id = ${p(1)} AND updated_at >= ${p(2)} AND (updated_at > ${p(3)} OR device_id > ${p(4)}) ` +
      `ORDER BY updated_at, device_id LIMIT ${p(5)}`,
    [rolloutId, after.at, after.at, after.id, limit],
  );
}

/** One device's rollouts, oldest offer first (the admin's view of a device). */
export interface DeviceRolloutHistoryItem {
  rolloutId: string;
  status: DeviceRolloutStatus;
  code: DeviceErrorCode | null;
  stageIndex: number;
  offeredAt: string;
  updatedAt: string;
}

export async function rolloutsOfDevice(tx: SqlTx, deviceId: string): Promise<DeviceRolloutHistoryItem[]> {
  const rows = await tx.all<{
    rollout_id: string;
    status: DeviceRolloutStatus;
    code: DeviceErrorCode | null;
    stage_index: number | string;
    offered_at: string;
    updated_at: string;
  }>(`SELECT rollout_id, status, code, stage_index, offered_at, updated_at FROM device_rollout WHERE device_id = ${tx.p(1)} ORDER BY offered_at`, [deviceId]);
  return rows.map((r) => ({
    rolloutId: r.rollout_id,
    status: r.status,
    code: r.code,
    stageIndex: Number(r.stage_index),
    offeredAt: r.offered_at,
    updatedAt: r.updated_at,
  }));
}
