/**
 * Power loss during the apply (D2): the settings storage is cut after its n-th write, for every write
 * the apply makes. After the reboot the device is wholly old (firmware 5.8.0, old settings) or wholly new
 * (5.9.0, migrated settings), never a mix, and the next poll finishes the install; the server counts each
 * device's outcomes exactly once.
 */
import { isSettingsError } from '@app/settings';
import { EmulatedDevice } from '../src/device/emulated-device';
import { OPT_IN, agentFor, makeDevice, publishRelease, rolloutView, serverStatus, snapshotOf, startRollout, startWorld, type AgentWorld } from './agent-world';

/** Journal (write, sync, rename, syncDir), state (the same four), journal removal (remove, syncDir). */
const WRITES_PER_APPLY = 10;
const CRASH_POINTS = Array.from({ length: WRITES_PER_APPLY }, (_, i) => i + 1);

describe('a device killed during apply', () => {
  let world: AgentWorld;
  let rollout: string;
  let newState: unknown;

  beforeAll(async () => {
    world = await startWorld();
    rollout = await startRollout(world, await publishRelease(world, OPT_IN), {});
    // The settings a clean install produces, for comparison (timestamps aside).
    const clean = await makeDevice(world);
    await agentFor(world, clean).agent.pollOnce();
    newState = comparable(await clean.settings());
  });
  afterAll(() => world.close());

  it.each(CRASH_POINTS)('recovers from a power cut after settings write %i and finishes on the next poll', async (n) => {
    const crashing = await makeDevice(world, { faults: { crashAfterWrites: n } });
    const old = await snapshotOf(crashing);
    const error = await agentFor(world, crashing)
      .agent.pollOnce()
      .catch((e: unknown) => e);
    expect(isSettingsError(error, 'SIMULATED_CRASH')).toBe(true);

    const rebooted = await EmulatedDevice.open(crashing.dir);
    const recovered = await snapshotOf(rebooted);
    if (recovered.profile.firmwareVersion === '5.8.0') {
      expect(recovered).toEqual(old);
      expect(rebooted.bootReport.slots).toBe('rolled-back');
    } else {
      expect(recovered.profile.firmwareVersion).toBe('5.9.0');
      expect(comparable(recovered.settings)).toEqual(newState);
      expect(rebooted.bootReport.slots).toBe('rolled-forward');
    }

    const { agent, events } = agentFor(world, rebooted);
    expect(await agent.pollOnce()).toMatchObject({ action: 'install', status: 'succeeded' });
    expect(rebooted.profile().firmwareVersion).toBe('5.9.0');
    expect(comparable(await rebooted.settings())).toEqual(newState);
    expect(await serverStatus(world, rollout, rebooted.id)).toEqual({ status: 'succeeded', code: null });
    const final = events.at(-1);
    expect(final?.type === 'status' && final.outcomes?.map((o) => o.result)).toEqual(['applied', 'applied', 'applied']);
  });

  it('rolls the last writes forward and the earlier ones back', async () => {
    // The split itself: the durable removal of the journal (writes 9 and 10) is the commit point.
    const boots: string[] = [];
    for (const n of CRASH_POINTS) {
      const device = await makeDevice(world, { faults: { crashAfterWrites: n } });
      await agentFor(world, device)
        .agent.pollOnce()
        .catch(() => undefined);
      boots.push((await EmulatedDevice.open(device.dir)).bootReport.slots);
    }
    expect(boots).toEqual([...Array(8).fill('rolled-back'), 'rolled-forward', 'rolled-forward']);
  });

  it('makes no more settings writes than those: a cut after write 11 comes too late to matter', async () => {
    const device = await makeDevice(world, { faults: { crashAfterWrites: WRITES_PER_APPLY + 1 } });
    expect(await agentFor(world, device).agent.pollOnce()).toMatchObject({ status: 'succeeded' });
  });

  it('counts every device that succeeded once in the per-key outcomes', async () => {
    const view = await rolloutView(world, rollout);
    const succeeded = view.totals.succeeded;
    // The clean device, one per crash point, and the one whose cut came too late.
    expect(succeeded).toBe(1 + WRITES_PER_APPLY + 1);
    expect(view.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(succeeded);
  });
});

/** A settings state without its instants, which differ between two devices by when they ran. */
function comparable(state: object): unknown {
  return JSON.parse(JSON.stringify(state, (key, value: unknown) => (key === 'updatedAt' || key === 'appliedAt' || key === 'at' ? '<instant>' : value)));
}
