import * as http from 'node:http';
import { DataSource } from 'typeorm';
import { DeviceRegistryService } from '../src/devices/device-registry.service';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * The poll has two entrances (poll.route.ts): the fast lane in front of Fastify and the Fastify route. A query
 * the fast lane does not take (a percent-encoded version) reaches the Fastify route with the same meaning, so
 * the two can be compared answer for answer.
 */
interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(url: string, token: string | undefined, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const FAST = '/device/v1/update?firmwareVersion=5.8.0';
const VIA_FASTIFY = '/device/v1/update?firmwareVersion=5%2E8%2E0';

describe('poll fast lane', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let rolloutId: string;

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 3, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'sg' }));
  });
  afterAll(() => server.close());

  const both = async (token: string) => [await get(server.url + FAST, token), await get(server.url + VIA_FASTIFY, token)];
  const answered = (r: Raw) => ({ status: r.status, type: r.headers['content-type'], length: r.headers['content-length'], body: r.body });

  it('answers "none" byte for byte as the Fastify route does', async () => {
    const [fast, slow] = await both(devices[0].token);
    expect(JSON.parse(fast.body)).toEqual({ action: 'none', pollAfterSeconds: 60 });
    expect(answered(fast)).toEqual(answered(slow));
    expect(fast.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers offers and cancels byte for byte as the Fastify route does', async () => {
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['stable'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    rolloutId = rollout.body.id;
    expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`)).status).toBe(200);
    // The first poll makes the offer (fast lane), the second repeats it (Fastify route).
    const [offer, repeated] = await both(devices[0].token);
    expect(JSON.parse(offer.body)).toMatchObject({
      action: 'install',
      rolloutId,
      releaseId: release.body.id,
      target: { path: expect.any(String), stream: expect.any(String), releaseCounter: expect.any(Number) },
    });
    expect(answered(offer)).toEqual(answered(repeated));
    // The other way round for the second device: the Fastify route offers, the fast lane repeats.
    const viaFastify = await get(server.url + VIA_FASTIFY, devices[1].token);
    expect(answered(await get(server.url + FAST, devices[1].token))).toEqual(answered(viaFastify));

    expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/halt`, { reason: 'test' })).status).toBe(200);
    const [cancel, cancelAgain] = await both(devices[0].token);
    expect(JSON.parse(cancel.body)).toEqual({
      action: 'cancel',
      rolloutId,
      releaseId: release.body.id,
      target: JSON.parse(offer.body).target,
      pollAfterSeconds: 60,
    });
    expect(answered(cancel)).toEqual(answered(cancelAgain));
  });

  it('gets the server settings Fastify would give its own server', () => {
    expect((server.app.getHttpServer() as http.Server).keepAliveTimeout).toBe(5000);
  });

  it('leaves errors, HEAD and unusual queries to the Fastify route, with its stable error bodies', async () => {
    const noToken = await get(server.url + FAST, undefined);
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await get(server.url + FAST, `${devices[2].token.slice(0, -2)}AA`);
    expect(forged.status).toBe(401);
    const unknownParam = await get(`${server.url}/device/v1/update?imei=490154203237518`, devices[2].token);
    expect(unknownParam.status).toBe(400);
    expect(JSON.parse(unknownParam.body)).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badVersion = await get(`${server.url}/device/v1/update?firmwareVersion=5.8`, devices[2].token);
    expect(badVersion.status).toBe(400);
    const head = await get(server.url + FAST, devices[2].token, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await get(server.url + FAST, devices[2].token, 'POST');
    expect(post.status).toBe(404);
    // A path that merely starts like the poll's is not the poll.
    expect((await get(`${server.url}/device/v1/updates?firmwareVersion=5.8.0`, devices[2].token)).status).toBe(404);
  });

  it('records the firmware a poll reports, and a later session is not overwritten by an older check-in', async () => {
    const d = devices[2];
    expect((await get(`${server.url}/device/v1/update?firmwareVersion=5.9.1-rc.1`, d.token)).status).toBe(200);
    await server.app.get(DeviceRegistryService).flush();
    const db = server.app.get(DataSource);
    const row = async () =>
      (await db.query(`SELECT firmware_version, last_seen FROM device WHERE id = '${d.id}'`))[0] as { firmware_version: string; last_seen: string };
    expect((await row()).firmware_version).toBe('5.9.1-rc.1');

    // A check-in buffered before a new session must not undo what the session recorded.
    expect((await get(`${server.url}/device/v1/update?firmwareVersion=5.9.2`, d.token)).status).toBe(200);
    server.clock.advanceSeconds(1);
    d.profile.firmwareVersion = '6.0.0';
    await d.openSession();
    await server.app.get(DeviceRegistryService).flush();
    expect((await row()).firmware_version).toBe('6.0.0');
  });
});

/**
 * The status report has two entrances too (status.route.ts): the fast lane takes a JSON body of known length,
 * the Fastify route the rest (here: the same body sent chunked). Two devices in the same state, one through each
 * entrance, get the same answers byte for byte; so does one device for answers that do not depend on its state.
 */
describe('status report fast lane', () => {
  let server: TestServer;
  let viaLane: TestDevice;
  let viaFastify: TestDevice;
  let rolloutId: string;

  beforeAll(async () => {
    server = await startServer();
    [viaLane, viaFastify] = await TestDevice.fleet(server, 2, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' }));
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 100, confidence: 0.9 },
    });
    rolloutId = rollout.body.id;
    expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`)).status).toBe(200);
    for (const d of [viaLane, viaFastify]) expect((await d.poll()).action).toBe('install');
  });
  afterAll(() => server.close());

  function post(token: string | undefined, body: string, chunked: boolean): Promise<Raw> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
      if (!chunked) headers['content-length'] = Buffer.byteLength(body);
      const req = http.request(`${server.url}/device/v1/status`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      if (chunked) req.write(body.slice(0, 10));
      req.end(chunked ? body.slice(10) : body);
    });
  }
  const answered = (r: Raw) => ({
    status: r.status,
    type: r.headers['content-type'],
    length: r.headers['content-length'],
    retryAfter: r.headers['retry-after'],
    body: r.body,
  });
  const report = async (d: TestDevice, status: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ rolloutId, status, target: await d.targetOf(rolloutId), ...extra });

  it('answers stored, duplicate and out-of-order reports alike through both entrances', async () => {
    for (const [status, extra] of [['downloading'], ['downloading'], ['succeeded'], ['installing']] as [string, Record<string, unknown>?][]) {
      const lane = await post(viaLane.token, await report(viaLane, status, extra), false);
      const fastify = await post(viaFastify.token, await report(viaFastify, status, extra), true);
      expect({ status, answer: answered(lane) }).toEqual({ status, answer: answered(fastify) });
    }
    expect(JSON.parse((await post(viaLane.token, await report(viaLane, 'installing'), false)).body)).toMatchObject({ code: 'OUT_OF_ORDER' });
  });

  it('answers refusals that do not depend on the device state alike through both entrances', async () => {
    const target = await viaLane.targetOf(rolloutId);
    const cases: [string, string | undefined, string][] = [
      ['no token', undefined, JSON.stringify({ rolloutId, status: 'downloading', target })],
      ['a forged token', `${viaLane.token.slice(0, -2)}AA`, JSON.stringify({ rolloutId, status: 'downloading', target })],
      ['invalid fields', viaLane.token, JSON.stringify({ rolloutId: 'nope', status: 'exploded', target, imei: '1' })],
      ['malformed JSON', viaLane.token, '{"rolloutId": '],
      ['a duplicate key', viaLane.token, `{"rolloutId":"${rolloutId}","status":"downloading","status":"succeeded","target":${JSON.stringify(target)}}`],
      ['an unknown rollout', viaLane.token, JSON.stringify({ rolloutId: '00000000-0000-4000-8000-000000000000', status: 'downloading', target })],
      ["another release's target", viaLane.token, JSON.stringify({ rolloutId, status: 'downloading', target: { path: 'manifests/miui-settings/9.json' } })],
    ];
    for (const [what, token, body] of cases) {
      const [lane, fastify] = [await post(token, body, false), await post(token, body, true)];
      expect({ what, status: lane.status }).toEqual({ what, status: expect.any(Number) });
      expect(lane.status).toBeGreaterThanOrEqual(400);
      expect({ what, answer: answered(lane) }).toEqual({ what, answer: answered(fastify) });
    }
  });
});
