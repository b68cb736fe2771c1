/**
 * Test support: a real server (startServer from the server suite: ephemeral port, fresh sqlite, real keys), the
 * Cloud Messaging releases published through the admin API, rollouts, and emulated devices made with the
 * server's factory CA and pinned 1.root.json. Device keys come from the server suite's on-disk key cache.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AudienceFilter } from '@app/rollout';
import type { SettingValue } from '@app/settings';
import { readFirmwareManifest, startServer, type TestServer, type TestServerOptions } from '../../ota-server/test/harness';
import { deviceKeys, TestDevice } from '../../ota-server/test/test-device';
import { Agent, type AgentEvent, type AgentOptions } from '../src/agent/agent';
import { EmulatedDevice, type DeviceFaults, type DeviceProfile } from '../src/device/emulated-device';

export const CLOUD_MESSAGING_SURFACE = 'Settings > Mi Cloud > Cloud Messaging';
export const OPT_IN = 'cloud-messaging-opt-in.json';
export const STRICT = 'cloud-messaging-opt-in-strict.json';

export interface AgentWorld {
  server: TestServer;
  factoryCa: { certPem: string; privateKeyPem: string };
  pinnedRootJson: string;
  /** Parent of every device directory of this world. Devices are made at the server clock's now (certificates start then). */
  devicesDir: string;
  close(): Promise<void>;
}

export async function startWorld(options: TestServerOptions = {}): Promise<AgentWorld> {
  const server = await startServer(options);
  const read = (file: string) => fs.readFileSync(path.join(server.keysDir, file), 'utf8');
  const devicesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-agent-devices-'));
  return {
    server,
    factoryCa: { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') },
    pinnedRootJson: read('1.root.json'),
    devicesDir,
    close: async () => {
      await server.close();
      fs.rmSync(devicesDir, { recursive: true, force: true });
    },
  };
}

/** Publishes a manifest from firmware-manifests/ (the dev targets key signs at once); returns the release id. */
export async function publishRelease(world: AgentWorld, file: string): Promise<string> {
  const res = await world.server.admin<{ id: string; state: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest(file) });
  if (res.status !== 201 || res.body.state !== 'published') throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/**
 * A running rollout to 100% of `audience` at once, with a policy that never halts on the few devices here.
 * `supersedes`: the overlapping rollout of the stream it replaces (D4: one running rollout per stream reaches a device).
 */
export async function startRollout(world: AgentWorld, releaseId: string, audience: AudienceFilter, supersedes?: string): Promise<string> {
  const created = await world.server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
    releaseId,
    audience,
    stages: [{ percent: 100, soakSeconds: 0 }],
    policy: { maxFailureRate: 0.5, minSamples: 1000, confidence: 0.95 },
    ...(supersedes ? { supersedes } : {}),
  });
  if (created.status !== 201) throw new Error(`rollout failed: ${created.status} ${JSON.stringify(created.body)}`);
  let started = await world.server.admin<{ state: string; code?: string }>('POST', `/admin/v1/rollouts/${created.body.id}/start`);
  if (started.body.code === 'AUDIENCE_EMPTY') {
    // These tests start a rollout before their devices exist; a start needs a registered device in the audience
    // (D4, D8), so one stand-in that never polls registers first.
    await registerStandIn(world, audience);
    started = await world.server.admin<{ state: string; code?: string }>('POST', `/admin/v1/rollouts/${created.body.id}/start`);
  }
  if (started.body.state !== 'running') throw new Error(`start failed: ${JSON.stringify(started.body)}`);
  return created.body.id;
}

/** Cancels every running or paused rollout: a case that starts its own on a stream the previous case left busy (D4). */
export async function cancelLiveRollouts(world: AgentWorld): Promise<void> {
  const list = await world.server.admin<{ id: string; state: string }[]>('GET', '/admin/v1/rollouts');
  for (const r of list.body.filter((x) => x.state === 'running' || x.state === 'paused'))
    await world.server.admin('POST', `/admin/v1/rollouts/${r.id}/cancel`, { reason: 'the next case replaces it' });
}

export const A_PROFILE: DeviceProfile = { model: 'mi-4', firmwareVersion: '5.8.0', region: 'in', channel: 'beta' };

let nextKey = 0;

export interface MakeDeviceOptions {
  profile?: Partial<DeviceProfile>;
  faults?: DeviceFaults;
  factoryDefaults?: Record<string, SettingValue>;
  now?: Date;
}

/** A registered device in `audience` (its first model, region and channel) that never polls. */
async function registerStandIn(world: AgentWorld, audience: AudienceFilter): Promise<void> {
  const index = nextKey++;
  const keys = (await deviceKeys(index + 1))[index];
  const profile = {
    model: audience.models?.[0] ?? A_PROFILE.model,
    firmwareVersion: A_PROFILE.firmwareVersion,
    region: audience.regions?.[0] ?? A_PROFILE.region,
    channel: audience.channels?.[0] ?? A_PROFILE.channel,
  };
  await new TestDevice(world.server, keys, profile).openSession();
}

/** Manufactures a device with a cached key (a distinct one per call in this process) and boots it. */
export async function makeDevice(world: AgentWorld, o: MakeDeviceOptions = {}): Promise<EmulatedDevice> {
  const index = nextKey++;
  const keyPair = (await deviceKeys(index + 1))[index];
  const dir = path.join(world.devicesDir, `device-${index}`);
  const profile = { ...A_PROFILE, ...o.profile };
  await EmulatedDevice.manufacture({
    dir,
    profile,
    factoryCa: world.factoryCa,
    pinnedRootJson: world.pinnedRootJson,
    factoryDefaults: o.factoryDefaults,
    keyPair,
    now: o.now ?? world.server.clock.now(),
  });
  return EmulatedDevice.open(dir, { faults: o.faults });
}

export function agentFor(world: AgentWorld, device: EmulatedDevice, extra: Partial<AgentOptions> = {}): { agent: Agent; events: AgentEvent[] } {
  const events: AgentEvent[] = [];
  const agent = new Agent({ serverUrl: world.server.url, device, onEvent: (e) => events.push(e), ...extra });
  return { agent, events };
}

/** What the server recorded for this device in this rollout. */
export async function serverStatus(world: AgentWorld, rolloutId: string, deviceId: string): Promise<{ status: string; code: string | null } | undefined> {
  const res = await world.server.admin<{ rollouts: { rolloutId: string; status: string; code: string | null }[] }>('GET', `/admin/v1/devices/${deviceId}`);
  const row = res.body.rollouts?.find((r) => r.rolloutId === rolloutId);
  return row && { status: row.status, code: row.code };
}

export interface RolloutOutcomes {
  outcomes: Record<string, Record<string, Record<string, number>>>;
  totals: Record<string, number>;
}

export async function rolloutView(world: AgentWorld, rolloutId: string): Promise<RolloutOutcomes> {
  return (await world.server.admin<RolloutOutcomes>('GET', `/admin/v1/rollouts/${rolloutId}`)).body;
}

/** Everything a device holds that an update may change: firmware slots and settings. */
export async function snapshotOf(device: EmulatedDevice) {
  return { profile: device.profile(), settings: await device.settings() };
}
