import * as fs from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import type { ServerConfig } from '../config/server.config';
import { AdminTokenEntity } from '../auth/admin-token.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { DeviceEntity } from '../devices/device.entity';
import { ReleaseEntity } from '../releases/release.entity';
import { DeviceRolloutEntity } from '../rollouts/device-rollout.entity';
import { RolloutOutcomeEntity } from '../rollouts/rollout-outcome.entity';
import { RolloutEntity } from '../rollouts/rollout.entity';
import { TufMetadataEntity } from '../tuf/tuf-metadata.entity';
import { TufTargetEntity } from '../tuf/tuf-target.entity';
import { LeaseEntity } from './lease.entity';
import { ServerSecretEntity } from './server-secret.entity';
import { InitialSchema1767225600000 } from './migrations/1767225600000-initial-schema';
import { DeviceRolloutIndexes1767312000000 } from './migrations/1767312000000-device-rollout-indexes';
import { RolloutStageCounts1767398400000 } from './migrations/1767398400000-rollout-stage-counts';

export const ENTITIES = [
  AdminTokenEntity,
  AuditEntryEntity,
  DeviceEntity,
  ReleaseEntity,
  RolloutEntity,
  DeviceRolloutEntity,
  RolloutOutcomeEntity,
  TufMetadataEntity,
  TufTargetEntity,
  LeaseEntity,
  ServerSecretEntity,
];
export const MIGRATIONS = [InitialSchema1767225600000, DeviceRolloutIndexes1767312000000, RolloutStageCounts1767398400000];

/** D6: sqlite file in WAL mode by default, PostgreSQL for scale-out; migrations always, never `synchronize`. */
export function dataSourceOptions(config: ServerConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url, extra: { max: 10 } };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
    },
  };
}
