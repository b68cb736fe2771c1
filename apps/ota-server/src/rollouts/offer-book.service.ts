import { Inject, Injectable } from '@nestjs/common';
import { DEVICE_ROLLOUT_STATUSES, statusMayFollow, type DeviceRolloutStatus } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { changedStatesPage, deviceStatesPage, type OfferRow } from './device-rollout.repository';
import type { DeviceKey } from '../devices/device-key';
import { DeviceStateTable } from './device-state-table';

// Small pages: each is garbage once encoded, and the collector gets a turn between them (start-up RSS).
const PAGE = 10_000;
/** Another instance's clock may run behind ours (NTP keeps it within milliseconds): a sync re-reads this much. */
const SYNC_OVERLAP_MS = 10_000;
/**
 * Offers waiting to be written. While the database does not take them (an outage), polls stop making new offers
 * at this many (D6: buffers are bounded; a device not offered now is offered at a later poll).
 */
export const MAX_PENDING_OFFERS = 100_000;

/**
 * Which device is where in which live rollout, in memory for the poll hot path (D6). One compact table per
 * rollout from device id to the index of its status in DEVICE_ROLLOUT_STATUSES: a million device states cost
 * about 33 MB (see DeviceStateTable). Offers made by polls wait here until the next group commit
 * (DeviceStateWriter); other instances' offers and reports arrive by `sync`, run on every rollout tick.
 */
@Injectable()
export class OfferBook {
  private readonly byRollout = new Map<string, DeviceStateTable>();
  private pending = new Map<string, OfferRow>();
  private lastSync?: Date;

  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Loads a rollout's device states from the database, page by page, straight into the compact table. */
  async load(rolloutId: string): Promise<void> {
    const startedAt = this.clock.now();
    const pages: { ids: Uint32Array; statuses: Uint8Array }[] = [];
    const odd = new Map<string, number>();
    for (let after = ''; ;) {
      const rows = await this.storage.read((m) => deviceStatesPage(sqlTxOf(m), rolloutId, after, PAGE));
      pages.push(
        DeviceStateTable.encodePage(
          rows.map((r) => ({ id: r.device_id, status: DEVICE_ROLLOUT_STATUSES.indexOf(r.status) })),
          odd,
        ),
      );
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].device_id;
    }
    const table = DeviceStateTable.fromSortedPages(pages);
    table.addRecent(odd);
    // Offers made meanwhile, not yet written, stay known.
    for (const o of this.pending.values()) if (o.rolloutId === rolloutId) table.set(o.deviceId, OFFERED);
    this.byRollout.set(rolloutId, table);
    // What was just read needs no sync: the next one starts from here.
    this.lastSync ??= startedAt;
  }

  /** Forgets a rollout that is no longer live. */
  forget(rolloutId: string): void {
    this.byRollout.delete(rolloutId);
  }

  statusOf(rolloutId: string, deviceId: string): DeviceRolloutStatus | undefined {
    const i = this.byRollout.get(rolloutId)?.get(deviceId);
    return i === undefined ? undefined : DEVICE_ROLLOUT_STATUSES[i];
  }

  /** The hot path's lookup: the index of the device's status in DEVICE_ROLLOUT_STATUSES, by a parsed key. */
  statusIndexOf(rolloutId: string, key: DeviceKey): number | undefined {
    return this.byRollout.get(rolloutId)?.getByKey(key);
  }

  /** Records a status, when it may follow the one held (a late sync must not undo a newer report). */
  set(rolloutId: string, deviceId: string, status: DeviceRolloutStatus): void {
    const table = this.byRollout.get(rolloutId);
    if (table) this.setIn(table, deviceId, status);
  }

  private setIn(table: DeviceStateTable, deviceId: string, status: DeviceRolloutStatus): void {
    const current = table.get(deviceId);
    if (current !== undefined && !statusMayFollow(DEVICE_ROLLOUT_STATUSES[current], status)) return;
    table.set(deviceId, DEVICE_ROLLOUT_STATUSES.indexOf(status));
  }

  /** Whether polls may make new offers: not while the offers already made cannot be written (D6). */
  canOffer(): boolean {
    return this.pending.size < MAX_PENDING_OFFERS;
  }

  /** Records an offer in memory now and in the database with the next group commit. */
  offer(rolloutId: string, deviceId: string, stageIndex: number, reoffer: boolean): void {
    this.set(rolloutId, deviceId, 'offered');
    this.pending.set(`${rolloutId}|${deviceId}`, {
      rolloutId,
      deviceId,
      stageIndex,
      offeredAt: this.clock.now().toISOString(),
      ...(reoffer ? { reoffer } : {}),
    });
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** The offers waiting to be written; they are the caller's now (give them back with `restore` if it fails). */
  takePending(): OfferRow[] {
    if (this.pending.size === 0) return [];
    const rows = [...this.pending.values()];
    this.pending = new Map();
    return rows;
  }

  /** Offers whose write failed, back in line (behind nothing newer: an offer is made once per device). */
  restore(rows: readonly OfferRow[]): void {
    for (const o of rows) {
      const key = `${o.rolloutId}|${o.deviceId}`;
      if (!this.pending.has(key)) this.pending.set(key, o);
    }
  }

  /**
   * Merges what other instances wrote since the last sync (D6: several instances behave as one). Reads only rows
   * changed since then, through the (rollout_id, updated_at) index.
   */
  async sync(): Promise<void> {
    const now = this.clock.now();
    const since = new Date((this.lastSync ?? now).getTime() - SYNC_OVERLAP_MS).toISOString();
    this.lastSync = now;
    for (const [rolloutId, table] of this.byRollout) {
      // Paged like `load`, in (updated_at, device_id) order (see changedStatesPage).
      let after: { at: string; id: string } | undefined;
      for (;;) {
        const rows = await this.storage.read((m) => changedStatesPage(sqlTxOf(m), rolloutId, since, PAGE, after));
        for (const r of rows) this.setIn(table, r.device_id, r.status);
        if (rows.length < PAGE) break;
        const last = rows[rows.length - 1];
        after = { at: last.updated_at, id: last.device_id };
      }
    }
  }
}

const OFFERED = DEVICE_ROLLOUT_STATUSES.indexOf('offered');
