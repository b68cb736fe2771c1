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
import { MODELS, REGIONS, readSalts, seedFleet, type SeedResult } from './seed-fleet';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

/** The server's settings for the run: the documented defaults, written out so the environment cannot change them. */
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
    DEVICE_MAX_INFLIGHT: '2048',
    POLL_INTERVAL_SECONDS: '3600',
    POLL_JITTER_SECONDS: '600',
    SESSION_TTL_SECONDS: '3600',
    NONCE_TTL_SECONDS: '120',
    CHECKIN_FLUSH_MS: '1000',
    ROLLOUT_TICK_MS: '5000',
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
}

export const pollProfile = (i: number): Profile => ({ model: MODELS[i % MODELS.length], firmwareVersion: '5.9.0', channel: 'stable', region: REGIONS[i % REGIONS.length] });
export const oldFirmwareProfile = (i: number): Profile => ({ model: MODELS[i % MODELS.length], firmwareVersion: `5.8.${i % 3}`, channel: 'stable', region: REGIONS[i % REGIONS.length] });

export async function prepareStage(config: BenchConfig, factory: BenchFactory, workDir: string, say: (s: string) => void): Promise<Stage> {
  const env = serverEnv(workDir, factory.keysDir);
  const setup = await BenchChild.start('setup server', 'server-process.ts', { env });
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
  const known = [
    ...pollDevices.map((d) => ({ id: d.identity.id, ...d.profile, status: 'succeeded' as const })),
    ...reportDevices.map((d) => ({ id: d.identity.id, ...d.profile, status: 'offered' as const })),
  ];
  const dbFile = path.join(env.DATA_DIR, 'ota.sqlite');
  if (!fs.existsSync(dbFile)) throw new Error(`expected the migrated database at ${dbFile}`);
  say(`seeding ${config.devices.toLocaleString('en')} devices and their rollout states`);
  const seed = seedFleet(dbFile, { total: config.devices, known, fleetRolloutId: rollouts.fleet, now: new Date() });
  return { admins, rollouts, salts: readSalts(dbFile), seed, pollDevices, reportDevices };
}
