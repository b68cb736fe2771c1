import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D8 maintenance windows: a stage may install only inside its windows, per region. A device polling outside its
 * region's window hears `none` and is told to come back when the window opens; then it is offered the update.
 */
interface Err {
  code: string;
  message: string;
  details?: unknown;
}

const POLICY = { maxFailureRate: 0.2, minSamples: 1, confidence: 0.95 };
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOUR_MS = 3600_000;
const hhmm = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;

describe('maintenance windows (D8)', () => {
  let server: TestServer;
  let releaseId: string;

  beforeAll(async () => {
    server = await startServer();
    releaseId = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
  });
  afterAll(() => server.close());

  it("answers none outside the region's window, with pollAfterSeconds until it opens, then offers inside it", async () => {
    const now = server.clock.now().getTime();
    // Opens two to three hours from now, on the hour; Shanghai is UTC+8 all year (no DST).
    const opensAt = Math.ceil(now / HOUR_MS) * HOUR_MS + 2 * HOUR_MS;
    const localHour = new Date(opensAt).getUTCHours() + 8;
    const windows = [{ days: ALL_DAYS, from: hhmm(localHour), to: hhmm(localHour + 1), timeZone: 'Asia/Shanghai', regions: ['cn'] }];
    const created = await server.admin<{ id: string; stages: unknown[] }>('POST', '/admin/v1/rollouts', {
      releaseId,
      stages: [{ percent: 100, soakSeconds: 0, windows }],
      policy: POLICY,
    });
    expect(created.status).toBe(201);
    expect(created.body.stages).toMatchObject([{ percent: 100, soakSeconds: 0, windows }]);
    expect((await server.admin<{ state: string }>('POST', `/admin/v1/rollouts/${created.body.id}/start`, { allowEmptyAudience: true })).body.state).toBe(
      'running',
    ); // the devices register below

    const [cn, us] = await TestDevice.fleet(server, 2, (i) => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: i === 0 ? 'cn' : 'us' }));
    const outside = await cn.poll();
    expect(outside).toEqual({ action: 'none', pollAfterSeconds: Math.ceil((opensAt - server.clock.now().getTime()) / 1000) });
    // A region no window names is not held.
    expect((await us.poll()).action).toBe('install');

    server.clock.advanceSeconds(outside.pollAfterSeconds);
    const inside = await cn.poll();
    expect(inside.action).toBe('install');
    expect(inside.pollAfterSeconds).toBe(60);
  });

  it.each([
    ['timeZone', { days: ['mon'], from: '22:00', to: '04:00', timeZone: 'Mars/Olympus' }],
    ['from', { days: ['mon'], from: '24:30', to: '04:00', timeZone: 'UTC' }],
    ['days', { days: [], from: '22:00', to: '04:00', timeZone: 'UTC' }],
  ])('refuses a window with a bad %s: 400 VALIDATION_FAILED naming the field', async (field, window) => {
    const res = await server.admin<Err>('POST', '/admin/v1/rollouts', {
      releaseId,
      stages: [{ percent: 100, soakSeconds: 0, windows: [window] }],
      policy: POLICY,
    });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(res.body)).toContain(`stages.0.windows.0.${field}`);
  });
});
