import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { deviceKeys, TestDevice } from './test-device';

/**
 * D6, D8: a tag or group change made through one instance reaches devices polling another within its next
 * tick (each instance decides from its own in-memory copy of the memberships).
 */
describe('tags and groups across two instances', () => {
  let A: TestServer;
  let B: TestServer;
  let device: TestDevice;

  beforeAll(async () => {
    A = await startServer();
    B = await startServer({ shareWith: A });
    const [keys] = await deviceKeys(1);
    device = new TestDevice(B, keys, { model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' });
    await device.openSession();
  });
  afterAll(async () => {
    // B first: closing A drops the (shared) PostgreSQL database.
    await B?.close();
    await A?.close();
  });

  it('offers a rollout by tag through B once B has ticked after the tagging through A', async () => {
    const releaseId = (await A.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
    await A.admin('POST', `/admin/v1/devices/${device.id}/tags`, { add: ['field'] });
    // B registers the device it saw at its next tick (D6: check-ins are buffered per instance).
    await B.tick();
    const created = await A.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId,
      audience: { tags: ['field'] },
      stages: [{ percent: 100, soakSeconds: 600 }],
      policy: { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 },
    });
    expect((await A.admin<{ state: string }>('POST', `/admin/v1/rollouts/${created.body.id}/start`)).body.state).toBe('running');
    await A.admin('POST', `/admin/v1/devices/${device.id}/tags`, { remove: ['field'] });
    await B.tick();
    expect((await device.poll()).action).toBe('none');
    await A.admin('POST', `/admin/v1/devices/${device.id}/tags`, { add: ['field'] });
    await B.tick();
    expect((await device.poll()).action).toBe('install');
  });
});
