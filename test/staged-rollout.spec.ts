/**
 * The Cloud Messaging opt-in (firmware-manifests/cloud-messaging-opt-in.json) rolled out 10% -> 50% -> 100% to
 * the stable channel of a fleet of real agents, stage by stage on the server's manual clock, with a second person's
 * approval (D4, D5). Some owners had turned Cloud Messaging on before the update (D0); a few devices are outside
 * the rollout's audience and poll throughout.
 */
import { bucketOf, cohortSize } from '@app/rollout';
import { DataSource } from 'typeorm';
import { planFleet, DEFAULT_MIX } from '../apps/device-agent/src/fleet/fleet-plan';
import { OPT_IN, STREAM, deviceRecord, driveRollout, publish, startRollout, type RolloutView, type RoundTrace } from './support/admin';
import {
  CLOUD_MESSAGING_SURFACE,
  ENABLED,
  ENCRYPT,
  MESSAGING_SURFACE,
  manufactureFleet,
  specFromPlan,
  type DeviceSnapshot,
  type DeviceSpec,
  type FleetDevice,
} from './support/fleet';
import { startWorld, type World } from './support/world';

const MODELS = ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'];
const STAGES = [
  { percent: 10, soakSeconds: 600 },
  { percent: 50, soakSeconds: 600 },
  { percent: 100, soakSeconds: 0 },
];
const AUDIENCE = { models: MODELS, channels: ['stable'], firmware: '>=5.0.0 <5.9.0' };

/** Outside AUDIENCE by exactly one criterion each. */
const OUTSIDERS: { why: string; spec: DeviceSpec }[] = [
  { why: 'another model', spec: { profile: { model: 'mi-2s', firmwareVersion: '5.8.0', region: 'cn', channel: 'stable' } } },
  { why: 'another model', spec: { profile: { model: 'mi-pad', firmwareVersion: '5.8.1', region: 'in', channel: 'stable' } } },
  { why: 'firmware above the range', spec: { profile: { model: 'mi-4', firmwareVersion: '5.9.0', region: 'sg', channel: 'stable' } } },
  { why: 'firmware below the range', spec: { profile: { model: 'redmi-1s', firmwareVersion: '4.4.4', region: 'my', channel: 'stable' } } },
  { why: 'another channel (beta)', spec: { profile: { model: 'mi-3', firmwareVersion: '5.8.1', region: 'id', channel: 'beta' } } },
  { why: 'another channel (dev)', spec: { profile: { model: 'redmi-note', firmwareVersion: '5.8.2', region: 'cn', channel: 'dev' } } },
];

describe('a staged rollout of the Cloud Messaging opt-in', () => {
  let world: World;
  let targeted: FleetDevice[];
  let outsiders: FleetDevice[];
  let rolloutId: string;
  let trace: RoundTrace[];
  let view: RolloutView;
  let salt: string;
  const before = new Map<FleetDevice, DeviceSnapshot>();
  const after = new Map<FleetDevice, DeviceSnapshot>();

  beforeAll(async () => {
    world = await startWorld();
    // 48 stable devices in the audience: every model, 5.8.0-5.8.2, five regions; about 30% of owners had turned
    // Cloud Messaging on under Settings > Mi Cloud > Cloud Messaging.
    const plans = planFleet(48, { ...DEFAULT_MIX, models: MODELS, channels: ['stable'], userEnabled: 0.3, factoryReset: 0 }, 7);
    targeted = await manufactureFleet(world, plans.map(specFromPlan));
    outsiders = await manufactureFleet(
      world,
      OUTSIDERS.map((o) => o.spec),
    );
    for (const d of [...targeted, ...outsiders]) before.set(d, await d.snapshot());

    const release = await publish(world, OPT_IN);
    rolloutId = await startRollout(world, {
      releaseId: release.id,
      audience: AUDIENCE,
      stages: STAGES,
      policy: { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, allowSmallCohort: true },
    });
    const [row] = (await world.server.app.get(DataSource).query('SELECT salt FROM rollout WHERE id = ?', [rolloutId])) as { salt: string }[];
    salt = row.salt;
    ({ trace, view } = await driveRollout(world, rolloutId, [...targeted, ...outsiders], { stepSeconds: 300 }));
    for (const d of [...targeted, ...outsiders]) after.set(d, await d.snapshot());
  });
  afterAll(() => world?.close());

  describe('when it runs to the end', () => {
    it('goes 10% -> 50% -> 100% by itself and completes', () => {
      const percents = trace.map((t) => t.percent).filter((p, i, all) => i === 0 || all[i - 1] !== p);
      expect(percents).toEqual([10, 50, 100]);
      // Each stage soaked: 600 s at 300 s per round is two rounds before the engine advanced.
      const roundsAt = (percent: number) => trace.filter((t) => t.percent === percent && t.state === 'running').length;
      expect([roundsAt(10), roundsAt(50)]).toEqual([2, 2]);
      expect(trace.at(-1)?.state).toBe('completed');
      expect(view.stateReason).toMatch(/^auto: last stage healthy/);
    });

    it('offers each device once, at the first stage whose cohort holds it (D4: bucket < percent * 10_000)', async () => {
      const perStage = STAGES.map(() => 0);
      for (const d of targeted) {
        const bucket = bucketOf(d.id, salt);
        const expectedStage = STAGES.findIndex((s) => bucket < cohortSize(s.percent));
        perStage[expectedStage] += 1;
        const record = await deviceRecord(world, d.id);
        expect(record.rollouts).toEqual([expect.objectContaining({ rolloutId, stageIndex: expectedStage, status: 'succeeded', code: null })]);
        expect(d.pollActions().filter((a) => a === 'install')).toHaveLength(1);
      }
      expect(view.stages.map((s) => s.counts.succeeded)).toEqual(perStage);
    });

    it('leaves every targeted device on firmware 5.9.0 with Cloud Messaging off by factory default', async () => {
      expect(targeted.every((d) => d.polls.every((p) => p.ok))).toBe(true);
      for (const d of targeted) {
        const { profile, slots, settings } = after.get(d)!;
        expect(profile.firmwareVersion).toBe('5.9.0');
        expect(slots).toMatchObject({ pending: null, lastInstall: { manifestId: 'cloud-messaging-opt-in', releaseCounter: 1, reported: true } });
        expect(settings.factoryDefaults).toEqual({ [ENABLED]: false, [ENCRYPT]: true });
        expect(settings.settings[ENCRYPT]).toMatchObject({ value: true, source: 'migration' });
        expect(settings.releaseCounters).toEqual({ [STREAM]: 1 });
        expect(d.lastStatus(rolloutId)).toMatchObject({ status: 'succeeded' });
        expect((await deviceRecord(world, d.id)).firmwareVersion).toBe('5.9.0');
      }
      expect(view.totals).toMatchObject({ succeeded: targeted.length, failed: 0, rolledBack: 0, offered: 0, downloading: 0, installing: 0 });
    });

    it('changes no current value of an owner who never chose: Cloud Messaging stays as it was until a reset', () => {
      for (const d of targeted.filter((t) => !t.spec.choice)) {
        expect(after.get(d)!.settings.settings[ENABLED]).toEqual(before.get(d)!.settings.settings[ENABLED]);
        expect(d.lastStatus(rolloutId)?.outcomes).toContainEqual({ key: ENABLED, op: 'setFactoryDefault', result: 'applied' });
      }
    });
  });

  describe('when the owner had turned Cloud Messaging on', () => {
    let chosen: FleetDevice[];

    beforeAll(() => {
      chosen = targeted.filter((d) => d.spec.choice?.value === true);
    });

    it('keeps it on, with its consent record, and reports skipped:user-choice', () => {
      expect(chosen.length).toBeGreaterThanOrEqual(5);
      for (const d of chosen) {
        expect(after.get(d)!.settings.settings[ENABLED]).toEqual(before.get(d)!.settings.settings[ENABLED]);
        expect(after.get(d)!.settings.settings[ENABLED]).toMatchObject({ value: true, source: 'user', consent: { surface: CLOUD_MESSAGING_SURFACE } });
        expect(d.lastStatus(rolloutId)?.outcomes).toContainEqual({ key: ENABLED, op: 'setFactoryDefault', result: 'skipped:user-choice' });
      }
    });

    it("is counted in the server's rollout view: how many owners kept it on", () => {
      expect(view.outcomes[ENABLED]).toEqual({ setFactoryDefault: { 'skipped:user-choice': chosen.length, applied: targeted.length - chosen.length } });
      expect(view.outcomes[ENCRYPT].force.applied).toBe(targeted.length);
    });

    it('after a factory reset it is off with no consent record, and the update is not offered again', async () => {
      for (const d of chosen) {
        await d.device.factoryReset();
        const state = await d.device.settings();
        expect(state.settings[ENABLED]).toEqual({ value: false, source: 'factory-default', updatedAt: expect.any(String) });
        expect(state.releaseCounters).toEqual({ [STREAM]: 1 });
        expect(d.device.profile().firmwareVersion).toBe('5.9.0');
        expect(await d.pollOnce()).toMatchObject({ ok: true, outcome: { action: 'none' } });
      }
    });

    it('turned back on under Messaging > Settings, it is on with a consent record naming that surface', async () => {
      for (const d of chosen) {
        await d.device.setUserValue(ENABLED, true, MESSAGING_SURFACE);
        const setting = (await d.device.settings()).settings[ENABLED];
        expect(setting).toEqual({ value: true, source: 'user', updatedAt: expect.any(String), consent: { surface: MESSAGING_SURFACE, at: setting.updatedAt } });
      }
    });
  });

  describe('when the owner never chose and resets the phone after the update', () => {
    it('comes back with Cloud Messaging off, no consent record', async () => {
      const resetting = targeted.filter((d) => !d.spec.choice).slice(0, 5);
      for (const d of resetting) {
        expect((await d.device.settings()).settings[ENABLED]).toMatchObject({ value: true, source: 'factory-default' });
        await d.device.factoryReset();
        expect((await d.device.settings()).settings[ENABLED]).toEqual({ value: false, source: 'factory-default', updatedAt: expect.any(String) });
      }
    });
  });

  describe('when a device is outside the audience', () => {
    it.each(OUTSIDERS.map((o, i) => [o.why, i] as const))('(%s) is never offered the release across the whole rollout', async (_why, i) => {
      const d = outsiders[i];
      // It polled in every round of every stage and always heard `none`.
      expect(d.pollActions().length).toBeGreaterThanOrEqual(trace.length);
      expect(new Set(d.pollActions())).toEqual(new Set(['none']));
      expect(d.statusEvents()).toEqual([]);
      const record = await deviceRecord(world, d.id);
      expect(record).toMatchObject({ model: d.spec.profile.model, firmwareVersion: d.spec.profile.firmwareVersion, channel: d.spec.profile.channel });
      expect(record.rollouts).toEqual([]);
      expect(after.get(d)).toEqual(before.get(d));
    });
  });
});
