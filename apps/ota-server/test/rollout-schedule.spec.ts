import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/** D8 scheduled rollouts: `start` before `startAt` keeps the draft scheduled; the engine starts it at that time. */
interface View {
  id: string;
  state: string;
  stateReason: string | null;
  startAt: string | null;
  startRequestedAt: string | null;
  code?: string;
}

const POLICY = { maxFailureRate: 0.2, minSamples: 1, confidence: 0.95 };

describe('scheduled rollouts (D8)', () => {
  let server: TestServer;
  let releaseId: string;

  beforeAll(async () => {
    server = await startServer();
    releaseId = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
  });
  afterAll(() => server.close());

  it('does nothing before startAt and starts itself after', async () => {
    const startAt = new Date(server.clock.now().getTime() + 2 * 3600_000).toISOString();
    const created = await server.admin<View>('POST', '/admin/v1/rollouts', { releaseId, startAt, stages: [{ percent: 100, soakSeconds: 0 }], policy: POLICY });
    expect([created.status, created.body.startAt, created.body.startRequestedAt]).toEqual([201, startAt, null]);

    const scheduled = await server.admin<View>('POST', `/admin/v1/rollouts/${created.body.id}/start`, { allowEmptyAudience: true });
    expect(scheduled.body).toMatchObject({ state: 'draft', startAt, stateReason: `scheduled: starts at ${startAt}` });
    expect(scheduled.body.startRequestedAt).not.toBeNull();

    const [device] = await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }));
    server.clock.advanceSeconds(3600);
    await server.tick();
    expect((await server.admin<View>('GET', `/admin/v1/rollouts/${created.body.id}`)).body.state).toBe('draft');
    expect((await device.poll()).action).toBe('none');

    server.clock.advanceSeconds(3600);
    await server.tick();
    expect((await server.admin<View>('GET', `/admin/v1/rollouts/${created.body.id}`)).body.state).toBe('running');
    expect((await device.poll()).action).toBe('install');
  });

  it('refuses a startAt that is not an ISO 8601 time: 400 VALIDATION_FAILED naming startAt', async () => {
    const res = await server.admin<View>('POST', '/admin/v1/rollouts', {
      releaseId,
      startAt: 'tomorrow',
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: POLICY,
    });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(res.body)).toContain('startAt');
  });
});
