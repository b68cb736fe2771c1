/**
 * Attacks on the update path, end to end (D3): a manifest tampered with in the server's own store, a
 * timestamp that has expired (freeze), an older release offered to devices that applied a newer one, and old TUF
 * metadata served again. Every device refuses with its stable code, reports it (the server's device history holds
 * the code), and keeps its firmware and settings exactly as they were. Each attack has its own server.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { readFirmwareManifest } from '../apps/ota-server/test/harness';
import { TufRepositoryService } from '../apps/ota-server/src/tuf/tuf-repository.service';
import { OPT_IN, STRICT, STREAM, publish, rolloutView, serverStatus, startRollout, type RolloutPlan } from './support/admin';
import { CLOUD_MESSAGING_SURFACE, ENABLED, manufactureFleet, pollRound, type DeviceSnapshot, type DeviceSpec, type FleetDevice } from './support/fleet';
import { startWorld, type World } from './support/world';

const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
const ONE_STAGE: Omit<RolloutPlan, 'releaseId' | 'audience'> = {
  stages: [{ percent: 100, soakSeconds: 0 }],
  policy: { maxFailureRate: 0.5, minSamples: 100, confidence: 0.95 },
};

/** Eight beta devices of `region`, every model, half of whose owners turned Cloud Messaging on. */
function eightDevices(region: string): DeviceSpec[] {
  return Array.from({ length: 8 }, (_, i) => ({
    profile: { model: MODELS[i % 4], firmwareVersion: `5.8.${i % 3}`, region, channel: 'beta' },
    ...(i % 2 ? { choice: { value: true, surface: CLOUD_MESSAGING_SURFACE } } : {}),
  }));
}

async function snapshots(devices: FleetDevice[]): Promise<Map<FleetDevice, DeviceSnapshot>> {
  return new Map(await Promise.all(devices.map(async (d) => [d, await d.snapshot()] as const)));
}

/**
 * Every device polled, was offered the release, refused it with `code`, reported it, and is unchanged. A refusal
 * of the metadata itself comes before the target's signed entry is known: the device reports `failed` at once,
 * naming the target path only; a later one reports `downloading` first, both naming the verified hash (D4).
 */
async function expectRefusedByAll(
  world: World,
  devices: FleetDevice[],
  rolloutId: string,
  code: string,
  before: Map<FleetDevice, DeviceSnapshot>,
  detail: RegExp,
  o: { beforeVerification?: boolean } = {},
): Promise<void> {
  const expected = o.beforeVerification
    ? [['failed', code, false]]
    : [
        ['downloading', undefined, true],
        ['failed', code, true],
      ];
  for (const d of devices) {
    expect(d.polls.at(-1)).toEqual({ ok: true, outcome: expect.objectContaining({ action: 'install', rolloutId, status: 'failed', code }) });
    expect(d.statusEvents(rolloutId).map((e) => [e.status, e.code, e.target.sha256 !== undefined])).toEqual(expected);
    expect(d.lastStatus(rolloutId)?.detail).toMatch(detail);
    expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'failed', code });
    expect(await d.snapshot()).toEqual(before.get(d));
  }
  expect((await rolloutView(world, rolloutId)).totals).toMatchObject({ failed: devices.length, succeeded: 0 });
}

describe('when the manifest target was tampered with in the server store', () => {
  let world: World;
  let devices: FleetDevice[];
  let genuine: string;
  let targetPath: string;
  let rolloutId: string;
  let before: Map<FleetDevice, DeviceSnapshot>;
  const stored = () => world.server.app.get(DataSource);

  beforeAll(async () => {
    world = await startWorld();
    devices = await manufactureFleet(world, eightDevices('cn'));
    before = await snapshots(devices);
    const release = await publish(world, OPT_IN);
    targetPath = release.targetPath;
    expect(targetPath).toBe('manifests/miui-settings/1.json');
    [{ content: genuine }] = (await stored().query('SELECT content FROM tuf_target WHERE path = ?', [targetPath])) as { content: string }[];
    // The attacker switches Cloud Messaging back on by default, keeping the length: `false` -> `true `.
    const tampered = genuine.replace('"value": false', '"value": true ');
    expect(tampered).not.toBe(genuine);
    expect(tampered.length).toBe(genuine.length);
    await stored().query('UPDATE tuf_target SET content = ? WHERE path = ?', [tampered, targetPath]);
    // A restart loads the repository from the store: from now on the server serves the tampered bytes.
    await world.restart();
    for (const d of devices) d.connect(world.server.url);
    rolloutId = await startRollout(world, { releaseId: release.id, audience: { channels: ['beta'] }, ...ONE_STAGE });
    await pollRound(devices);
  });
  afterAll(() => world?.close());

  it('the server serves the tampered bytes at the path the signed targets metadata names', async () => {
    const sha256 = createHash('sha256').update(genuine, 'utf8').digest('hex');
    const served = await fetch(`${world.server.url}/tuf/targets/${path.posix.dirname(targetPath)}/${sha256}.${path.posix.basename(targetPath)}`).then((r) =>
      r.text(),
    );
    expect(served).toContain('"value": true ');
    expect(createHash('sha256').update(served, 'utf8').digest('hex')).not.toBe(sha256);
  });

  it('every device refuses it with HASH_MISMATCH, reports it, and changes nothing', async () => {
    await expectRefusedByAll(world, devices, rolloutId, 'HASH_MISMATCH', before, /Expected hash|hash/i);
  });

  it('once the store is repaired, a new rollout installs the genuine release on the same devices', async () => {
    await stored().query('UPDATE tuf_target SET content = ? WHERE path = ?', [genuine, targetPath]);
    await world.restart();
    for (const d of devices) d.connect(world.server.url);
    const [{ id: releaseId }] = (await stored().query('SELECT id FROM release')) as { id: string }[];
    const again = await startRollout(world, { releaseId, audience: { channels: ['beta'] }, ...ONE_STAGE, supersedes: rolloutId });
    await pollRound(devices);
    for (const d of devices) {
      expect(d.polls.at(-1)).toMatchObject({ ok: true, outcome: { rolloutId: again, status: 'succeeded' } });
      expect((await d.device.settings()).factoryDefaults[ENABLED]).toBe(false);
    }
  });
});

describe('when the timestamp has expired (freeze attack)', () => {
  let world: World;
  let devices: FleetDevice[];
  let rolloutId: string;
  let releaseId: string;
  let before: Map<FleetDevice, DeviceSnapshot>;

  beforeAll(async () => {
    // Re-sign whenever the timestamp is within 30 days of expiring: every tick re-signs at the server's clock.
    world = await startWorld({ env: { TIMESTAMP_REFRESH_BEFORE_SECONDS: String(30 * 86_400) } });
    devices = await manufactureFleet(world, eightDevices('in'));
    before = await snapshots(devices);
    // Sessions open while the server's clock is right (the factory certificates start now).
    await pollRound(devices);
    releaseId = (await publish(world, OPT_IN)).id;
    rolloutId = await startRollout(world, { releaseId, audience: { channels: ['beta'] }, ...ONE_STAGE });
    // The server's clock is set two days back: it re-signs a timestamp that expired a day ago (real time).
    world.server.clock.set(new Date(Date.now() - 2 * 86_400_000));
    await world.server.tick();
    await pollRound(devices);
  });
  afterAll(() => world?.close());

  it('the served timestamp is expired by the real clock', async () => {
    const timestamp = (await fetch(`${world.server.url}/tuf/metadata/timestamp.json`).then((r) => r.json())) as { signed: { expires: string } };
    expect(Date.parse(timestamp.signed.expires)).toBeLessThan(Date.now());
  });

  it('every device refuses it with EXPIRED, reports it, and changes nothing', async () => {
    await expectRefusedByAll(world, devices, rolloutId, 'EXPIRED', before, /expired/i, { beforeVerification: true });
  });

  it('once the server re-signs a fresh timestamp, the same devices install from a new rollout', async () => {
    world.server.clock.set(new Date(Date.now() + 60_000));
    await world.server.tick();
    const again = await startRollout(world, { releaseId, audience: { channels: ['beta'] }, ...ONE_STAGE, supersedes: rolloutId });
    await pollRound(devices);
    for (const d of devices) expect(d.polls.at(-1)).toMatchObject({ ok: true, outcome: { rolloutId: again, status: 'succeeded' } });
  });
});

describe('when an older release or older metadata is replayed', () => {
  let world: World;
  /** Region `in`: offered release 1 after applying release 2. */
  let olderRelease: FleetDevice[];
  /** Region `cn`: offered a genuine release 3 while the server hands out an old timestamp. */
  let olderMetadata: FleetDevice[];
  let releaseOne: string;
  /** Release 2's rollout, to every beta device. */
  let strict: string;
  let timestampOfReleaseOne: Buffer;
  let after2: Map<FleetDevice, DeviceSnapshot>;
  const trustedTimestampVersion = (d: FleetDevice) =>
    (JSON.parse(fs.readFileSync(path.join(d.device.tufDirs().metadataDir, 'timestamp.json'), 'utf8')) as { signed: { version: number } }).signed.version;

  beforeAll(async () => {
    world = await startWorld();
    olderRelease = await manufactureFleet(world, eightDevices('in'));
    olderMetadata = await manufactureFleet(world, eightDevices('cn'));
    releaseOne = (await publish(world, OPT_IN)).id;
    const served: string = await (await fetch(`${world.server.url}/tuf/metadata/timestamp.json`)).text();
    timestampOfReleaseOne = Buffer.from(served, 'utf8');
    const releaseTwo = await publish(world, STRICT);
    strict = await startRollout(world, { releaseId: releaseTwo.id, audience: { channels: ['beta'] }, ...ONE_STAGE });
    await pollRound([...olderRelease, ...olderMetadata]);
    for (const d of [...olderRelease, ...olderMetadata]) expect(await serverStatus(world, strict, d.id)).toEqual({ status: 'succeeded', code: null });
    after2 = await snapshots([...olderRelease, ...olderMetadata]);
  });
  afterAll(() => world?.close());

  describe('when devices that applied release 2 are offered release 1', () => {
    it('every device refuses it with ROLLBACK (anti-rollback counter), reports it, and keeps 5.9.1', async () => {
      // D4: the replay replaces release 2's rollout (two overlapping rollouts of one stream never run at once).
      const replay = await startRollout(world, { releaseId: releaseOne, audience: { channels: ['beta'], regions: ['in'] }, ...ONE_STAGE, supersedes: strict });
      await pollRound(olderRelease);
      await expectRefusedByAll(world, olderRelease, replay, 'ROLLBACK', after2, /releaseCounter on stream miui-settings must exceed 2, got 1/);
      for (const d of olderRelease) {
        expect(d.device.profile().firmwareVersion).toBe('5.9.1');
        expect((await d.device.settings()).releaseCounters).toEqual({ [STREAM]: 2 });
      }
    });
  });

  describe('when the server serves an old (validly signed, unexpired) timestamp again', () => {
    it('every device refuses even a genuine new release with ROLLBACK, and keeps its trusted metadata', async () => {
      // Release 3: the strict manifest again, as the next release of the stream.
      const strict = readFirmwareManifest(STRICT) as { appliesTo: object };
      const releaseThree = await publish(world, {
        ...strict,
        id: 'cloud-messaging-opt-in-strict-r3',
        releaseCounter: 3,
        firmware: { version: '5.9.2' },
        appliesTo: { ...strict.appliesTo, firmware: '>=5.0.0 <5.9.2' },
      });
      const trusted = new Map(olderMetadata.map((d) => [d, trustedTimestampVersion(d)]));
      const served = world.server.app.get(TufRepositoryService).file('metadata/timestamp.json')!;
      const current = served.body;
      served.body = timestampOfReleaseOne;
      try {
        const offer = await startRollout(world, { releaseId: releaseThree.id, audience: { channels: ['beta'], regions: ['cn'] }, ...ONE_STAGE });
        await pollRound(olderMetadata);
        await expectRefusedByAll(world, olderMetadata, offer, 'ROLLBACK', after2, /timestamp version \d+ is less than current version \d+/, {
          beforeVerification: true,
        });
      } finally {
        served.body = current;
      }
      for (const d of olderMetadata) expect(trustedTimestampVersion(d)).toBe(trusted.get(d));
    });
  });

  it('no device of either group was changed by a replay: release 2 stays applied with the owners’ choices', async () => {
    for (const d of [...olderRelease, ...olderMetadata]) {
      const state = await d.device.settings();
      expect(state.releaseCounters).toEqual({ [STREAM]: 2 });
      if (d.spec.choice) expect(state.settings[ENABLED]).toMatchObject({ value: true, source: 'user' });
      else expect(state.settings[ENABLED]).toMatchObject({ value: false, source: 'migration' });
    }
  });
});
