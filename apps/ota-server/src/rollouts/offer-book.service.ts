import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEVICE_ROLLOUT_STATUSES, STATUS_RANK, type DeviceRolloutStatus } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { param } from '../database/sql';
import { WriteBuffer } from '../database/write-buffer';
import { insertOffers, type OfferRow } from './rollout-counts';
import { DeviceKey, DeviceStateTable } from './device-state-table';

// Small pages: each is garbage once encoded, and the collector gets a turn between them (start-up RSS).
const PAGE = 10_000;
/** Another instance's clock may run behind ours (NTP keeps it within milliseconds): a sync re-reads this much. */
const SYNC_OVERLAP_MS = 10_000;

/**
 * Which device is where in which live rollout, in memory for the poll hot path (D6). One compact table per
 * rollout from device id to the index of its status in DEVICE_ROLLOUT_STATUSES: a million device states cost
 * about 33 MB (see DeviceStateTable). Offers made by a poll are buffered and inserted in batches; status
 * reports write through. Other instances' offers and reports arrive by `sync`, run on every rollout tick.
 */
@Injectable()
export class OfferBook implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('offers');
  private readonly byRollout = new Map<string, DeviceStateTable>();
  private readonly pending = new WriteBuffer<OfferRow>('offer', (rows) => this.insert(rows), this.logger);
  private lastSync?: Date;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.pending.start(this.config.device.checkinFlushMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pending.stop();
  }

  /** Loads a rollout's device states from the database, page by page, straight into the compact table. */
  async load(rolloutId: string): Promise<void> {
    const startedAt = this.clock.now();
    await this.flush();
    const pages: { ids: Uint32Array; statuses: Uint8Array }[] = [];
    const odd = new Map<string, number>();
    const p = (i: number) => param(this.db, i);
    for (let after = ''; ; ) {
      const rows: { device_id: string; status: DeviceRolloutStatus }[] = await this.db.query(
        `SELECT device_id, status FROM device_rollout WHERE rollout_id = ${p(1)} AND device_id > ${p(2)} ORDER BY device_id LIMIT ${PAGE}`,
        [rolloutId, after],
      );
      pages.push(DeviceStateTable.encodePage(rows.map((r) => ({ id: r.device_id, status: DEVICE_ROLLOUT_STATUSES.indexOf(r.status) })), odd));
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].device_id;
    }
    const table = DeviceStateTable.fromSortedPages(pages);
    table.addRecent(odd);
    this.byRollout.set(rolloutId, table);
    // What was just read needs no sync: the next one starts from here.
    this.lastSync ??= startedAt;
  }

  has(rolloutId: string): boolean {
    return this.byRollout.has(rolloutId);
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

  /** Records a status; a status never moves backwards here (a late sync cannot undo a newer report). */
  set(rolloutId: string, deviceId: string, status: DeviceRolloutStatus): void {
    const table = this.byRollout.get(rolloutId);
    if (table) this.setIn(table, deviceId, status);
  }

  private setIn(table: DeviceStateTable, deviceId: string, status: DeviceRolloutStatus): void {
    const current = table.get(deviceId);
    if (current !== undefined && STATUS_RANK[DEVICE_ROLLOUT_STATUSES[current]] >= STATUS_RANK[status]) return;
    table.set(deviceId, DEVICE_ROLLOUT_STATUSES.indexOf(status));
  }

  /** Records an offer in memory now and in the database with the next batch. */
  offer(rolloutId: string, deviceId: string, stageIndex: number): void {
    this.set(rolloutId, deviceId, 'offered');
    const now = this.clock.now().toISOString();
    this.pending.set(`${rolloutId}|${deviceId}`, { rolloutId, deviceId, stageIndex, offeredAt: now });
  }

  flush(): Promise<void> {
    return this.pending.flush();
  }

  /**
   * Merges what other instances wrote since the last sync (D6: several instances behave as one). Reads only rows
   * changed since then, through the (rollout_id, updated_at) index.
   */
  async sync(): Promise<void> {
    const now = this.clock.now();
    const since = new Date((this.lastSync ?? now).getTime() - SYNC_OVERLAP_MS).toISOString();
    this.lastSync = now;
    const p = (i: number) => param(this.db, i);
    for (const [rolloutId, table] of this.byRollout) {
      // Paged like `load`, so a burst of changes (or a freshly seeded database) never sits in memory at once, in
      // (updated_at, device_id) order so that the (rollout_id, updated_at) index serves it: ordered by device id,
      // sqlite walked the primary key through every device of the rollout (~200 ms at a million, every tick).
      let rows: { device_id: string; status: DeviceRolloutStatus; updated_at: string }[] = await this.db.query(
        `SELECT device_id, status, updated_at FROM device_rollout WHERE rollout_id = ${p(1)} AND updated_at > ${p(2)} ORDER BY updated_at, device_id LIMIT ${PAGE}`,
        [rolloutId, since],
      );
      for (;;) {
        for (const r of rows) this.setIn(table, r.device_id, r.status);
        if (rows.length < PAGE) break;
        const last = rows[rows.length - 1];
        rows = await this.db.query(
          `SELECT device_id, status, updated_at FROM device_rollout WHERE rollout_id = ${p(1)} AND updated_at >= ${p(2)} AND (updated_at > ${p(3)} OR device_id > ${p(4)}) ORDER BY updated_at, device_id LIMIT ${PAGE}`,
          [rolloutId, last.updated_at, last.updated_at, last.device_id],
        );
      }
    }
  }

  /** One transaction: the states and their counts (rollout-counts.ts); an existing state wins. */
  private async insert(rows: OfferRow[]): Promise<void> {
    await this.db.transaction((m) => insertOffers(m, rows));
  }
}
