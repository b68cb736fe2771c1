import { DataSource } from 'typeorm';
import { expectCountsMatchStates, readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

// 120 devices: a first stage of 1% could hold no device at all and never gather a sample, so 10% here
// (fewer than 2 of 120 devices in a 10% cohort has a probability under 0.1%).
const STAGES = [
  { percent: 10, soakSeconds: 600 },
  { percent: 25, soakSeconds: 600 },
  { percent: 50, soakSeconds: 600 },
  { percent: 100, soakSeconds: 0 },
];
// Small stages: with 2 clean reports the 95% Wilson upper bound is still 0.66, so the test policy tolerates 70%.
const POLICY = { maxFailureRate: 0.7, minSamples: 2, confidence: 0.95 };
const profile = (i: number) => ({ model: i % 2 ? 'mi-3' : 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in' });

interface RolloutView {
  id: string;
  state: string;
  stageIndex: number;
  stages: { percent: number; counts: Record<string, number> }[];
  totals: Record<string, number> & { health: { samples: number; failureRate: number; interval: { lower: number; upper: number } } };
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

describe('full flow: release -> sign -> publish -> staged rollout -> complete', () => {
  let server: TestServer;
  let devices: TestDevice[];

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 120, profile);
  });
  afterAll(() => server.close());

  /** Every device polls once; those offered the release install it and report success with outcomes. */
  async function pollAll(rolloutId: string): Promise<number> {
    let installed = 0;
    for (const d of devices) {
      const answer = await d.poll();
      if (answer.action !== 'install') continue;
      expect(answer.rolloutId).toBe(rolloutId);
      expect(answer.target?.path).toBe('manifests/miui-settings/1.json');
      await d.report(rolloutId, 'downloading');
      await d.report(rolloutId, 'installing');
      const user = installed % 3 === 0;
      const res = await d.report(rolloutId, 'succeeded', {
        outcomes: [
          { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' },
          { key: 'cloud_messaging.encrypt_identifiers', op: 'force', result: user ? 'noop' : 'applied', reason: 'encrypt' },
        ],
      });
      expect(res.status).toBe(200);
      installed += 1;
    }
    return installed;
  }

  it('runs the Cloud Messaging manifest through every stage to completion', async () => {
    const created = await server.admin<{ id: string; state: string; targetPath: string }>('POST', '/admin/v1/releases', {
      manifest: readFirmwareManifest('cloud-messaging-opt-in.json'),
    });
    expect(created.status).toBe(201);
    // The dev targets key is configured (threshold 1): the server signs and publishes at once.
    expect(created.body.state).toBe('published');
    expect(created.body.targetPath).toBe('manifests/miui-settings/1.json');

    const rollout = await server.admin<RolloutView>('POST', '/admin/v1/rollouts', {
      releaseId: created.body.id,
      audience: { channels: ['beta'], firmware: '>=5.0.0 <5.9.0' },
      stages: STAGES,
      policy: POLICY,
    });
    expect(rollout.status).toBe(201);
    const id = rollout.body.id;
    expect((await server.admin<RolloutView>('POST', `/admin/v1/rollouts/${id}/start`)).body.state).toBe('running');

    let total = 0;
    const seenStages: number[] = [];
    for (let round = 0; round < 12; round += 1) {
      const view = (await server.admin<RolloutView>('GET', `/admin/v1/rollouts/${id}`)).body;
      if (view.state === 'completed') break;
      seenStages.push(view.stageIndex);
      total += await pollAll(id);
      server.clock.advanceSeconds(601);
      await server.tick();
    }
    const final = (await server.admin<RolloutView & { stateReason: string }>('GET', `/admin/v1/rollouts/${id}`)).body;
    expect({ state: final.state, reason: final.stateReason }).toEqual({ state: 'completed', reason: expect.stringMatching(/^auto: last stage healthy/) });
    expect(new Set(seenStages)).toEqual(new Set([0, 1, 2, 3]));
    // After the last stage every device in the audience has been offered and has succeeded.
    await pollAll(id);
    const after = (await server.admin<RolloutView>('GET', `/admin/v1/rollouts/${id}`)).body;
    expect(after.totals.succeeded).toBe(devices.length);
    expect(total).toBeGreaterThan(0);
    expect(after.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(devices.length);
    const force = after.outcomes['cloud_messaging.encrypt_identifiers'].force;
    expect(force.applied + force.noop).toBe(devices.length);
    expect(after.totals.health.failureRate).toBe(0);
    expect(after.totals.health.interval.upper).toBeLessThan(0.05);
  });

  it('never offers a device twice, and offers nothing after completion', async () => {
    for (const d of devices.slice(0, 10)) expect((await d.poll()).action).toBe('none');
  });

  it('keeps per-stage counts equal to the device states', async () => {
    const rollouts = await server.app.get(DataSource).query('SELECT id FROM rollout');
    for (const r of rollouts as { id: string }[]) await expectCountsMatchStates(server, r.id);
  });

  it('shows devices with their rollout history, and audits every transition', async () => {
    const device = await server.admin<{ id: string; model: string; rollouts: { status: string }[] }>('GET', `/admin/v1/devices/${devices[0].id}`);
    expect(device.status).toBe(200);
    expect(device.body.rollouts.map((r) => r.status)).toEqual(['succeeded']);
    const list = await server.admin<{ total: number }>('GET', '/admin/v1/devices?model=mi-3&limit=5');
    expect(list.body.total).toBe(60);
    const audit = await server.admin<{ action: string; actor: string }[]>('GET', '/admin/v1/audit?limit=1000');
    const actions = audit.body.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['release.create', 'release.publish', 'rollout.create', 'rollout.start', 'rollout.advance', 'rollout.complete']),
    );
    expect(audit.body.filter((e) => e.action === 'rollout.advance').every((e) => e.actor === 'system')).toBe(true);
    expect((await server.admin<{ ok: boolean }>('GET', '/admin/v1/audit/verify')).body.ok).toBe(true);
  });
});
