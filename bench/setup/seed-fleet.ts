/**
 * Seeds the million: device rows and one `device_rollout` state per device for the whole-fleet rollout, written
 * with better-sqlite3 straight into the migrated schema (database/migrations), in one transaction with prepared
 * statements, ids in key order (sequential B-tree appends). Devices with real keys (`known`) get the profile and
 * state they will present; the rest are synthetic fingerprints with a realistic spread of states.
 */
import Database from 'better-sqlite3';
import { RECOUNT_ALL } from '../../apps/ota-server/src/database/migrations/1767398400000-rollout-stage-counts';
import { createHash } from 'node:crypto';
import type { DeviceRolloutStatus } from '@app/protocol';

export interface SeededDevice {
  id: string;
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
  /** State in the whole-fleet rollout. */
  status: DeviceRolloutStatus;
}

export interface SeedResult {
  devices: number;
  states: number;
  byStatus: Record<string, number>;
  ms: number;
}

export const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
export const REGIONS = ['cn', 'in', 'sg', 'my', 'id'];

/** A synthetic device's state, by index: ~96 % succeeded, the rest failed, rolled back, in flight or cancelled. */
function syntheticStatus(i: number): { status: DeviceRolloutStatus; code: string | null } {
  const r = (i * 7919) % 1000;
  if (r < 10) return { status: 'failed', code: 'MIGRATION_FAILED' };
  if (r < 15) return { status: 'rolled-back', code: 'BOOT_FAILED' };
  if (r < 25) return { status: 'offered', code: null };
  if (r < 30) return { status: 'downloading', code: null };
  if (r < 35) return { status: 'installing', code: null };
  if (r < 40) return { status: 'cancelled', code: 'CANCELLED' };
  return { status: 'succeeded', code: null };
}

function synthetic(i: number): SeededDevice & { code: string | null } {
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
    for (let i = 0; devices.length < o.total; i += 1) devices.push(synthetic(i));
    devices.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const at = (minutesAgo: number) => new Date(o.now.getTime() - minutesAgo * 60_000).toISOString();
    const insertDevice = db.prepare('INSERT INTO device (id, model, firmware_version, channel, region, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertState = db.prepare('INSERT INTO device_rollout (rollout_id, device_id, status, code, stage_index, offered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const byStatus: Record<string, number> = {};
    db.transaction(() => {
      devices.forEach((d, i) => {
        // History, not news: registered weeks ago, offered over the last two weeks, last seen over an hour ago
        // (an instance's first state sync reads only the last minute's changes, as after any restart).
        const offered = 90 + ((i * 7877) % (14 * 24 * 60));
        insertDevice.run(d.id, d.model, d.firmwareVersion, d.channel, d.region, at(60 * 24 * 60), at(61 + (i % (24 * 60))));
        insertState.run(o.fleetRolloutId, d.id, d.status, d.code, stageOf(i), at(offered), at(d.status === 'offered' ? offered : offered - 30));
        byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
      });
      insertOutcomes(db, o.fleetRolloutId, byStatus.succeeded ?? 0);
      // The per-stage counts the server keeps with every state change (migration 1767398400000), made once here.
      db.prepare('DELETE FROM rollout_stage_count').run();
      db.prepare(RECOUNT_ALL).run();
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { devices: devices.length, states: devices.length, byStatus, ms: performance.now() - started };
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
