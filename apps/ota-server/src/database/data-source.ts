import * as fs from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import type { ServerConfig } from '../config/server.config';
import { InitialSchema1767225600000 } from './migrations/1767225600000-initial-schema';
import { DeviceRolloutIndexes1767312000000 } from './migrations/1767312000000-device-rollout-indexes';
import { RolloutStageCounts1767398400000 } from './migrations/1767398400000-rollout-stage-counts';
import { DeviceRolloutProgressIndex1767484800000 } from './migrations/1767484800000-device-rollout-progress-index';
import { RolloutCohortCensus1767571200000 } from './migrations/1767571200000-rollout-cohort-census';
import { SpentNonce1767657600000 } from './migrations/1767657600000-spent-nonce';
import { AdminUsers1767744000000 } from './migrations/1767744000000-admin-users';
import { TrustRotation1767830400000 } from './migrations/1767830400000-trust-rotation';
import { RolloutSafetyWebhooks1767916800000 } from './migrations/1767916800000-rollout-safety-webhooks';
import { FleetVisibility1768003200000 } from './migrations/1768003200000-fleet-visibility';
import { RolloutSchedule1768262400000 } from './migrations/1768262400000-rollout-schedule';
import { DeviceGroups1768348800000 } from './migrations/1768348800000-device-groups';

export const MIGRATIONS = [
  InitialSchema1767225600000,
  DeviceRolloutIndexes1767312000000,
  RolloutStageCounts1767398400000,
  DeviceRolloutProgressIndex1767484800000,
  RolloutCohortCensus1767571200000,
  SpentNonce1767657600000,
  AdminUsers1767744000000,
  TrustRotation1767830400000,
  RolloutSafetyWebhooks1767916800000,
  FleetVisibility1768003200000,
  RolloutSchedule1768262400000,
  DeviceGroups1768348800000,
];

/**
 * Entities are not listed here: each feature module registers its own (`TypeOrmModule.forFeature`, loaded by
 * `autoLoadEntities`), so the database layer imports no feature.
 *
 * D6: sqlite file in WAL mode by default, PostgreSQL for scale-out; migrations always, never `synchronize`.
 * An unreachable PostgreSQL must fail a request within seconds (503), not hang it: connections time out,
 * queries time out on the client side (a connection cut without a FIN would otherwise wait for TCP), and
 * TCP keep-alive notices a dead peer of an idle pooled connection.
 */
export function dataSourceOptions(config: ServerConfig): DataSourceOptions {
  const common = { migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (config.database.type === 'postgres') {
    const extra = {
      max: 10,
      connectionTimeoutMillis: config.database.connectTimeoutMs,
      query_timeout: config.database.queryTimeoutMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    };
    return { ...common, type: 'postgres', url: config.database.url, extra };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      // Blocking while migrations run (another instance may be starting); Storage sets 0 once the app is up.
      db.pragma('busy_timeout = 5000');
      // D6 "acknowledged means committed", across a power cut too: an fsync per commit (about 0.3 ms here).
      db.pragma('synchronous = FULL');
    },
  };
}
