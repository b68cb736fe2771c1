/**
 * D2 atomic apply across power loss, end to end: devices lose power after the n-th settings write of the install
 * (device fault `crashAfterWrites`, for every write the apply makes), boot again (`EmulatedDevice.open`), come up
 * wholly old or wholly new, never a mix, and finish the install on their next poll; the server counts each
 * device's outcomes exactly once and the rollout completes.
 */
import { isSettingsError } from '@app/settings';
import { OPT_IN, STREAM, driveRollout, publish, rolloutView, serverStatus, startRollout } from './support/admin';
import {
  CLOUD_MESSAGING_SURFACE,
  ENABLED,
  manufactureFleet,
  pollRound,
  withoutInstants,
  type DeviceSnapshot,
  type DeviceSpec,
  type FleetDevice,
} from './support/fleet';
import { startWorld, type World } from './support/world';

/** The settings writes of one apply: journal (4), state (4), journal removal (2); the last two follow the commit. */
const CRASH_POINTS = Array.from({ length: 10 }, (_, i) => i + 1);
const PROFILE = { model: 'mi-3', firmwareVersion: '5.8.1', region: 'my', channel: 'beta' };
const OWNER_ON: DeviceSpec['choice'] = { value: true, surface: CLOUD_MESSAGING_SURFACE };

describe('devices killed during the apply', () => {
  let world: World;
  let rolloutId: string;
  /** One clean install per kind of owner: what "wholly new" means. */
  let reference: { plain: FleetDevice; chose: FleetDevice };
  let crashing: FleetDevice[];
  const before = new Map<FleetDevice, DeviceSnapshot>();
  const firstPoll = new Map<FleetDevice, unknown>();
  const rebooted = new Map<FleetDevice, DeviceSnapshot>();

  beforeAll(async () => {
    world = await startWorld();
    const [plain, chose] = await manufactureFleet(world, [{ profile: PROFILE }, { profile: PROFILE, choice: OWNER_ON }]);
    reference = { plain, chose };
    crashing = await manufactureFleet(
      world,
      CRASH_POINTS.flatMap((n) => [
        { profile: PROFILE, crashAfterWrites: n },
        { profile: PROFILE, crashAfterWrites: n, choice: OWNER_ON },
      ]),
    );
    for (const d of crashing) before.set(d, await d.snapshot());

    rolloutId = await startRollout(world, {
      releaseId: (await publish(world, OPT_IN)).id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, allowSmallCohort: true },
    });
    for (const [d, result] of await pollRound([plain, chose, ...crashing])) firstPoll.set(d, result.ok ? result.outcome : result.error);
    for (const d of crashing) {
      await d.reboot();
      rebooted.set(d, await d.snapshot());
    }
  });
  afterAll(() => world?.close());

  const referenceOf = (d: FleetDevice) => (d.spec.choice ? reference.chose : reference.plain);

  it('the power cut hits every one of them in the middle of the install', async () => {
    expect(firstPoll.get(reference.plain)).toMatchObject({ status: 'succeeded' });
    expect(firstPoll.get(reference.chose)).toMatchObject({ status: 'succeeded' });
    for (const d of crashing) {
      expect(isSettingsError(firstPoll.get(d), 'SIMULATED_CRASH')).toBe(true);
      // The device died after reporting `installing` and before any verdict.
      expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'installing', code: null });
    }
  });

  it('each one boots wholly old or wholly new, and both happen (the journal commit is the dividing line)', async () => {
    const boots = new Set<string>();
    for (const d of crashing) {
      const now = rebooted.get(d)!;
      boots.add(d.device.bootReport.slots);
      if (now.profile.firmwareVersion === PROFILE.firmwareVersion) {
        expect(d.device.bootReport.slots).toBe('rolled-back');
        expect(now).toEqual(before.get(d));
      } else {
        expect(d.device.bootReport.slots).toBe('rolled-forward');
        const clean = await referenceOf(d).snapshot();
        expect(now.profile.firmwareVersion).toBe('5.9.0');
        expect(withoutInstants(now.settings)).toEqual(withoutInstants(clean.settings));
        expect(now.slots).toMatchObject({ pending: null, lastInstall: { releaseCounter: 1, reported: false } });
      }
    }
    expect(boots).toEqual(new Set(['rolled-back', 'rolled-forward']));
  });

  it('finishes the install on the next poll, with the settings a clean install gives', async () => {
    await pollRound(crashing);
    for (const d of crashing) {
      expect(d.polls.at(-1)).toMatchObject({ ok: true, outcome: { action: 'install', status: 'succeeded' } });
      const [now, clean] = [await d.snapshot(), await referenceOf(d).snapshot()];
      expect(now.profile.firmwareVersion).toBe('5.9.0');
      expect(now.settings.releaseCounters).toEqual({ [STREAM]: 1 });
      expect(withoutInstants(now.settings)).toEqual(withoutInstants(clean.settings));
      // The owner's choice survived the power cut and the retry.
      if (d.spec.choice) expect(now.settings.settings[ENABLED]).toMatchObject({ value: true, source: 'user', consent: { surface: CLOUD_MESSAGING_SURFACE } });
      expect(d.lastStatus(rolloutId)?.outcomes).toEqual(referenceOf(d).lastStatus(rolloutId)?.outcomes);
      expect(await serverStatus(world, rolloutId, d.id)).toEqual({ status: 'succeeded', code: null });
    }
  });

  it('the server counts every device once, and the rollout completes', async () => {
    const half = CRASH_POINTS.length + 1;
    const view = await rolloutView(world, rolloutId);
    expect(view.totals).toMatchObject({ succeeded: 2 * half, installing: 0, failed: 0 });
    expect(view.outcomes[ENABLED].setFactoryDefault).toEqual({ applied: half, 'skipped:user-choice': half });
    const { view: done } = await driveRollout(world, rolloutId, [reference.plain, reference.chose, ...crashing], { stepSeconds: 120 });
    expect(done.state).toBe('completed');
  });
});
