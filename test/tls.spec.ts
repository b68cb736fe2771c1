/**
 * D5 transport, end to end: a whole rollout over HTTPS with real agents whose firmware pins the server TLS CA
 * (polls, reports and every TUF download through that pin), and devices that must refuse the server: one
 * pinning another CA, one pinning none.
 */
import * as path from 'node:path';
import { createServerTlsCa } from '@app/pki';
import { Agent } from '../apps/device-agent/src/agent/agent';
import { isClientError } from '../apps/device-agent/src/client/client-error';
import { EmulatedDevice } from '../apps/device-agent/src/device/emulated-device';
import { OPT_IN, deviceRecord, driveRollout, publish, startRollout, type RolloutView } from './support/admin';
import { manufactureFleet, type DeviceSnapshot, type DeviceSpec, type FleetDevice } from './support/fleet';
import { startWorld, type World } from './support/world';

const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
const specs = (count: number): DeviceSpec[] =>
  Array.from({ length: count }, (_, i) => ({ profile: { model: MODELS[i % 4], firmwareVersion: `5.8.${i % 3}`, region: 'in', channel: 'beta' } }));

describe('a rollout over HTTPS', () => {
  let world: World;
  let devices: FleetDevice[];
  let view: RolloutView;

  beforeAll(async () => {
    world = await startWorld({ tls: true });
    devices = await manufactureFleet(world, specs(8));
    const release = await publish(world, OPT_IN);
    const rolloutId = await startRollout(world, {
      releaseId: release.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 4, confidence: 0.95 },
    });
    ({ view } = await driveRollout(world, rolloutId, devices, { stepSeconds: 300 }));
  });
  afterAll(() => world?.close());

  it('runs to completion with every device installed through the pinned CA', async () => {
    expect(world.server.url).toMatch(/^https:/);
    expect(view.state).toBe('completed');
    for (const d of devices) {
      expect(d.polls.every((p) => p.ok)).toBe(true);
      expect(d.lastStatus()?.status).toBe('succeeded');
      expect((await d.snapshot()).profile.firmwareVersion).toBe('5.9.0');
    }
  });

  describe('when a device pins another CA', () => {
    it('refuses the server with TLS_UNTRUSTED, keeps its state and never reaches the server', async () => {
      const other = createServerTlsCa({ commonName: 'Another TLS CA', now: world.server.clock.now(), validDays: 30 });
      const impostorWorld = { ...world, pinnedServerCaPem: other.certPem };
      const [device] = await manufactureFleet(impostorWorld, specs(1));
      world.nextKey = impostorWorld.nextKey;
      const before: DeviceSnapshot = await device.snapshot();
      const result = await device.pollOnce();
      expect(result.ok).toBe(false);
      const error = !result.ok ? result.error : undefined;
      expect(isClientError(error, 'TLS_UNTRUSTED')).toBe(true);
      expect((error as Error).message).toMatch(/pinned server CA, got UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
      expect(await device.snapshot()).toEqual(before);
      await expect(deviceRecord(world, device.id)).rejects.toThrow(/expected 200 or 201, got 404/);
    });
  });

  describe('when a device pins no server CA', () => {
    it('will not talk to an https server at all (no fallback to the system store)', async () => {
      const dir = path.join(world.devicesDir, 'no-pin');
      const device = await EmulatedDevice.manufacture({
        dir,
        profile: specs(1)[0].profile,
        factoryCa: world.factoryCa,
        pinnedRootJson: world.pinnedRootJson,
        now: world.server.clock.now(),
      });
      expect(device.pinnedServerCa()).toBeUndefined();
      expect(() => new Agent({ serverUrl: world.server.url, device })).toThrow(expect.objectContaining({ code: 'TLS_UNTRUSTED' }));
    });
  });
});
