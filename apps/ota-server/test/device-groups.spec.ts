import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D8 device groups and admin-assigned tags as a rollout's audience (D4): a rollout to a group reaches exactly its
 * members, one by tag exactly the tagged devices (an untagged device is offered nothing new), and an audience
 * that matches no registered device is refused at start.
 */
interface Err {
  code: string;
  message: string;
}
interface Group {
  name: string;
  size: number;
  registered: number;
  deviceIds?: string[];
}

const STAGES = [{ percent: 100, soakSeconds: 600 }];
const POLICY = { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 };
const UNREGISTERED = 'ab'.repeat(32);

describe('device groups and tags as an audience (D4, D8)', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let releaseId: string;

  const rollout = async (audience: object) =>
    (await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', { releaseId, stages: STAGES, policy: POLICY, audience })).body.id;
  const act = (id: string, action: string) => server.admin<{ state: string } & Err>('POST', `/admin/v1/rollouts/${id}/${action}`);
  /** Ids of the devices offered an install on this poll. */
  const offered = async (among: TestDevice[]) => {
    const out: string[] = [];
    for (const d of among) if ((await d.poll()).action === 'install') out.push(d.id);
    return out.sort();
  };
  const ids = (ds: TestDevice[]) => ds.map((d) => d.id).sort();

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 10, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }));
    releaseId = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
  });
  afterAll(() => server.close());

  it('creates a group, counting which of its ids are registered, and pages its members', async () => {
    const created = await server.admin<Group>('POST', '/admin/v1/groups', { name: 'lab', deviceIds: [...ids(devices.slice(0, 2)), UNREGISTERED] });
    expect([created.status, created.body.size, created.body.registered]).toEqual([201, 3, 2]);
    const added = await server.admin<Group>('POST', '/admin/v1/groups/lab/devices', { deviceIds: [devices[2].id, devices[3].id] });
    expect([added.status, added.body.size, added.body.registered]).toEqual([200, 5, 4]);
    const removed = await server.admin<Group>('POST', '/admin/v1/groups/lab/devices/remove', { deviceIds: [devices[3].id] });
    expect([removed.body.size, removed.body.registered]).toEqual([4, 3]);
    const page = await server.admin<Group>('GET', '/admin/v1/groups/lab?limit=2');
    expect(page.body.deviceIds).toEqual([...ids(devices.slice(0, 3)), UNREGISTERED].sort().slice(0, 2));
    expect((await server.admin<{ groups: Group[] }>('GET', '/admin/v1/groups')).body.groups.map((g) => g.name)).toEqual(['lab']);
    expect((await server.admin<Err>('POST', '/admin/v1/groups', { name: 'lab', deviceIds: [] })).body.code).toBe('CONFLICT');
  });

  it('offers a rollout to a group to exactly its registered members; the preview counts them', async () => {
    const preview = await server.admin<{ audienceSize: number }>('POST', '/admin/v1/rollouts/preview', {
      releaseId,
      stages: STAGES,
      policy: POLICY,
      audience: { groups: ['lab'] },
    });
    expect(preview.body.audienceSize).toBe(3);
    const id = await rollout({ groups: ['lab'] });
    expect((await act(id, 'start')).body.state).toBe('running');
    expect(await offered(devices)).toEqual(ids(devices.slice(0, 3)));
    await act(id, 'cancel');
  });

  it('offers a rollout by tag to exactly the tagged devices, and nothing new to a device untagged', async () => {
    const one = await server.admin<{ tags: string[]; registered: boolean }>('POST', `/admin/v1/devices/${devices[5].id}/tags`, {
      add: ['field', 'x'],
      remove: ['x'],
    });
    expect(one.body).toEqual({ deviceId: devices[5].id, tags: ['field'], registered: true });
    const bulk = await server.admin<{ devices: number; registered: number }>('POST', '/admin/v1/devices/tags', {
      deviceIds: [devices[6].id, devices[7].id, UNREGISTERED],
      add: ['field'],
    });
    expect(bulk.body).toEqual({ devices: 3, registered: 2 });
    const id = await rollout({ tags: ['field'] });
    expect((await act(id, 'start')).body.state).toBe('running');
    expect(await offered(devices.slice(5, 7))).toEqual(ids(devices.slice(5, 7)));
    await server.admin('POST', `/admin/v1/devices/${devices[7].id}/tags`, { remove: ['field'] });
    expect(await offered(devices.slice(7))).toEqual([]);
    await act(id, 'cancel');
  });

  it('refuses to start an audience that matches no registered device: 409 AUDIENCE_EMPTY', async () => {
    for (const audience of [{ groups: ['nobody'] }, { tags: ['ghost'] }, { groups: ['lab'], tags: ['field'] }]) {
      const res = await act(await rollout(audience), 'start');
      expect([res.status, res.body.code]).toEqual([409, 'AUDIENCE_EMPTY']);
    }
    // Unless the start says its devices register later.
    const later = await rollout({ groups: ['nobody'] });
    const started = await server.admin<{ state: string }>('POST', `/admin/v1/rollouts/${later}/start`, { allowEmptyAudience: true });
    expect([started.status, started.body.state]).toEqual([200, 'running']);
    await act(later, 'cancel');
  });

  it('refuses malformed ids and names (400) and audits every change', async () => {
    const bad = [
      await server.admin('POST', '/admin/v1/groups', { name: 'g2', deviceIds: ['not-hex'] }),
      await server.admin('POST', '/admin/v1/groups', { name: '../x', deviceIds: [] }),
      await server.admin('POST', '/admin/v1/groups/lab/devices', { deviceIds: [devices[0].id.toUpperCase()] }),
      await server.admin('POST', '/admin/v1/devices/xyz/tags', { add: ['a'] }),
      await server.admin('POST', `/admin/v1/devices/${devices[0].id}/tags`, { add: ['bad tag'] }),
      await server.admin('POST', '/admin/v1/devices/tags', { deviceIds: ['1'], add: ['a'] }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect((await server.admin<Err>('GET', '/admin/v1/groups/missing')).status).toBe(404);
    const { body } = await server.admin<{ action: string; target: string; actor: string }[]>('GET', '/admin/v1/audit');
    const mine = body.filter((e) => e.action.startsWith('group.') || e.action === 'device.tags').map((e) => [e.action, e.target]);
    expect(mine).toEqual([
      ['group.create', 'group:lab'],
      ['group.add_devices', 'group:lab'],
      ['group.remove_devices', 'group:lab'],
      ['device.tags', `device:${devices[5].id}`],
      ['device.tags', 'devices:3'],
      ['device.tags', `device:${devices[7].id}`],
    ]);
  });
});
