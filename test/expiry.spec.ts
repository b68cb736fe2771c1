/**
 * D7 end to end, with real agents verifying through tuf-js: the targets metadata has expired (by the real clock,
 * the one tuf-js reads), so every device would refuse an install with EXPIRED. The server knows it and offers
 * none: devices keep their state, the rollout holds and counts no failure, until release signers publish new
 * targets metadata; then the same devices install.
 */
import { OPT_IN, STRICT, publish, rolloutView, serverStatus, startRollout } from './support/admin';
import { manufactureFleet, pollRound, type FleetDevice } from './support/fleet';
import { startWorld, type World } from './support/world';

const DAY_MS = 86_400_000;

describe('when the targets metadata has expired', () => {
  let world: World;
  let devices: FleetDevice[];
  let rolloutId: string;

  beforeAll(async () => {
    // Keys, devices and release are made 91 days ago: the targets metadata (90 days) expired a day ago.
    // The people's tokens are as old as the world (91 days): let them outlive the 90-day default here.
    world = await startWorld({ startAt: new Date(Date.now() - 91 * DAY_MS), env: { ADMIN_TOKEN_TTL_DAYS: '365' } });
    devices = await manufactureFleet(
      world,
      Array.from({ length: 4 }, (_, i) => ({ profile: { model: 'mi-4', firmwareVersion: `5.8.${i % 2}`, region: 'sg', channel: 'beta' } })),
    );
    const release = await publish(world, OPT_IN);
    rolloutId = await startRollout(world, {
      releaseId: release.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    // Today: the server re-signs snapshot and timestamp itself; targets need the release signers.
    world.server.clock.set(new Date());
    await world.server.tick();
    await pollRound(devices);
    await world.server.tick();
  });
  afterAll(() => world?.close());

  it('every device that polls hears none, reports nothing and fails nothing', async () => {
    for (const d of devices) {
      expect(d.polls.at(-1)).toEqual({ ok: true, outcome: expect.objectContaining({ action: 'none' }) });
      expect(d.statusEvents()).toEqual([]);
      expect(await serverStatus(world, rolloutId, d.id)).toBeUndefined();
      expect(d.device.profile().firmwareVersion).toMatch(/^5\.8\./);
    }
  });

  it('the rollout holds saying why, with no failure counted', async () => {
    const view = await rolloutView(world, rolloutId);
    expect({ state: view.state, failed: view.totals.failed, offered: view.totals.offered }).toEqual({ state: 'running', failed: 0, offered: 0 });
    expect(view.stateReason).toMatch(/^holding: installs withheld: targets metadata v\d+ expired at .*release signers/);
  });

  it('readiness is 503 and says installs are withheld because targets expired', async () => {
    const res = await fetch(`${world.server.url}/health/ready`);
    const body = (await res.json()) as { tuf: { targets: { state: string }; installs: { withheld: boolean; reason: string } } };
    expect(res.status).toBe(503);
    expect(body.tuf.targets.state).toBe('expired');
    expect(body.tuf.installs).toEqual({ withheld: true, reason: expect.stringMatching(/^installs withheld: targets metadata/) });
  });

  it('once release signers publish new targets metadata, the same devices install', async () => {
    await publish(world, STRICT);
    await world.server.tick();
    await pollRound(devices);
    for (const d of devices) expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'succeeded', code: null });
    expect((await fetch(`${world.server.url}/health/ready`)).status).toBe(200);
  });
});
