/**
 * Seeds the million: device rows and one `device_rollout` state per device for the whole-fleet rollout, written
 * with better-sqlite3 straight into the migrated schema (database/migrations), in one transaction with prepared
 * statements, ids in key order (sequential B-tree appends). Devices the bench drives (`known`: real keys, and the
 * devices whose tokens it mints for report ingestion) get the profile and state they will present; the rest are
 * synthetic fingerprints (`syntheticDevice(i)`, some of which poll with minted tokens) with a realistic spread of
 * states, as a server that has been running would have left them: devices still in progress moved within the
 * rollout's in-progress timeout (a day), older ones are `timed-out`.
 */
import Database from 'better-sqlite3';
import { RECOUNT_ALL } from '../../apps/ota-server/src/database/migrations/1767398400000-rollout-stage-counts';
import { createHash } from 'node:crypto';
import { IN_PROGRESS_STATUSES, type DeviceProfile, type DeviceRolloutStatus } from '@app/protocol';
import type { Profile } from './open-sessions';

export interface SeededDevice extends DeviceProfile {
  id: string;
  /** State in the whole-fleet rollout. */
  status: DeviceRolloutStatus;
}

export interface SeedResult {
  devices: number;
  /** Synthetic devices are `syntheticDevice(0 .. synthetic - 1)`. */
  synthetic: number;
  states: number;
  byStatus: Record<string, number>;
  ms: number;
}

export const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
export const REGIONS = ['cn', 'in', 'sg', 'my', 'id'];

/** Profiles of the devices the bench drives: polling devices (nothing to install), and devices on old firmware. */
export const pollProfile = (i: number): Profile => ({
  model: MODELS[i % MODELS.length],
  firmwareVersion: '5.9.0',
  channel: 'stable',
  region: REGIONS[i % REGIONS.length],
});
export const oldFirmwareProfile = (i: number): Profile => ({
  model: MODELS[i % MODELS.length],
  firmwareVersion: `5.8.${i % 3}`,
  channel: 'stable',
  region: REGIONS[i % REGIONS.length],
});

/** A synthetic device's state, by index: ~95 % succeeded, the rest failed, rolled back, in progress, cancelled or timed out. */
function syntheticStatus(i: number): { status: DeviceRolloutStatus; code: string | null } {
  const r = (i * 7919) % 1000;
  if (r < 10) return { status: 'failed', code: 'MIGRATION_FAILED' };
  if (r < 15) return { status: 'rolled-back', code: 'BOOT_FAILED' };
  if (r < 25) return { status: 'offered', code: null };
  if (r < 30) return { status: 'downloading', code: null };
  if (r < 35) return { status: 'installing', code: null };
  if (r < 40) return { status: 'cancelled', code: 'CANCELLED' };
  if (r < 45) return { status: 'timed-out', code: null };
  return { status: 'succeeded', code: null };
}

/** The i-th synthetic device (the same for every run). */
export function syntheticDevice(i: number): SeededDevice & { code: string | null } {
  const { status, code } = syntheticStatus(i);
  return {
    id: createHash('sha256').update(`bench-device-${i}`).digest('hex'),
    model: MODELS[i % MODELS.length],
    firmwareVersion: status === 'succeeded' ? '5.9.0' : `5.8.${i % 3}`,
    channel: i % 10 === 0 ? 'beta' : 'stable',
    region: REGIONS[(i >> 2) % REGIONS.length],
    status,
    code,
  };
}

/** The stage a device was offered at: 1 % at stage 0, 9 % at stage 1, the rest at the last stage. */
const stageOf = (i: number) => ((i * 104729) % 100 === 0 ? 0 : (i * 104729) % 100 < 10 ? 1 : 2);

export function seedFleet(dbFile: string, o: { total: number; known: SeededDevice[]; fleetRolloutId: string; now: Date }): SeedResult {
  const started = performance.now();
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -262144');
    const devices: (SeededDevice & { code: string | null })[] = o.known.map((d) => ({ ...d, code: null }));
    const synthetic = Math.max(0, o.total - devices.length);
    for (let i = 0; i < synthetic; i += 1) devices.push(syntheticDevice(i));
    devices.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const at = (minutesAgo: number) => new Date(o.now.getTime() - minutesAgo * 60_000).toISOString();
    const insertDevice = db.prepare('INSERT INTO device (id, model, firmware_version, channel, region, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertState = db.prepare(
      'INSERT INTO device_rollout (rollout_id, device_id, status, code, stage_index, offered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const byStatus: Record<string, number> = {};
    db.transaction(() => {
      devices.forEach((d, i) => {
        // History, not news: registered weeks ago, last seen over an hour ago (an instance's first state sync
        // reads only the last minute's changes, as after any restart), offered over the last two weeks; a device
        // still in progress last moved within the in-progress timeout (86,400 s), a timed-out one a day after its offer.
        const inProgress = IN_PROGRESS_STATUSES.includes(d.status);
        const offered = inProgress ? 90 + ((i * 7877) % (20 * 60)) : 2 * 24 * 60 + ((i * 7877) % (12 * 24 * 60));
        const moved = d.status === 'offered' ? offered : d.status === 'timed-out' ? offered - 24 * 60 : offered - 30;
        insertDevice.run(d.id, d.model, d.firmwareVersion, d.channel, d.region, at(60 * 24 * 60), at(61 + (i % (24 * 60))));
        insertState.run(o.fleetRolloutId, d.id, d.status, d.code, stageOf(i), at(offered), at(moved));
        byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
      });
      insertOutcomes(db, o.fleetRolloutId, byStatus.succeeded ?? 0);
      // The per-stage counts the server keeps with every state change (migration 1767398400000), made once here.
      db.prepare('DELETE FROM rollout_stage_count').run();
      db.prepare(RECOUNT_ALL).run();
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { devices: devices.length, synthetic, states: devices.length, byStatus, ms: performance.now() - started };
  } finally {
    db.close();
  }
}

/** D2 aggregates consistent with the succeeded devices: 30 % of owners had chosen Cloud Messaging themselves. */
function insertOutcomes(db: Database.Database, rolloutId: string, succeeded: number): void {
  const userChose = Math.round(succeeded * 0.3);
  const insert = db.prepare('INSERT INTO rollout_outcome (rollout_id, setting_key, op, result, count) VALUES (?, ?, ?, ?, ?)');
  insert.run(rolloutId, 'cloud_messaging.enabled', 'setFactoryDefault', 'applied', succeeded - userChose);
  insert.run(rolloutId, 'cloud_messaging.enabled', 'setFactoryDefault', 'skipped:user-choice', userChose);
  insert.run(rolloutId, 'cloud_messaging.encrypt_identifiers', 'force', 'applied', succeeded);
  insert.run(rolloutId, 'cloud_messaging.encrypt_identifiers', 'setFactoryDefault', 'applied', succeeded);
}

/** Rollout salts, to pick polling devices outside (or inside) a rollout's cohort (D4 `bucketOf`). */
export function readSalts(dbFile: string): Map<string, string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db.prepare('SELECT id, salt FROM rollout').all() as { id: string; salt: string }[];
    return new Map(rows.map((r) => [r.id, r.salt]));
  } finally {
    db.close();
  }
}
