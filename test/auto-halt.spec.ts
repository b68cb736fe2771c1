/**
 * D4 automatic halt, end to end: the new firmware fails to boot on one model (fleet mix `failModels`, the device
 * fault `failBoot`), those devices fall back to their old slot and report rolled-back, and the rollout engine halts
 * the rollout by itself before the stage's soak time is over. Devices that had received the offer but not started
 * (e.g. waiting for Wi-Fi) are told to cancel on their next poll and report `cancelled`, unchanged.
 */
import { DeviceClient } from '../apps/device-agent/src/client/device-client';
import { DEFAULT_MIX, planFleet } from '../apps/device-agent/src/fleet/fleet-plan';
import { OPT_IN, adminCall, deviceRecord, publish, rolloutView, serverStatus, startRollout, type RolloutView } from './support/admin';
import { manufactureFleet, pollRound, specFromPlan, type DeviceSnapshot, type FleetDevice } from './support/fleet';
import { startWorld, type World } from './support/world';

const FAILING_MODEL = 'redmi-note';

describe('a rollout whose firmware fails to boot on one model', () => {
  let world: World;
  let devices: FleetDevice[];
  let rolloutId: string;
  let halted: RolloutView;
  /** Took the offer on their first poll but had not started when the rollout halted. */
  const waiting: FleetDevice[] = [];
  const before = new Map<FleetDevice, DeviceSnapshot>();
  const isWaiting = (d: FleetDevice) => d.index % 3 === 0;

  beforeAll(async () => {
    world = await startWorld();
    const plans = planFleet(
      60,
      { ...DEFAULT_MIX, models: ['mi-4', FAILING_MODEL], channels: ['stable'], failModels: [FAILING_MODEL], failRate: 1, userEnabled: 0.3 },
      11,
    );
    devices = await manufactureFleet(world, plans.map(specFromPlan));
    for (const d of devices) before.set(d, await d.snapshot());

    const release = await publish(world, OPT_IN);
    rolloutId = await startRollout(world, {
      releaseId: release.id,
      audience: { channels: ['stable'] },
      stages: [
        { percent: 50, soakSeconds: 3600 },
        { percent: 100, soakSeconds: 0 },
      ],
      policy: { maxFailureRate: 0.05, minSamples: 20, confidence: 0.95 },
    });

    // One round: the waiting devices only take their offer; every other device installs what it is offered.
    await Promise.all(
      devices.filter(isWaiting).map(async (d) => {
        const answer = await new DeviceClient({ serverUrl: world.server.url, credentials: d.device.credentials(), profile: () => d.device.profile() }).poll();
        if (answer.action === 'install') waiting.push(d);
      }),
    );
    await pollRound(devices.filter((d) => !isWaiting(d)));
    world.server.clock.advanceSeconds(60);
    await world.server.tick();
    halted = await rolloutView(world, rolloutId);
    // Then every device polls on: the waiting ones hear `cancel`, the rest `none`.
    await pollRound(devices);
  });
  afterAll(() => world?.close());

  const installers = () => devices.filter((d) => !isWaiting(d) && d.pollActions()[0] === 'install');

  it('halts by itself within its first stage, well before the soak time, naming the failure rate', () => {
    expect(halted).toMatchObject({ state: 'halted', stageIndex: 0, stateReason: expect.stringMatching(/^auto: failure rate lower bound \d\.\d+ > max 0\.05/) });
    expect(halted.totals.rolledBack).toBeGreaterThanOrEqual(3);
  });

  it('every device of the failing model that tried fell back to its old slot, reported rolled-back BOOT_FAILED and is unchanged', async () => {
    const failing = installers().filter((d) => d.spec.profile.model === FAILING_MODEL);
    expect(failing.length).toBe(halted.totals.rolledBack);
    for (const d of failing) {
      expect(d.polls[0]).toMatchObject({ ok: true, outcome: { action: 'install', status: 'rolled-back', code: 'BOOT_FAILED' } });
      expect(await d.snapshot()).toEqual(before.get(d));
      expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'rolled-back', code: 'BOOT_FAILED' });
    }
  });

  it("the failed devices are found by status and code, each with the agent's message and its history (D9)", async () => {
    type Item = { deviceId: string; code: string | null; message: string | null };
    const found: Item[] = [];
    for (let cursor: string | null = null; ;) {
      const route: string = `/admin/v1/rollouts/${rolloutId}/devices?status=rolled-back&code=BOOT_FAILED&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { items: Item[]; nextCursor: string | null } = await adminCall(world, 'GET', route);
      found.push(...page.items);
      if (!(cursor = page.nextCursor)) break;
    }
    const failing = installers().filter((d) => d.spec.profile.model === FAILING_MODEL);
    expect(found.map((i) => i.deviceId).sort()).toEqual(failing.map((d) => d.id).sort());
    for (const i of found) expect(i.message).toMatch(/failed to boot; back on the old slot$/);
    const events = await adminCall<{ items: { status: string; message: string | null }[] }>(world, 'GET', `/admin/v1/devices/${found[0].deviceId}/events`);
    expect(events.items.map((e) => e.status)).toEqual(['offered', 'downloading', 'installing', 'rolled-back']);
    expect(events.items[3].message).toBe(found[0].message);
  });

  it('the healthy model installed (the halt stops new offers, it does not undo installs)', async () => {
    const healthy = installers().filter((d) => d.spec.profile.model !== FAILING_MODEL);
    expect(healthy.length).toBe(halted.totals.succeeded);
    for (const d of healthy) expect(d.device.profile().firmwareVersion).toBe('5.9.0');
  });

  describe('when a device had taken the offer but not started', () => {
    it('is told to cancel, reports cancelled, and its settings and firmware are unchanged', async () => {
      expect(waiting.length).toBeGreaterThanOrEqual(3);
      for (const d of waiting) {
        expect(d.polls).toEqual([{ ok: true, outcome: expect.objectContaining({ action: 'cancel', rolloutId, status: 'cancelled', code: 'CANCELLED' }) }]);
        expect(d.statusEvents(rolloutId).map((e) => [e.status, e.code])).toEqual([['cancelled', 'CANCELLED']]);
        expect(await d.snapshot()).toEqual(before.get(d));
        expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'cancelled', code: 'CANCELLED' });
      }
      expect((await rolloutView(world, rolloutId)).totals.cancelled).toBe(waiting.length);
    });
  });

  it('offers nothing new once halted, however long the devices keep polling', async () => {
    for (let round = 0; round < 3; round += 1) {
      world.server.clock.advanceSeconds(3600);
      await world.server.tick();
      const answers = await pollRound(devices);
      expect([...answers.values()].map((r) => r.ok && r.outcome.action)).toEqual(devices.map(() => 'none'));
    }
    const neverOffered = devices.filter((d) => !isWaiting(d) && d.pollActions()[0] === 'none');
    expect(neverOffered.length).toBeGreaterThan(5);
    for (const d of neverOffered) {
      expect((await deviceRecord(world, d.id)).rollouts).toEqual([]);
      expect(await d.snapshot()).toEqual(before.get(d));
    }
    expect((await rolloutView(world, rolloutId)).state).toBe('halted');
  });

  it('records the halt in the audit log with the system as actor', async () => {
    const audit = await adminCall<{ action: string; actor: string }[]>(world, 'GET', '/admin/v1/audit?limit=1000');
    expect(audit.filter((e) => e.action === 'rollout.halt')).toEqual([expect.objectContaining({ actor: 'system' })]);
  });
});
