import { RolloutCache, STOPPED_RETENTION_MS } from '../src/rollouts/rollout-cache.service';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

interface View {
  id: string;
  state: string;
  stateReason: string | null;
  stageIndex: number;
  totals: { failed: number; cancelled: number; offered: number };
}

describe('when reports cross the failure threshold', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let rolloutId: string;

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 60, () => ({ model: 'redmi-1s', firmwareVersion: '5.8.1', channel: 'beta', region: 'cn' }));
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<View>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [
        { percent: 50, soakSeconds: 3600 },
        { percent: 100, soakSeconds: 0 },
      ],
      policy: { maxFailureRate: 0.1, minSamples: 10, confidence: 0.95 },
    });
    rolloutId = rollout.body.id;
    await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`);
  });
  afterAll(() => server.close());

  it('halts by itself, before the soak time is over', async () => {
    const offered = [];
    for (const d of devices) if ((await d.poll()).action === 'install') offered.push(d);
    expect(offered.length).toBeGreaterThan(15);
    // Ten devices fail to boot the update and roll back; two succeed; the rest have not started yet.
    const failing = offered.slice(0, 10);
    const pending = offered.slice(10);
    for (const d of failing) expect((await d.report(rolloutId, 'rolled-back', { code: 'BOOT_FAILED' })).status).toBe(200);
    for (const d of pending.slice(0, 2)) await d.report(rolloutId, 'succeeded');
    const started = pending[2];
    await started.report(rolloutId, 'downloading');
    server.clock.advanceSeconds(60);
    await server.tick();
    const view = (await server.admin<View>('GET', `/admin/v1/rollouts/${rolloutId}`)).body;
    expect(view.state).toBe('halted');
    expect(view.stateReason).toMatch(/^auto: failure rate lower bound/);

    // A device that had started keeps its offer, so it can finish (or resume after a reboot) and report.
    expect(await started.poll()).toMatchObject({ action: 'install', rolloutId });
    expect((await started.report(rolloutId, 'succeeded')).status).toBe(200);
    // Offered-but-not-started devices are told to cancel; those that reported are left alone.
    for (const d of pending.slice(3)) {
      const answer = await d.poll();
      expect(answer).toMatchObject({ action: 'cancel', rolloutId });
      expect((await d.report(rolloutId, 'cancelled', { code: 'CANCELLED' })).status).toBe(200);
      expect((await d.poll()).action).toBe('none');
    }
    for (const d of failing) expect((await d.poll()).action).toBe('none');
  });

  it('offers nothing new once halted, and the halt is audited with the system as actor', async () => {
    for (const d of devices) expect((await d.poll()).action).not.toBe('install');
    const audit = await server.admin<{ action: string; actor: string }[]>('GET', '/admin/v1/audit?limit=1000');
    expect(audit.body.filter((e) => e.action === 'rollout.halt')).toEqual([expect.objectContaining({ actor: 'system' })]);
    const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/ota_rollout_transitions_total\{action="halt"\} 1/);
  });

  it('a halted rollout cannot be advanced; only an approver resumes it, with a reason, and a new failure halts it again (D4)', async () => {
    const engineer = await addUser(server, 'erin', ['release-engineer']);
    const approver = await addUser(server, 'abe', ['approver']);
    const resume = (token: string, body?: unknown) => server.admin<View & { code: string }>('POST', `/admin/v1/rollouts/${rolloutId}/resume`, body, token);
    expect((await server.admin<{ code: string }>('POST', `/admin/v1/rollouts/${rolloutId}/advance`)).body.code).toBe('INVALID_STATE');
    expect(await resume(engineer.token, { reason: 'looks fine' })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await resume(approver.token)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const resumed = await resume(approver.token, { reason: 'BOOT_FAILED was a lab power cut, not the release' });
    expect(resumed.body).toMatchObject({ state: 'running', stageIndex: 0, stateReason: 'BOOT_FAILED was a lab power cut, not the release' });
    const audit = await server.admin<{ action: string; actor: string; summary: string }[]>('GET', '/admin/v1/audit?limit=1000');
    expect(audit.body.filter((e) => e.action === 'rollout.resume')).toEqual([expect.objectContaining({ actor: 'abe' })]);

    // The failures the approver accepted do not halt it again; a new one does.
    await server.tick();
    expect((await server.admin<View>('GET', `/admin/v1/rollouts/${rolloutId}`)).body).toMatchObject({
      state: 'running',
      stateReason: expect.stringMatching(/^holding: failures accepted by an approver's resume/),
    });
    const late = await TestDevice.fleet(server, 12, () => ({ model: 'redmi-1s', firmwareVersion: '5.8.1', channel: 'beta', region: 'cn' }), 60);
    const offered = [];
    for (const d of late) if ((await d.poll()).action === 'install') offered.push(d);
    expect(offered.length).toBeGreaterThan(0);
    expect((await offered[0].report(rolloutId, 'rolled-back', { code: 'BOOT_FAILED' })).status).toBe(200);
    await server.tick();
    expect((await server.admin<View>('GET', `/admin/v1/rollouts/${rolloutId}`)).body).toMatchObject({
      state: 'halted',
      stateReason: expect.stringMatching(/^auto: failure rate/),
    });
    expect((await server.admin<View>('POST', `/admin/v1/rollouts/${rolloutId}/cancel`)).body.state).toBe('cancelled');
  });

  it('drops a stopped rollout from memory after the retention period, so memory does not grow with history', async () => {
    const cache = server.app.get(RolloutCache);
    expect(cache.get(rolloutId)).toBeDefined();
    server.clock.advanceSeconds(STOPPED_RETENTION_MS / 1000 + 60);
    await server.tick();
    expect(cache.get(rolloutId)).toBeUndefined();
    for (const d of devices.slice(0, 5)) expect((await d.poll()).action).toBe('none');
  });
});
