import { DataSource } from 'typeorm';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D4 "only one running rollout per stream reaches a device". The shape seen in the field: the opt-in (5.9.0,
 * for firmware below 5.9.0) running, and the strict variant (5.9.1, for firmware below 5.9.1) started beside
 * it on the same stream; devices went 5.8.x -> 5.9.0 -> 5.9.1 within a minute. Now the second is refused,
 * unless it says it supersedes the first, which is then cancelled.
 */
interface View {
  id: string;
  state: string;
  stageIndex: number;
  stateReason: string | null;
  audience: unknown;
  stages: { percent: number }[];
  policy: unknown;
  release: { id: string };
}
interface Err {
  code: string;
  message: string;
}

const STAGES = [{ percent: 100, soakSeconds: 600 }];
const POLICY = { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 };
const BETA = { models: ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'], channels: ['beta'] };

describe('overlapping rollouts on one stream (D4)', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let optIn: string;
  let strict: string;
  let first: View;

  const create = (body: object) => server.admin<View & Err>('POST', '/admin/v1/rollouts', { stages: STAGES, policy: POLICY, ...body });
  const act = (id: string, action: string, body?: unknown) => server.admin<View & Err>('POST', `/admin/v1/rollouts/${id}/${action}`, body);

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 11, (i) => ({ model: 'mi-4', firmwareVersion: `5.8.${i % 3}`, channel: 'beta', region: 'cn' }));
    optIn = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
    strict = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in-strict.json') })).body
      .id;
    first = (await create({ releaseId: optIn, name: 'opt-in 5.9.0', audience: { ...BETA, firmware: '>=5.0.0 <5.9.0' } })).body;
    expect((await act(first.id, 'start')).body.state).toBe('running');
    for (const d of devices) expect((await d.poll()).action).toBe('install');
  });
  afterAll(() => server.close());

  describe('when a second rollout of the stream overlaps a running one', () => {
    it('refuses to create it: 409 ROLLOUT_OVERLAP naming the running rollout', async () => {
      const res = await create({ releaseId: strict, name: 'strict 5.9.1', audience: { ...BETA, firmware: '>=5.0.0 <5.9.1' } });
      expect([res.status, res.body.code]).toEqual([409, 'ROLLOUT_OVERLAP']);
      expect(res.body.message).toContain(first.id);
    });

    it('refuses it with no audience at all (the whole fleet overlaps everyone)', async () => {
      expect((await create({ releaseId: strict })).body.code).toBe('ROLLOUT_OVERLAP');
    });

    it('counts a paused rollout as running: it may resume at any time', async () => {
      const paused = await act(first.id, 'pause');
      expect(paused.body.state).toBe('paused');
      // Paused counts: it may resume at any time.
      expect((await create({ releaseId: strict, audience: BETA })).body.code).toBe('ROLLOUT_OVERLAP');
      await act(first.id, 'resume');
    });
  });

  describe('when the audiences cannot share a device', () => {
    it('creates and starts it: another channel, or disjoint firmware ranges', async () => {
      // A start needs a registered device in the audience (AUDIENCE_EMPTY otherwise): one on the dev channel.
      await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'dev', region: 'cn' }), 11);
      const dev = await create({ releaseId: strict, audience: { channels: ['dev'] } });
      expect(dev.status).toBe(201);
      expect((await act(dev.body.id, 'start')).body.state).toBe('running');
      const newer = await create({ releaseId: strict, audience: { ...BETA, firmware: '>=5.9.0 <5.9.1' } });
      expect(newer.status).toBe(201);
      await act(dev.body.id, 'cancel');
      await act(newer.body.id, 'cancel');
    });
  });

  describe('when the new rollout supersedes the running one', () => {
    let second: View;

    it('is created, and starting it cancels the other: its offered devices are told to cancel', async () => {
      const created = await create({ releaseId: strict, name: 'strict 5.9.1', audience: { ...BETA, firmware: '>=5.0.0 <5.9.1' }, supersedes: first.id });
      expect(created.status).toBe(201);
      second = created.body;
      expect((await server.admin<View>('GET', `/admin/v1/rollouts/${first.id}`)).body.state).toBe('running');
      expect((await act(second.id, 'start')).body.state).toBe('running');
      const old = (await server.admin<View>('GET', `/admin/v1/rollouts/${first.id}`)).body;
      expect(old).toMatchObject({ state: 'cancelled', stateReason: `superseded by rollout ${second.id}` });
      // The 11 devices had been offered 5.9.0 and not started: each is told to cancel, then offered 5.9.1 once.
      for (const d of devices) {
        expect(await d.poll()).toMatchObject({ action: 'cancel', rolloutId: first.id });
        expect((await d.report(first.id, 'cancelled', { code: 'CANCELLED' })).status).toBe(200);
        expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: second.id });
      }
      const audit = await server.admin<{ action: string; target: string }[]>('GET', '/admin/v1/audit?limit=1000');
      expect(audit.body.filter((e) => e.target === `rollout:${first.id}`).map((e) => e.action)).toContain('rollout.cancel');
    });

    it('refuses a supersedes that names no rollout: 404 NOT_FOUND', async () => {
      const res = await create({ releaseId: strict, audience: { channels: ['dev'] }, supersedes: '00000000-0000-4000-8000-000000000000' });
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    });
  });

  describe('when a halted rollout is resumed or cloned', () => {
    it('resuming it is refused while an overlapping rollout runs', async () => {
      const running = (await server.admin<View[]>('GET', '/admin/v1/rollouts')).body.find((r) => r.state === 'running')!;
      expect((await act(running.id, 'halt', { reason: 'bad batch' })).body.state).toBe('halted');
      const other = await create({ releaseId: optIn, audience: BETA });
      expect((await act(other.body.id, 'start')).body.state).toBe('running');
      const res = await act(running.id, 'resume', { reason: 'false alarm' });
      expect([res.status, res.body.code]).toEqual([409, 'ROLLOUT_OVERLAP']);
      expect(res.body.message).toContain(other.body.id);
      await act(other.body.id, 'cancel');
      expect((await act(running.id, 'resume', { reason: 'false alarm' })).body).toMatchObject({ state: 'running', stateReason: 'false alarm' });
      await act(running.id, 'halt', { reason: 'for the clone' });
    });

    it('clones it into a new draft with the same release, audience, stages and policy, and a new salt', async () => {
      const halted = (await server.admin<View[]>('GET', '/admin/v1/rollouts')).body.find((r) => r.state === 'halted')!;
      const source = (await server.admin<View>('GET', `/admin/v1/rollouts/${halted.id}`)).body;
      const clone = await server.admin<View>('POST', `/admin/v1/rollouts/${halted.id}/clone`, { name: 'second try' });
      expect(clone.status).toBe(201);
      expect(clone.body).toMatchObject({ state: 'draft', audience: source.audience, policy: source.policy, release: { id: source.release.id } });
      expect(clone.body.stages.map((s) => s.percent)).toEqual(source.stages.map((s) => s.percent));
      const salts = (await server.app.get(DataSource).query(`SELECT id, salt FROM rollout WHERE id IN ('${halted.id}', '${clone.body.id}')`)) as {
        salt: string;
      }[];
      expect(new Set(salts.map((r) => r.salt)).size).toBe(2);
      expect((await act(clone.body.id, 'start')).body.state).toBe('running');
    });
  });
});
