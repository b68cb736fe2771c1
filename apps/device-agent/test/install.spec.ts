/**
 * The agent against a real server (D3, D4): the Cloud Messaging opt-in installed end to end, and the paths
 * that must leave the device as it was: a failed boot, a manifest for another model, a halt before the
 * device started, a replayed older release.
 */
import { DeviceClient } from '../src/client/device-client';
import {
  A_PROFILE,
  CLOUD_MESSAGING_SURFACE,
  OPT_IN,
  STRICT,
  agentFor,
  makeDevice,
  publishRelease,
  rolloutView,
  serverStatus,
  snapshotOf,
  startRollout,
  startWorld,
  type AgentWorld,
} from './agent-world';

describe('agent install against a real server', () => {
  let world: AgentWorld;
  let optIn: string;
  /** Audience: region "in" only, so the other scenarios' rollouts never reach these devices. */
  let rollout: string;

  beforeAll(async () => {
    world = await startWorld({ env: { SESSION_TTL_SECONDS: '60' } });
    optIn = await publishRelease(world, OPT_IN);
    rollout = await startRollout(world, optIn, { regions: ['in'] });
  });
  afterAll(() => world.close());

  it('installs the opt-in: new firmware, new factory default, identifiers encrypted, the user choice kept', async () => {
    const device = await makeDevice(world);
    await device.setUserValue('cloud_messaging.enabled', true, CLOUD_MESSAGING_SURFACE);
    const { agent, events } = agentFor(world, device);

    const outcome = await agent.pollOnce();

    expect(outcome).toMatchObject({ action: 'install', rolloutId: rollout, status: 'succeeded' });
    expect(device.profile().firmwareVersion).toBe('5.9.0');
    const state = await device.settings();
    expect(state.factoryDefaults).toEqual({ 'cloud_messaging.enabled': false, 'cloud_messaging.encrypt_identifiers': true });
    expect(state.settings['cloud_messaging.enabled']).toMatchObject({ value: true, source: 'user', consent: { surface: CLOUD_MESSAGING_SURFACE } });
    expect(state.settings['cloud_messaging.encrypt_identifiers']).toMatchObject({ value: true, source: 'migration' });
    expect(state.releaseCounters).toEqual({ 'miui-settings': 1 });
    const reported = events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.status);
    expect(reported).toEqual(['downloading', 'installing', 'succeeded']);
    const final = events.at(-1);
    expect(final?.type === 'status' && final.outcomes).toEqual([
      { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'skipped:user-choice' },
      { key: 'cloud_messaging.encrypt_identifiers', op: 'force', result: 'applied', reason: expect.stringContaining('encrypted') },
      { key: 'cloud_messaging.encrypt_identifiers', op: 'setFactoryDefault', result: 'applied' },
    ]);
    expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'succeeded', code: null });
    expect((await rolloutView(world, rollout)).outcomes['cloud_messaging.enabled'].setFactoryDefault['skipped:user-choice']).toBe(1);
  });

  it('after the install, a factory reset turns Cloud Messaging off with no consent record', async () => {
    const device = await makeDevice(world);
    await agentFor(world, device).agent.pollOnce();
    await device.factoryReset();
    const state = await device.settings();
    expect(state.settings['cloud_messaging.enabled']).toEqual({ value: false, source: 'factory-default', updatedAt: expect.any(String) });
    expect(state.releaseCounters).toEqual({ 'miui-settings': 1 });
  });

  it('polls "none" once done, renewing an expired session on the way', async () => {
    const device = await makeDevice(world);
    const { agent, events } = agentFor(world, device);
    await agent.pollOnce();
    world.server.clock.advanceSeconds(120);
    expect(await agent.pollOnce()).toMatchObject({ action: 'none', pollAfterSeconds: 60 });
    expect(events.filter((e) => e.type === 'session')).toHaveLength(2);
  });

  describe('when the new slot fails to boot', () => {
    it('falls back to the old slot, reports rolled-back BOOT_FAILED and keeps the settings', async () => {
      const device = await makeDevice(world, { faults: { failBoot: () => true } });
      const before = await snapshotOf(device);
      const outcome = await agentFor(world, device).agent.pollOnce();
      expect(outcome).toMatchObject({ status: 'rolled-back', code: 'BOOT_FAILED' });
      expect(await snapshotOf(device)).toEqual(before);
      expect(device.slotTable()).toMatchObject({ active: 'A', pending: null, lastInstall: null });
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'rolled-back', code: 'BOOT_FAILED' });
    });
  });

  describe('when the manifest does not list the device model (but the rollout audience includes it)', () => {
    it('refuses with NOT_APPLICABLE and changes nothing', async () => {
      const device = await makeDevice(world, { profile: { model: 'mi-9' } });
      const before = await snapshotOf(device);
      const { agent, events } = agentFor(world, device);
      expect(await agent.pollOnce()).toMatchObject({ status: 'failed', code: 'NOT_APPLICABLE' });
      expect(await snapshotOf(device)).toEqual(before);
      expect(events.at(-1)).toMatchObject({ type: 'status', detail: expect.stringContaining('model one of mi-3, mi-4') });
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'failed', code: 'NOT_APPLICABLE' });
    });
  });

  describe('when the rollout is halted after the offer, before the device started', () => {
    it('cancels before apply and reports cancelled', async () => {
      const halted = await startRollout(world, optIn, { regions: ['my'] });
      const device = await makeDevice(world, { profile: { region: 'my' } });
      const before = await snapshotOf(device);
      // The offer is made on a poll; this one comes from a client that does nothing with it.
      const offer = await new DeviceClient({ serverUrl: world.server.url, credentials: device.credentials(), profile: () => device.profile() }).poll();
      expect(offer).toMatchObject({ action: 'install', rolloutId: halted });
      await world.server.admin('POST', `/admin/v1/rollouts/${halted}/halt`, { reason: 'support tickets' });

      const outcome = await agentFor(world, device).agent.pollOnce();

      expect(outcome).toMatchObject({ action: 'cancel', status: 'cancelled', code: 'CANCELLED' });
      expect(await snapshotOf(device)).toEqual(before);
      expect(await serverStatus(world, halted, device.id)).toEqual({ status: 'cancelled', code: 'CANCELLED' });
    });
  });

  describe('when an older release is replayed after a newer one was applied', () => {
    it('refuses it with ROLLBACK and keeps the newer firmware and settings', async () => {
      const strict = await startRollout(world, await publishRelease(world, STRICT), { regions: ['sg'] });
      const device = await makeDevice(world, { profile: { region: 'sg' } });
      const { agent } = agentFor(world, device);
      expect(await agent.pollOnce()).toMatchObject({ rolloutId: strict, status: 'succeeded' });
      expect(device.profile().firmwareVersion).toBe('5.9.1');
      const after = await snapshotOf(device);

      const replay = await startRollout(world, optIn, { regions: ['sg'] }, strict);
      expect(await agent.pollOnce()).toMatchObject({ rolloutId: replay, status: 'failed', code: 'ROLLBACK' });
      expect(await snapshotOf(device)).toEqual(after);
    });
  });

  it('sends the running firmware version with every poll, so the server sees the new one after an install', async () => {
    const device = await makeDevice(world);
    const { agent } = agentFor(world, device);
    const firmwareOnServer = async () => (await world.server.admin<{ firmwareVersion: string }>('GET', `/admin/v1/devices/${device.id}`)).body.firmwareVersion;
    await agent.pollOnce();
    expect(await firmwareOnServer()).toBe(A_PROFILE.firmwareVersion);
    await agent.pollOnce();
    expect(await firmwareOnServer()).toBe('5.9.0');
  });
});
