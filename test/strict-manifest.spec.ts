/**
 * The two policies of D2 compared on one fleet: the opt-in (release 1) changes only the factory default; the
 * strict variant (firmware-manifests/cloud-messaging-opt-in-strict.json, release 2) also turns Cloud Messaging off
 * where the owner never chose, and leaves every chosen value, on or off, as it was. Most devices take release 1
 * and then release 2; the devices of region `id` are left out of the first rollout and go straight to release 2.
 */
import { OPT_IN, STRICT, STREAM, driveRollout, publish, startRollout, type RolloutView } from './support/admin';
import { CLOUD_MESSAGING_SURFACE, ENABLED, manufactureFleet, type DeviceSnapshot, type DeviceSpec, type FleetDevice } from './support/fleet';
import { startWorld, type World } from './support/world';

type Owner = 'never chose' | 'chose on' | 'chose off';
const OWNERS: Owner[] = ['never chose', 'chose on', 'chose off'];
const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
const ONE_STAGE = [{ percent: 100, soakSeconds: 0 }];
const POLICY = { maxFailureRate: 0.05, minSamples: 20, confidence: 0.95, allowSmallCohort: true };

function specOf(i: number): DeviceSpec & { owner: Owner } {
  const owner = OWNERS[i % 3];
  const region = i % 5 === 0 ? 'id' : ['cn', 'in', 'sg', 'my'][i % 4];
  const choice = owner === 'never chose' ? undefined : { value: owner === 'chose on', surface: CLOUD_MESSAGING_SURFACE };
  return { owner, profile: { model: MODELS[i % 4], firmwareVersion: `5.8.${i % 3}`, region, channel: 'beta' }, ...(choice ? { choice } : {}) };
}

describe('the strict manifest after (or instead of) the opt-in', () => {
  let world: World;
  let devices: FleetDevice[];
  const owner = new Map<FleetDevice, Owner>();
  let optInView: RolloutView;
  let strictView: RolloutView;
  let strictRollout: string;
  const initial = new Map<FleetDevice, DeviceSnapshot>();
  const afterOptIn = new Map<FleetDevice, DeviceSnapshot>();
  const final = new Map<FleetDevice, DeviceSnapshot>();
  const tookOptIn = (d: FleetDevice) => d.spec.profile.region !== 'id';

  beforeAll(async () => {
    world = await startWorld();
    const specs = Array.from({ length: 30 }, (_, i) => specOf(i));
    devices = await manufactureFleet(world, specs);
    devices.forEach((d, i) => owner.set(d, specs[i].owner));
    for (const d of devices) initial.set(d, await d.snapshot());

    const optIn = await publish(world, OPT_IN);
    const strict = await publish(world, STRICT);
    expect(strict.releaseCounter).toBe(2);
    const first = await startRollout(world, {
      releaseId: optIn.id,
      audience: { channels: ['beta'], regions: ['cn', 'in', 'sg', 'my'] },
      stages: ONE_STAGE,
      policy: POLICY,
    });
    optInView = (await driveRollout(world, first, devices, { stepSeconds: 120 })).view;
    for (const d of devices) afterOptIn.set(d, await d.snapshot());

    strictRollout = await startRollout(world, {
      releaseId: strict.id,
      audience: { channels: ['beta'], firmware: '>=5.0.0 <5.9.1' },
      stages: ONE_STAGE,
      policy: POLICY,
    });
    strictView = (await driveRollout(world, strictRollout, devices, { stepSeconds: 120 })).view;
    for (const d of devices) final.set(d, await d.snapshot());
  });
  afterAll(() => world?.close());

  const group = (o: Owner) => devices.filter((d) => owner.get(d) === o);

  it('installs both releases in order: 5.9.0, then 5.9.1 (release counter 2)', () => {
    expect(optInView).toMatchObject({ state: 'completed', totals: { succeeded: devices.filter(tookOptIn).length } });
    expect(strictView).toMatchObject({ state: 'completed', totals: { succeeded: devices.length, failed: 0 } });
    for (const d of devices) {
      expect(afterOptIn.get(d)!.profile.firmwareVersion).toBe(tookOptIn(d) ? '5.9.0' : d.spec.profile.firmwareVersion);
      expect(final.get(d)!.profile.firmwareVersion).toBe('5.9.1');
      expect(final.get(d)!.settings.releaseCounters).toEqual({ [STREAM]: 2 });
      expect(final.get(d)!.settings.factoryDefaults[ENABLED]).toBe(false);
    }
  });

  describe('when the owner never chose', () => {
    it('the opt-in leaves Cloud Messaging on (only the default changed); the strict manifest turns it off', () => {
      const never = group('never chose');
      expect(never.length).toBe(10);
      for (const d of never) {
        expect(afterOptIn.get(d)!.settings.settings[ENABLED]).toMatchObject({ value: true, source: 'factory-default' });
        expect(final.get(d)!.settings.settings[ENABLED]).toEqual({ value: false, source: 'migration', updatedAt: expect.any(String) });
        expect(d.lastStatus(strictRollout)?.outcomes).toContainEqual({ key: ENABLED, op: 'setIfNotUserChosen', result: 'applied' });
      }
    });
  });

  describe('when the owner had chosen', () => {
    it.each(['chose on', 'chose off'] as const)('(%s) the value, its source and its consent record stay as they were', (o) => {
      const chosen = group(o);
      expect(chosen.length).toBe(10);
      for (const d of chosen) {
        const setting = initial.get(d)!.settings.settings[ENABLED];
        expect(setting).toMatchObject({ value: o === 'chose on', source: 'user', consent: { surface: CLOUD_MESSAGING_SURFACE } });
        expect(final.get(d)!.settings.settings[ENABLED]).toEqual(setting);
        // Already off is `noop`; on is a choice the strict manifest must not override.
        const result = o === 'chose on' ? 'skipped:user-choice' : 'noop';
        expect(d.lastStatus(strictRollout)?.outcomes).toContainEqual({ key: ENABLED, op: 'setIfNotUserChosen', result });
      }
    });
  });

  it("the server's views compare both policies: owners kept on, owners never asked", () => {
    const n = (o: Owner, took?: boolean) => group(o).filter((d) => took === undefined || tookOptIn(d) === took).length;
    expect(optInView.outcomes[ENABLED]).toEqual({
      setFactoryDefault: { 'skipped:user-choice': n('chose on', true), applied: n('never chose', true) + n('chose off', true) },
    });
    // Release 2's default change is news only to the devices that skipped release 1.
    expect(strictView.outcomes[ENABLED]).toEqual({
      setFactoryDefault: {
        noop: devices.filter(tookOptIn).length,
        ...countsOf({ 'skipped:user-choice': n('chose on', false), applied: n('never chose', false) + n('chose off', false) }),
      },
      setIfNotUserChosen: { applied: n('never chose'), 'skipped:user-choice': n('chose on'), noop: n('chose off') },
    });
  });
});

/** Drops zero counts: the server has no row for an outcome nobody reported. */
function countsOf(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
