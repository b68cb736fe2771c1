/**
 * Sets the stage: a fresh sqlite database migrated and populated through a first server (admin tokens,
 * published releases, rollouts), then the million seeded straight into it while no server runs, then the
 * server under test started on it (which loads the live rollouts and their device states, D6).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchConfig } from '../bench-config';
import { BenchChild } from '../children/child-protocol';
import { AdminClient } from './admin-client';
import type { BenchFactory, DeviceIdentity } from './bench-factory';
import { createAdmins, createRollouts, type BenchAdmins, type BenchRollouts } from './create-rollouts';
import type { Profile } from './open-sessions';
import { oldFirmwareProfile, pollProfile } from './seed-fleet';
import { ingestionDevice, readSessionMacKey } from './minted-devices';
import { readSalts, seedFleet, type SeededDevice, type SeedResult } from './seed-fleet';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

/**
 * The server's settings for the run: the documented defaults (config/server.config.ts), written out so the
 * environment cannot change them.
 */
export function serverEnv(workDir: string, keysDir: string): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: path.join(workDir, 'data'),
    KEYS_DIR: keysDir,
    DATABASE_URL: '',
    ADMIN_TOKEN,
    DEV_TARGETS_SIGNING: 'true',
    LOG_LEVEL: 'info',
    BENCH_LOG_FILE: path.join(workDir, 'server.log'),
    BODY_LIMIT_BYTES: '1048576',
    DEVICE_MAX_INFLIGHT: '2048',
    SHED_LOOP_DELAY_MS: '50',
    DEVICE_BODY_TIMEOUT_MS: '5000',
    HEADERS_TIMEOUT_MS: '5000',
    REQUEST_TIMEOUT_MS: '30000',
    POLL_INTERVAL_SECONDS: '3600',
    POLL_JITTER_SECONDS: '600',
    SESSION_TTL_SECONDS: '3600',
    NONCE_TTL_SECONDS: '120',
    CHECKIN_FLUSH_MS: '1000',
    ROLLOUT_TICK_MS: '5000',
    SHUTDOWN_DRAIN_MS: '3000',
    SHUTDOWN_TIMEOUT_MS: '20000',
    TIMESTAMP_REFRESH_BEFORE_SECONDS: '21600',
  };
}

/** The settings the phases and the notes depend on, read back from the environment above. */
export function benchSettings(env: Record<string, string>): {
  shedLoopDelayMs: number;
  maxInFlight: number;
  bodyTimeoutMs: number;
  sessionTtlSeconds: number;
  rolloutTickMs: number;
} {
  return {
    shedLoopDelayMs: Number(env.SHED_LOOP_DELAY_MS),
    maxInFlight: Number(env.DEVICE_MAX_INFLIGHT),
    bodyTimeoutMs: Number(env.DEVICE_BODY_TIMEOUT_MS),
    sessionTtlSeconds: Number(env.SESSION_TTL_SECONDS),
    rolloutTickMs: Number(env.ROLLOUT_TICK_MS),
  };
}

export interface KnownDevice {
  identity: DeviceIdentity;
  profile: Profile;
}

export interface Stage {
  admins: BenchAdmins;
  rollouts: BenchRollouts;
  salts: Map<string, string>;
  seed: SeedResult;
  /** Poll with nothing to install: on 5.9.0, succeeded in the whole-fleet rollout. */
  pollDevices: KnownDevice[];
  /** Offered the whole-fleet rollout and not started yet: they send the status reports. */
  reportDevices: KnownDevice[];
  /** Offered the whole-fleet rollout, not started, with minted tokens: report ingestion. */
  ingestDevices: SeededDevice[];
  /** The database file and the server's session MAC key in it (minted tokens, see minted-devices.ts). */
  dbFile: string;
  macKey: Buffer;
}

export async function prepareStage(config: BenchConfig, factory: BenchFactory, workDir: string, say: (s: string) => void): Promise<Stage> {
  const env = serverEnv(workDir, factory.keysDir);
  // The setup server is not measured: it stops without the readiness drain.
  const setup = await BenchChild.start('setup server', 'server-process.ts', { env: { ...env, SHUTDOWN_DRAIN_MS: '0' } });
  let admins: BenchAdmins;
  let rollouts: BenchRollouts;
  try {
    admins = await createAdmins(new AdminClient(setup.url, ADMIN_TOKEN));
    rollouts = await createRollouts(admins);
  } finally {
    await setup.stop();
  }
  say(`rollouts created through the admin API; loading ${config.pollDevices + config.reportDevices} device identities`);
  const identities = await factory.identities(0, config.pollDevices + config.reportDevices);
  const pollDevices = identities.slice(0, config.pollDevices).map((identity, i) => ({ identity, profile: pollProfile(i) }));
  const reportDevices = identities.slice(config.pollDevices).map((identity, i) => ({ identity, profile: oldFirmwareProfile(i) }));
  const ingestDevices = Array.from({ length: config.ingestDevices }, (_, i) => ingestionDevice(i));
  const known = [
    ...pollDevices.map((d) => ({ id: d.identity.id, ...d.profile, status: 'succeeded' as const })),
    ...reportDevices.map((d) => ({ id: d.identity.id, ...d.profile, status: 'offered' as const })),
    ...ingestDevices,
  ];
  const dbFile = path.join(env.DATA_DIR, 'ota.sqlite');
  if (!fs.existsSync(dbFile)) throw new Error(`expected the migrated database at ${dbFile}`);
  say(`seeding ${config.devices.toLocaleString('en')} devices and their rollout states`);
  const seed = seedFleet(dbFile, { total: config.devices, known, fleetRolloutId: rollouts.fleet, now: new Date() });
  return { admins, rollouts, salts: readSalts(dbFile), seed, pollDevices, reportDevices, ingestDevices, dbFile, macKey: readSessionMacKey(dbFile) };
}
