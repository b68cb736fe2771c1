/**
 * Every rejection is reported with its stable code and leaves the device as it was (D3). The attacks
 * are made on the real server: the bytes it serves from memory are changed in place (TufRepositoryService
 * hands out the very ServedFile objects it serves), and restored afterwards.
 */
import { createHash } from 'node:crypto';
import { consistentTargetPath, parseSnapshot, parseTimestamp } from '@app/manifest';
import { RolloutCache } from '../../ota-server/src/rollouts/rollout-cache.service';
import { TufRepositoryService, type ServedFile } from '../../ota-server/src/tuf/tuf-repository.service';
import type { Agent } from '../src/agent/agent';
import type { EmulatedDevice } from '../src/device/emulated-device';
import { OPT_IN, agentFor, makeDevice, publishRelease, serverStatus, snapshotOf, startRollout, startWorld, type AgentWorld } from './agent-world';

const MANIFEST_PATH = 'manifests/miui-settings/1.json';

/** Installs with a fresh device and checks the reported code, the server's record and an unchanged device. */
async function expectRejected(world: AgentWorld, rollout: string, code: string, subject?: { device: EmulatedDevice; agent: Agent }): Promise<void> {
  const d = subject?.device ?? (await makeDevice(world));
  const before = await snapshotOf(d);
  const outcome = await (subject?.agent ?? agentFor(world, d).agent).pollOnce();
  expect(outcome).toMatchObject({ action: 'install', status: 'failed', code });
  expect(await snapshotOf(d)).toEqual(before);
  expect(d.slotTable()).toMatchObject({ active: 'A', pending: null });
  expect(await serverStatus(world, rollout, d.id)).toEqual({ status: 'failed', code });
}

describe('rejections against a tampering server', () => {
  let world: AgentWorld;
  let tuf: TufRepositoryService;
  let release: string;
  let rollout: string;

  beforeAll(async () => {
    world = await startWorld();
    release = await publishRelease(world, OPT_IN);
    rollout = await startRollout(world, release, {});
    tuf = world.server.app.get(TufRepositoryService);
  });
  afterAll(() => world.close());

  /** Replaces a served file's bytes for the duration of `run`. */
  async function whileServed(path: string, tamper: (body: Buffer) => Buffer, run: () => Promise<void>): Promise<void> {
    const served: ServedFile | undefined = tuf.file(path);
    if (!served) throw new Error(`the server does not serve ${path}`);
    const original = served.body;
    served.body = tamper(Buffer.from(original));
    try {
      await run();
    } finally {
      served.body = original;
    }
  }

  function servedTargetPath(): string {
    const content = tuf.state().targetContents[MANIFEST_PATH];
    return `targets/${consistentTargetPath(MANIFEST_PATH, createHash('sha256').update(content, 'utf8').digest('hex'))}`;
  }

  function servedSnapshotPath(): string {
    return `metadata/${parseSnapshot(tuf.state().snapshot).signed.version}.snapshot.json`;
  }

  describe('when the target was tampered with in the server store (same length, one byte changed)', () => {
    it('refuses it with HASH_MISMATCH', async () => {
      await whileServed(
        servedTargetPath(),
        (b) => b.fill(b[20] ^ 0x01, 20, 21),
        () => expectRejected(world, rollout, 'HASH_MISMATCH'),
      );
    });
  });

  describe('when the target is longer than the signed targets metadata says', () => {
    it('refuses it with LENGTH_MISMATCH', async () => {
      await whileServed(
        servedTargetPath(),
        (b) => Buffer.concat([b, Buffer.from(' ')]),
        () => expectRejected(world, rollout, 'LENGTH_MISMATCH'),
      );
    });
  });

  describe('when the timestamp signature does not verify', () => {
    it('refuses it with SIGNATURE_INVALID', async () => {
      const forge = (b: Buffer) => {
        const doc = JSON.parse(b.toString('utf8')) as { signatures: { sig: string }[] };
        const sig = doc.signatures[0].sig;
        doc.signatures[0].sig = (sig[0] === '0' ? '1' : '0') + sig.slice(1);
        return Buffer.from(JSON.stringify(doc));
      };
      await whileServed('metadata/timestamp.json', forge, () => expectRejected(world, rollout, 'SIGNATURE_INVALID'));
    });
  });

  describe('when the snapshot differs from what the timestamp lists (tuf-js wraps this failure in RuntimeError)', () => {
    it('refuses it with HASH_MISMATCH', async () => {
      await whileServed(
        servedSnapshotPath(),
        (b) => b.fill(b[30] ^ 0x01, 30, 31),
        () => expectRejected(world, rollout, 'HASH_MISMATCH'),
      );
    });
  });

  describe('when the server points at a target the signed targets metadata does not list', () => {
    it('refuses with TARGET_NOT_FOUND, and its report names that path only (nothing was verified)', async () => {
      const cache = world.server.app.get(RolloutCache);
      const pointer = cache.get(rollout)!.target;
      const genuine = { ...pointer };
      Object.assign(pointer, { path: 'manifests/miui-settings/9.json', releaseCounter: 9 });
      try {
        const d = await makeDevice(world);
        const before = await snapshotOf(d);
        const { agent, events } = agentFor(world, d);
        expect(await agent.pollOnce()).toMatchObject({ action: 'install', status: 'failed', code: 'TARGET_NOT_FOUND' });
        expect(await snapshotOf(d)).toEqual(before);
        // D4: the server need not store it (the path is not its release's), so this checks what the device sent.
        expect(events.at(-1)).toMatchObject({ status: 'failed', target: { path: 'manifests/miui-settings/9.json' } });
        expect(events.at(-1)).not.toHaveProperty('target.sha256');
      } finally {
        Object.assign(pointer, genuine);
      }
    });
  });

  it('a device that refused a tampered target installs the genuine one when a new rollout offers it', async () => {
    const device = await makeDevice(world, { profile: { region: 'cn' } });
    const { agent } = agentFor(world, device);
    await whileServed(
      servedTargetPath(),
      (b) => b.fill(b[20] ^ 0x01, 20, 21),
      () => expectRejected(world, rollout, 'HASH_MISMATCH', { device, agent }),
    );
    const again = await startRollout(world, release, { regions: ['cn'] }, rollout);
    expect(await agent.pollOnce()).toMatchObject({ rolloutId: again, status: 'succeeded' });
    expect(device.profile().firmwareVersion).toBe('5.9.0');
  });
});

describe('when the timestamp has expired (freeze attack)', () => {
  let world: AgentWorld;

  beforeAll(async () => {
    // Re-sign whenever the timestamp is within 30 days of expiring: every tick re-signs at the server's clock.
    world = await startWorld({ env: { TIMESTAMP_REFRESH_BEFORE_SECONDS: String(30 * 86_400) } });
  });
  afterAll(() => world.close());

  it('refuses it with EXPIRED and changes nothing', async () => {
    const release = await publishRelease(world, OPT_IN);
    const device = await makeDevice(world);
    const { agent } = agentFor(world, device);
    // Open the session while the server's clock is right (its factory CA is not valid two days earlier).
    expect(await agent.pollOnce()).toMatchObject({ action: 'none' });
    const rollout = await startRollout(world, release, {});
    world.server.clock.set(new Date(Date.now() - 2 * 86_400_000));
    await world.server.tick();
    const served = parseTimestamp(world.server.app.get(TufRepositoryService).state().timestamp).signed;
    expect(Date.parse(served.expires)).toBeLessThan(Date.now());

    await expectRejected(world, rollout, 'EXPIRED', { device, agent });
  });
});
