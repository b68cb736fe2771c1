import * as fs from 'node:fs';
import * as http from 'node:http';
import type { ApiErrorBody, StatusAck } from '@app/protocol';
import { MAX_BODY_DEPTH } from '../src/http/json-body';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * Hostile and sloppy input (STYLE.md "Errors"): every rejection answers a stable `code` with the right status,
 * never a 500, and stores nothing. Requests go over raw HTTP so paths reach the server exactly as written
 * (fetch would resolve `..` before sending).
 */

interface Reply {
  status: number;
  text: string;
  body: ApiErrorBody & Partial<StatusAck>;
}

interface SendOptions {
  /** A string or object (sent as JSON); an array of Buffers is streamed chunked, without a Content-Length. */
  body?: unknown;
  headers?: Record<string, string>;
  token?: string;
}

const isChunks = (body: unknown): body is Buffer[] => Array.isArray(body) && body.length > 0 && body.every((c) => Buffer.isBuffer(c));

function send(server: TestServer, method: string, path: string, options: SendOptions = {}): Promise<Reply> {
  const { port } = new URL(server.url);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const chunks = isChunks(options.body) ? options.body : undefined;
  const payload = chunks || options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  // JSON unless the case says otherwise; an empty string means "send no Content-Type at all".
  if (payload !== undefined || chunks) headers['content-type'] ??= 'application/json';
  if (headers['content-type'] === '') delete headers['content-type'];
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let body: Reply['body'];
        try {
          body = JSON.parse(text) as Reply['body'];
        } catch {
          body = { code: 'INTERNAL', message: `not JSON: ${text.slice(0, 200)}` };
        }
        resolve({ status: res.statusCode ?? 0, text, body });
      });
    });
    // The server may answer (413) and close before a large body is written; that answer is what counts.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    if (chunks) for (const c of chunks) req.write(c);
    else if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const MIB = 1024 * 1024;
const STAGES = [{ percent: 100, soakSeconds: 0 }];
const POLICY = { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95 };
const manifest = (patch: Record<string, unknown> = {}) => ({
  ...(readFirmwareManifest('cloud-messaging-opt-in-strict.json') as Record<string, unknown>),
  ...patch,
});
const OUTCOMES = [
  { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' },
  { key: 'cloud_messaging.encrypt_identifiers', op: 'force', result: 'applied', reason: 'encrypt' },
];
const UNKNOWN_UUID = '2b1f6a52-8a0e-4c9e-9d44-5f3f1f0c1a77';
/** `levels` nested arrays around `leaf`, as JSON text (JSON.stringify itself overflows on thousands of levels). */
const nestedJson = (levels: number, leaf = '1') => `${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`;
/** Every route that reads a body, and who calls it. */
const BODY_ROUTES: [string, 'admin' | 'device' | 'none'][] = [
  ['/admin/v1/users', 'admin'],
  ['/admin/v1/me/tokens', 'admin'],
  ['/admin/v1/releases', 'admin'],
  ['/admin/v1/releases/{release}/signatures', 'admin'],
  ['/admin/v1/rollouts', 'admin'],
  ['/admin/v1/rollouts/{rollout}/pause', 'admin'],
  ['/device/v1/status', 'device'],
  ['/device/v1/session', 'none'],
];

interface RolloutView {
  id: string;
  state: string;
  stageIndex: number;
  totals: Record<string, number>;
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

/** One rejection: where, what, and the answer expected. Paths may name `{release}`, `{rollout}`, `{device}`. */
interface Rejection {
  name: string;
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: 'admin' | 'device' | 'none';
  status: number;
  code: string;
  /** The fields `errors[].path` names, exactly (order and repeats aside). */
  errors?: string[];
}

describe('bad input: stable codes, no 500, nothing stored', () => {
  let server: TestServer;
  let devices: TestDevice[];
  const ids = { release: '', rollout: '', device: '', user: '' };

  const fill = (text: string) =>
    text.replaceAll('{release}', ids.release).replaceAll('{rollout}', ids.rollout).replaceAll('{device}', ids.device).replaceAll('{user}', ids.user);
  const fillBody = (body: unknown) =>
    body === undefined || isChunks(body) ? body : typeof body === 'string' ? fill(body) : (JSON.parse(fill(JSON.stringify(body))) as unknown);
  const get = async <T>(path: string) => JSON.parse((await send(server, 'GET', path, { token: server.adminToken })).text) as T;
  const rolloutView = (id = ids.rollout) => get<RolloutView>(`/admin/v1/rollouts/${id}`);

  /** Everything a rejected request could have written. */
  async function stored() {
    const view = await rolloutView();
    return {
      releases: (await get<{ id: string; state: string }[]>('/admin/v1/releases')).map((r) => [r.id, r.state]),
      rollouts: (await get<RolloutView[]>('/admin/v1/rollouts')).map((r) => [r.id, r.state, r.stageIndex]),
      audit: (await get<unknown[]>('/admin/v1/audit?limit=1000')).length,
      users: (await get<unknown[]>('/admin/v1/users')).length,
      tokens: (await get<unknown[]>(`/admin/v1/users/${ids.user}/tokens`)).length,
      signingKeys: (await get<unknown[]>('/admin/v1/signing-keys')).length,
      tufTimestamp: (await send(server, 'GET', '/tuf/metadata/timestamp.json')).text,
      rollout: { totals: view.totals, outcomes: view.outcomes },
      deviceRollouts: (await get<{ rollouts: unknown[] }>(`/admin/v1/devices/${ids.device}`)).rollouts,
    };
  }

  async function expectRejected(c: Rejection): Promise<Reply> {
    const token = c.as === 'none' ? undefined : c.as === 'device' ? devices[0].token : server.adminToken;
    const res = await send(server, c.method ?? (c.body === undefined ? 'GET' : 'POST'), fill(c.path), { body: fillBody(c.body), headers: c.headers, token });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: c.status, code: c.code });
    // One field may break several rules (not an integer, too big); each field is listed at least once.
    if (c.errors) expect([...new Set((res.body.errors ?? []).map((e) => e.path))].sort()).toEqual([...c.errors].sort());
    return res;
  }

  /** Runs a table of rejections, each checked against the stored state before it. */
  const rejects = (cases: Rejection[]) =>
    it.each(cases)('$name -> $status $code', async (c) => {
      const before = await stored();
      await expectRejected(c);
      expect(await stored()).toEqual(before);
    });

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 10, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in' }));
    ids.device = devices[0].id;
    ids.user = (await get<{ user: { id: string } }>('/admin/v1/me')).user.id;
    const release = await send(server, 'POST', '/admin/v1/releases', {
      token: server.adminToken,
      body: { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') },
    });
    ids.release = (JSON.parse(release.text) as { id: string }).id;
    const rollout = await send(server, 'POST', '/admin/v1/rollouts', {
      token: server.adminToken,
      body: { releaseId: ids.release, audience: { channels: ['beta'] }, stages: STAGES, policy: POLICY },
    });
    ids.rollout = (JSON.parse(rollout.text) as { id: string }).id;
    expect((await send(server, 'POST', `/admin/v1/rollouts/${ids.rollout}/start`, { token: server.adminToken })).status).toBe(200);
  });
  afterAll(() => server.close());

  describe('when the body is not JSON the route can read', () => {
    const bodies: [string, string, Record<string, string> | undefined, number, string][] = [
      ['truncated JSON', '{"name":', undefined, 400, 'MALFORMED_JSON'],
      ['an empty JSON body', '', undefined, 400, 'MALFORMED_JSON'],
      ['trailing garbage', '{"name":"a","role":"viewer"} x', undefined, 400, 'MALFORMED_JSON'],
      ['single quotes', "{'name':'a'}", undefined, 400, 'MALFORMED_JSON'],
      ['a __proto__ key', '{"name":"a","role":"viewer","__proto__":{"admin":true}}', undefined, 400, 'MALFORMED_JSON'],
      ['a constructor.prototype key', '{"name":"a","role":"viewer","constructor":{"prototype":{"admin":true}}}', undefined, 400, 'MALFORMED_JSON'],
      ['a form-encoded body', 'name=a&role=admin', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['a JSON null', 'null', undefined, 400, 'VALIDATION_FAILED'],
      ['a JSON array', '[{"name":"a","role":"viewer"}]', undefined, 400, 'VALIDATION_FAILED'],
      ['a JSON number', '42', undefined, 400, 'VALIDATION_FAILED'],
      ['a plain-text body', '{"name":"a","role":"admin"}', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['no Content-Type', '{"name":"a","role":"admin"}', { 'content-type': '' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    rejects(
      BODY_ROUTES.flatMap(([path, as]) =>
        bodies.map(([what, body, headers, status, code]): Rejection => ({ name: `POST ${path} with ${what}`, path, body, headers, as, status, code })),
      ),
    );
  });

  describe(`when the body nests deeper than ${MAX_BODY_DEPTH} levels or repeats a key`, () => {
    const bodies: [string, string, string][] = [
      ['5 000 levels of nested arrays', nestedJson(5000), 'BODY_TOO_DEEP'],
      [`${MAX_BODY_DEPTH + 1} levels of nested objects`, `${'{"a":'.repeat(MAX_BODY_DEPTH + 1)}1${'}'.repeat(MAX_BODY_DEPTH + 1)}`, 'BODY_TOO_DEEP'],
      ['a 5 000-level value inside an ordinary body', `{"name":"a","role":"viewer","reason":${nestedJson(5000)}}`, 'BODY_TOO_DEEP'],
      ['a duplicate key', '{"name":"a","role":"viewer","role":"admin"}', 'DUPLICATE_KEY'],
      ['a duplicate key written as an escape', '{"name":"a","role":"viewer","\\u0072ole":"admin"}', 'DUPLICATE_KEY'],
      ['a duplicate key in a nested object', '{"manifest":{"id":"a","id":"b"},"target":{"path":"a","path":"b"}}', 'DUPLICATE_KEY'],
    ];
    rejects(
      BODY_ROUTES.flatMap(([path, as]) =>
        bodies.map(([what, body, code]): Rejection => ({ name: `POST ${path} with ${what}`, path, body, as, status: 400, code })),
      ),
    );

    it('a user request naming the roles twice answers DUPLICATE_KEY and creates no user', async () => {
      const body = '{"name":"x","roles":["viewer"],"roles":["admin"]}';
      const res = await expectRejected({ name: 'user', path: '/admin/v1/users', body, status: 400, code: 'DUPLICATE_KEY', errors: ['roles'] });
      expect(res.body.message).toBe('expected each key once per object, found "roles" twice in the object at (body)');
      expect((await get<{ name: string }[]>('/admin/v1/users')).filter((t) => t.name === 'x')).toEqual([]);
    });

    it('the answer names the path where the body got too deep', async () => {
      const res = await expectRejected({
        name: 'deep',
        path: '/admin/v1/rollouts',
        body: `{"releaseId":"{release}","stages":[${nestedJson(100)}]}`,
        status: 400,
        code: 'BODY_TOO_DEEP',
      });
      expect(res.body.message).toMatch(new RegExp(`^expected at most ${MAX_BODY_DEPTH} levels of nested arrays and objects, found more at stages\\.0\\.0\\.0`));
    });
  });

  describe('when the body is larger than BODY_LIMIT_BYTES (1 MiB by default)', () => {
    const op = { op: 'setIfAbsent', key: 'padding.key.that.is.long.enough', value: 'x'.repeat(40) };
    const hugeManifest = { manifest: manifest({ releaseCounter: 7, migrations: Array.from({ length: 20_000 }, () => op) }) };
    rejects([
      { name: 'a release with 20 000 migrations', path: '/admin/v1/releases', body: hugeManifest, status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { name: 'a user with a 1 MiB name', path: '/admin/v1/users', body: { name: 'x'.repeat(MIB), roles: ['viewer'] }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
      {
        name: 'a status report with 1 MiB of outcomes',
        path: '/device/v1/status',
        as: 'device',
        body: { rolloutId: '{rollout}', status: 'succeeded', outcomes: Array.from({ length: 12_000 }, () => OUTCOMES[1]) },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      {
        name: 'a session request with a 1 MiB certificate',
        path: '/device/v1/session',
        as: 'none',
        body: { certificateChain: ['x'.repeat(MIB)] },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      {
        name: 'a chunked body without Content-Length',
        path: '/admin/v1/releases',
        body: Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 0x20)),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
    ]);

    it('a body just under the limit is read and validated (400, not 413)', async () => {
      const name = 'x'.repeat(MIB - 100);
      await expectRejected({
        name: 'under',
        path: '/admin/v1/me/tokens',
        body: { name },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name'],
      });
    });

    it('honours a configured BODY_LIMIT_BYTES', async () => {
      const small = await startServer({ env: { BODY_LIMIT_BYTES: '4096' } });
      try {
        const over = await send(small, 'POST', '/admin/v1/users', { token: small.adminToken, body: { name: 'x'.repeat(5000), roles: ['viewer'] } });
        expect([over.status, over.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
        expect((await send(small, 'POST', '/admin/v1/users', { token: small.adminToken, body: { name: 'ok', roles: ['viewer'] } })).status).toBe(201);
      } finally {
        await small.close();
      }
    });
  });

  describe('when fields are unknown or of the wrong type', () => {
    const rollout = (patch: Record<string, unknown>) => ({
      releaseId: '{release}',
      audience: { channels: ['beta'] },
      stages: STAGES,
      policy: POLICY,
      ...patch,
    });
    // A well-formed target (D4: a report names what the device verified); these cases are about the other fields.
    const target = { path: 'manifests/miui-settings/1.json', sha256: 'ab'.repeat(32) };
    const report = (patch: Record<string, unknown>) => ({ rolloutId: '{rollout}', status: 'downloading', target, ...patch });
    rejects([
      {
        name: 'user: unknown field',
        path: '/admin/v1/users',
        body: { name: 'a', roles: ['viewer'], isRoot: true },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['isRoot'],
      },
      {
        name: 'user: wrong types',
        path: '/admin/v1/users',
        body: { name: 1, roles: ['god'] },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name', 'roles.0'],
      },
      { name: 'user: missing fields', path: '/admin/v1/users', body: {}, status: 400, code: 'VALIDATION_FAILED', errors: ['name', 'roles'] },
      { name: 'user: no roles', path: '/admin/v1/users', body: { name: 'a', roles: [] }, status: 400, code: 'VALIDATION_FAILED', errors: ['roles'] },
      {
        name: 'user: a reserved name',
        path: '/admin/v1/users',
        body: { name: 'engine', roles: ['viewer'] },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name'],
      },
      {
        name: 'token: a lifetime of 0 days',
        path: '/admin/v1/me/tokens',
        body: { name: 'a', expiresInDays: 0 },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['expiresInDays'],
      },
      {
        name: 'signing key: a private key instead of the public one',
        path: '/admin/v1/users/{user}/signing-keys',
        body: { publicKeyPem: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n' },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        name: 'signing key: not a PEM',
        path: '/admin/v1/users/{user}/signing-keys',
        body: { publicKeyPem: 'ssh-ed25519 AAAA' },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        name: 'release: unknown field',
        path: '/admin/v1/releases',
        body: { manifest: manifest(), signedBy: 'me' },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['signedBy'],
      },
      { name: 'release: no manifest', path: '/admin/v1/releases', body: {}, status: 400, code: 'VALIDATION_FAILED', errors: ['manifest'] },
      {
        name: 'rollout: unknown field',
        path: '/admin/v1/rollouts',
        body: rollout({ priority: 1 }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['priority'],
      },
      {
        name: 'rollout: unknown audience field',
        path: '/admin/v1/rollouts',
        body: rollout({ audience: { channels: ['beta'], imei: ['8600'] } }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['audience.imei'],
      },
      {
        name: 'rollout: wrong types everywhere',
        path: '/admin/v1/rollouts',
        body: rollout({ audience: [], stages: 'all', policy: 3, name: 7 }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name', 'audience', 'stages', 'policy'],
      },
      {
        name: 'rollout: plan shapes wrong',
        path: '/admin/v1/rollouts',
        body: rollout({ audience: [], stages: 'all', policy: 3 }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['audience', 'stages', 'policy'],
      },
      {
        name: 'rollout: stage rules broken',
        path: '/admin/v1/rollouts',
        body: rollout({
          stages: [
            { percent: 50, soakSeconds: 10 },
            { percent: 10, soakSeconds: -1 },
          ],
          policy: { ...POLICY, maxFailureRate: 2 },
        }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['stages.1.percent', 'stages.1.soakSeconds', 'policy.maxFailureRate'],
      },
      {
        name: 'rollout: bad firmware range',
        path: '/admin/v1/rollouts',
        body: rollout({ audience: { firmware: 'banana' } }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['audience.firmware'],
      },
      {
        name: 'rollout: releaseId not a UUID',
        path: '/admin/v1/rollouts',
        body: rollout({ releaseId: "1' OR '1'='1" }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['releaseId'],
      },
      { name: 'rollout: unknown release', path: '/admin/v1/rollouts', body: rollout({ releaseId: UNKNOWN_UUID }), status: 404, code: 'NOT_FOUND' },
      {
        name: 'rollout action: unknown field',
        path: '/admin/v1/rollouts/{rollout}/pause',
        body: { reason: 'x', force: true },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['force'],
      },
      {
        name: 'rollout action: reason not a string',
        path: '/admin/v1/rollouts/{rollout}/pause',
        body: { reason: 42 },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['reason'],
      },
      {
        name: 'signature: wrong shapes',
        path: '/admin/v1/releases/{release}/signatures',
        body: { keyid: 'x', sig: 1 },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['keyid', 'sig'],
      },
      {
        name: 'signature: on a published release',
        path: '/admin/v1/releases/{release}/signatures',
        body: { keyid: 'a'.repeat(64), sig: 'b'.repeat(128) },
        status: 409,
        code: 'INVALID_STATE',
      },
      { name: 'repropose: a published release', method: 'POST', path: '/admin/v1/releases/{release}/repropose', status: 409, code: 'INVALID_STATE' },
      {
        name: 'status: an IMEI',
        path: '/device/v1/status',
        as: 'device',
        body: report({ imei: '860000000000000' }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['imei'],
      },
      {
        name: 'status: wrong types',
        path: '/device/v1/status',
        as: 'device',
        body: { rolloutId: 'nope', status: 'exploded', target },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['rolloutId', 'status'],
      },
      {
        name: 'status: no target',
        path: '/device/v1/status',
        as: 'device',
        body: { rolloutId: '{rollout}', status: 'downloading' },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['target'],
      },
      {
        name: 'status: installing without the verified hash',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'installing', target: { path: target.path } }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['target.sha256'],
      },
      {
        name: 'status: a hash that is not 64 hex digits',
        path: '/device/v1/status',
        as: 'device',
        body: report({ target: { path: target.path, sha256: 'AB'.repeat(32) } }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['target.sha256'],
      },
      {
        name: 'status: "offered" is the server\'s word',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'offered' }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['status'],
      },
      {
        name: 'status: failed without a code',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'failed' }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['code'],
      },
      {
        name: 'status: unknown failure code',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'failed', code: 'OOPS' }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['code'],
      },
      {
        name: 'status: outcomes before success',
        path: '/device/v1/status',
        as: 'device',
        body: report({ outcomes: OUTCOMES }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['outcomes'],
      },
      {
        name: 'status: outcome of an unknown op',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'succeeded', outcomes: [{ ...OUTCOMES[0], op: 'drop' }] }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['outcomes.0.op'],
      },
      { name: 'status: unknown rollout', path: '/device/v1/status', as: 'device', body: report({ rolloutId: UNKNOWN_UUID }), status: 404, code: 'NOT_FOUND' },
      {
        name: 'token: a NUL in the name',
        path: '/admin/v1/me/tokens',
        body: { name: 'ops\u0000admin' },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name'],
      },
      {
        name: 'rollout: a NUL in the name',
        path: '/admin/v1/rollouts',
        body: rollout({ name: 'a\u0000b' }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['name'],
      },
      {
        name: 'rollout action: a NUL in the reason',
        path: '/admin/v1/rollouts/{rollout}/pause',
        body: { reason: 'a\u0000b' },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['reason'],
      },
      {
        name: 'status: a NUL in an outcome key',
        path: '/device/v1/status',
        as: 'device',
        body: report({ status: 'succeeded', outcomes: [{ ...OUTCOMES[0], key: 'a\u0000b' }] }),
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['outcomes.0.key'],
      },
      {
        name: 'session: channel and region longer than the device columns',
        path: '/device/v1/session',
        as: 'none',
        body: { certificateChain: ['x'], nonce: 'n', signature: 's', model: 'mi-4', firmwareVersion: '5.8.0', channel: 'c'.repeat(33), region: 'r'.repeat(33) },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['channel', 'region'],
      },
      {
        name: 'session: an IMEI among the fields',
        path: '/device/v1/session',
        as: 'none',
        body: { certificateChain: ['x'], nonce: 'n', signature: 's', model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in', imei: '8600' },
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['imei'],
      },
    ]);
  });

  describe('when a manifest is invalid', () => {
    const release = (m: unknown): Pick<Rejection, 'path' | 'body' | 'status' | 'code'> => ({
      path: '/admin/v1/releases',
      body: { manifest: m },
      status: 400,
      code: 'MANIFEST_INVALID',
    });
    const setDefault = (value: unknown) => [{ op: 'setFactoryDefault', key: 'cloud_messaging.enabled', value }];
    const image = (path: string) => ({ images: [{ path, length: 1, sha256: 'a'.repeat(64) }] });
    rejects([
      {
        name: 'invalid semver in firmware.version and appliesTo.firmware',
        ...release(manifest({ firmware: { version: 'v5.9' }, appliesTo: { ...(manifest().appliesTo as object), firmware: '>= banana' } })),
        errors: ['firmware.version', 'appliesTo.firmware'],
      },
      {
        name: 'four bad fields at once',
        ...release(manifest({ releaseCounter: -1, stream: 'Bad Stream', firmware: { version: '5' }, schema: 'ota-manifest/2' })),
        errors: ['releaseCounter', 'stream', 'firmware.version', 'schema'],
      },
      { name: 'a release counter beyond 32 bits', ...release(manifest({ releaseCounter: 2 ** 31 })), errors: ['releaseCounter'] },
      {
        name: 'a 100-character firmware version, a counter beyond 32 bits and a bad range at once',
        ...release(
          manifest({
            releaseCounter: 2 ** 40,
            firmware: { version: `1.2.3-${'a'.repeat(94)}` },
            appliesTo: { ...(manifest().appliesTo as object), firmware: 'soon' },
          }),
        ),
        errors: ['releaseCounter', 'firmware.version', 'appliesTo.firmware'],
      },
      { name: 'a float setting value', ...release(manifest({ migrations: setDefault(0.5) })), errors: ['migrations.0.value'] },
      {
        name: 'a float in setIfEquals.expected',
        ...release(manifest({ migrations: [{ op: 'setIfEquals', key: 'k', expected: 1.25, value: 1 }] })),
        errors: ['migrations.0.expected'],
      },
      { name: 'an integer beyond 2^53', ...release(manifest({ migrations: setDefault(1e300) })), errors: ['migrations.0.value'] },
      {
        name: 'a control character in a reason',
        ...release(manifest({ migrations: [{ op: 'force', key: 'k', value: true, reason: 'a\u0000b' }] })),
        errors: ['migrations.0.reason'],
      },
      { name: 'an image path with ".."', ...release(manifest(image('../../etc/passwd'))), errors: ['images.0.path'] },
      { name: 'an image path with ".." inside', ...release(manifest(image('firmware/../../../etc/passwd'))), errors: ['images.0.path'] },
      { name: 'an absolute image path', ...release(manifest(image('/etc/passwd'))), errors: ['images.0.path'] },
      { name: 'a percent-encoded image path', ...release(manifest(image('firmware/%2e%2e%2fpasswd'))), errors: ['images.0.path'] },
      { name: 'a backslash image path', ...release(manifest(image('firmware\\..\\passwd'))), errors: ['images.0.path'] },
      { name: 'an image in the manifests/ namespace', ...release(manifest(image('manifests/miui-settings/1.json'))), errors: ['images.0.path'] },
      { name: 'a stream that climbs out', ...release(manifest({ stream: '../etc' })), errors: ['stream'] },
      { name: 'an unknown manifest field', ...release(manifest({ signature: 'trust me' })), errors: ['signature'] },
      { name: 'an unknown nested field', ...release(manifest({ firmware: { version: '5.9.1', build: 7 } })), errors: ['firmware.build'] },
      {
        name: 'a force without reason',
        ...release(manifest({ migrations: [{ op: 'force', key: 'k', value: true, reason: ' ' }] })),
        errors: ['migrations.0.reason'],
      },
      { name: 'an unknown migration op', ...release(manifest({ migrations: [{ op: 'drop', key: 'k' }] })), errors: ['migrations.0.op'] },
      { name: 'a null manifest', ...release(null), errors: [''] },
      { name: 'a manifest that is a string', ...release('{"schema":"ota-manifest/1"}'), errors: [''] },
      {
        name: 'a second release 1 on the stream (another id)',
        path: '/admin/v1/releases',
        body: { manifest: manifest({ id: 'other', releaseCounter: 1 }) },
        status: 409,
        code: 'CONFLICT',
      },
    ]);
  });

  describe('when a manifest nests deeper than its validators read', () => {
    const deepRelease = (levels: number) => {
      const text = JSON.stringify({ manifest: manifest({ migrations: [{ op: 'setFactoryDefault', key: 'cloud_messaging.enabled', value: 'DEEP' }] }) });
      return text.replace('"DEEP"', nestedJson(levels));
    };
    rejects([{ name: 'a migration value nested 5 000 levels', path: '/admin/v1/releases', body: deepRelease(5000), status: 400, code: 'BODY_TOO_DEEP' }]);

    it("a migration value under the body limit but past the settings lib's answers MANIFEST_INVALID naming the value", async () => {
      // 4 levels of body around the value: { manifest: { migrations: [ { value } ] } }.
      const res = await expectRejected({
        name: 'value',
        path: '/admin/v1/releases',
        body: deepRelease(MAX_BODY_DEPTH - 4),
        status: 400,
        code: 'MANIFEST_INVALID',
        errors: ['migrations.0.value'],
      });
      expect(res.body.errors?.[0]?.message).toMatch(/got an array nested deeper than \d+ levels of arrays and objects$/);
    });
  });

  describe('when a TUF path tries to leave the repository', () => {
    it('the published manifest itself is served (so the refusals below are about the path)', async () => {
      const json = async (path: string) =>
        JSON.parse((await send(server, 'GET', path)).text) as { signed: Record<string, Record<string, { version: number; hashes: { sha256: string } }>> };
      const snapshot = (await json('/tuf/metadata/timestamp.json')).signed.meta['snapshot.json'].version;
      const targets = (await json(`/tuf/metadata/${snapshot}.snapshot.json`)).signed.meta['targets.json'].version;
      const sha = (await json(`/tuf/metadata/${targets}.targets.json`)).signed.targets['manifests/miui-settings/1.json'].hashes.sha256;
      const res = await send(server, 'GET', `/tuf/targets/manifests/miui-settings/${sha}.1.json`);
      expect([res.status, JSON.parse(res.text).id]).toEqual([200, 'cloud-messaging-opt-in']);
    });

    const traversal = (path: string, status = 404, code = 'NOT_FOUND'): Rejection => ({
      name: path.length > 80 ? `${path.slice(0, 60)}...` : path,
      path,
      as: 'none',
      status,
      code,
    });
    rejects([
      traversal('/tuf/targets/../../etc/passwd'),
      traversal('/tuf/targets/%2e%2e%2f%2e%2e%2fetc%2fpasswd'),
      traversal('/tuf/targets/%2e%2e/%2e%2e/etc/passwd'),
      traversal('/tuf/targets/..%2f..%2f..%2fpackage.json'),
      traversal('/tuf/targets/manifests/miui-settings/..%2f..%2f..%2fmetadata%2f1.root.json'),
      traversal('/tuf/targets/%252e%252e%252fetc%252fpasswd'),
      traversal('/tuf/targets/manifests/miui-settings/1.json%00.png'),
      traversal('/tuf/metadata/..%2f..%2fetc%2fpasswd'),
      traversal('/tuf/metadata/%2e%2e%2f1.root.json'),
      traversal('/tuf/metadata/../../../etc/passwd'),
      traversal('/tuf/../admin/v1/tokens'),
      traversal('/tuf/targets/%ZZ', 400, 'VALIDATION_FAILED'),
      traversal('/tuf/metadata/%ZZ', 400, 'VALIDATION_FAILED'),
      traversal(`/tuf/metadata/${'a'.repeat(200)}`, 414, 'VALIDATION_FAILED'),
    ]);
  });

  describe('when route parameters are invalid', () => {
    const post = 'POST';
    rejects([
      { name: 'release id not a UUID', path: '/admin/v1/releases/not-a-uuid', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'release id with SQL', path: "/admin/v1/releases/1'%20OR%20'1'='1", status: 400, code: 'VALIDATION_FAILED' },
      {
        name: 'signatures on a non-UUID release',
        path: '/admin/v1/releases/123/signatures',
        body: { keyid: 'a'.repeat(64), sig: 'b'.repeat(128) },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      { name: 'repropose a non-UUID release', method: post, path: '/admin/v1/releases/123/repropose', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'unknown release', path: `/admin/v1/releases/${UNKNOWN_UUID}`, status: 404, code: 'NOT_FOUND' },
      { name: 'rollout id not a UUID', path: '/admin/v1/rollouts/zzz', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an action on a non-UUID rollout', method: post, path: '/admin/v1/rollouts/zzz/pause', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an unknown action', method: post, path: '/admin/v1/rollouts/{rollout}/explode', status: 404, code: 'NOT_FOUND' },
      { name: 'the engine-only action "complete"', method: post, path: '/admin/v1/rollouts/{rollout}/complete', status: 404, code: 'NOT_FOUND' },
      { name: 'an action on an unknown rollout', method: post, path: `/admin/v1/rollouts/${UNKNOWN_UUID}/pause`, status: 404, code: 'NOT_FOUND' },
      { name: 'token id not a UUID', method: post, path: '/admin/v1/tokens/zzz/revoke', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'unknown token', method: post, path: `/admin/v1/tokens/${UNKNOWN_UUID}/revoke`, status: 404, code: 'NOT_FOUND' },
      { name: 'user id not a UUID', path: '/admin/v1/users/zzz', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'unknown user', path: `/admin/v1/users/${UNKNOWN_UUID}`, status: 404, code: 'NOT_FOUND' },
      { name: "unknown user's tokens", path: `/admin/v1/users/${UNKNOWN_UUID}/tokens`, status: 404, code: 'NOT_FOUND' },
      { name: 'signing key id not hex', method: post, path: '/admin/v1/signing-keys/zzz/revoke', status: 400, code: 'VALIDATION_FAILED' },
      { name: 'unknown signing key', method: post, path: `/admin/v1/signing-keys/${'a'.repeat(64)}/revoke`, status: 404, code: 'NOT_FOUND' },
      { name: 'device id not hex', path: '/admin/v1/devices/xyz', status: 400, code: 'VALIDATION_FAILED', errors: ['id'] },
      { name: 'device id in upper case', path: `/admin/v1/devices/${'A'.repeat(64)}`, status: 400, code: 'VALIDATION_FAILED', errors: ['id'] },
      { name: 'device id far too long', path: `/admin/v1/devices/${'a'.repeat(300)}`, status: 414, code: 'VALIDATION_FAILED' },
      { name: 'unknown device', path: `/admin/v1/devices/${'a'.repeat(64)}`, status: 404, code: 'NOT_FOUND' },
      { name: 'no such route', path: '/admin/v1/nothing', status: 404, code: 'NOT_FOUND' },
    ]);
  });

  describe('when query parameters are invalid', () => {
    rejects([
      { name: 'audit limit=0', path: '/admin/v1/audit?limit=0', status: 400, code: 'VALIDATION_FAILED', errors: ['limit'] },
      { name: 'audit limit=abc', path: '/admin/v1/audit?limit=abc', status: 400, code: 'VALIDATION_FAILED', errors: ['limit'] },
      { name: 'audit limit=1001', path: '/admin/v1/audit?limit=1001', status: 400, code: 'VALIDATION_FAILED', errors: ['limit'] },
      { name: 'audit after=-1 and limit=1.5', path: '/admin/v1/audit?after=-1&limit=1.5', status: 400, code: 'VALIDATION_FAILED', errors: ['after', 'limit'] },
      { name: 'audit after beyond 2^53', path: '/admin/v1/audit?after=99999999999999999999', status: 400, code: 'VALIDATION_FAILED', errors: ['after'] },
      { name: 'audit after beyond 32 bits', path: '/admin/v1/audit?after=2147483648', status: 400, code: 'VALIDATION_FAILED', errors: ['after'] },
      { name: 'audit limit given twice', path: '/admin/v1/audit?limit=1&limit=2', status: 400, code: 'VALIDATION_FAILED', errors: ['limit'] },
      { name: 'audit unknown parameter', path: '/admin/v1/audit?order=desc', status: 400, code: 'VALIDATION_FAILED', errors: ['order'] },
      { name: 'devices offset=-1', path: '/admin/v1/devices?offset=-1', status: 400, code: 'VALIDATION_FAILED', errors: ['offset'] },
      { name: 'devices model too long', path: `/admin/v1/devices?model=${'m'.repeat(65)}`, status: 400, code: 'VALIDATION_FAILED', errors: ['model'] },
      { name: 'devices model given twice', path: '/admin/v1/devices?model=a&model=b', status: 400, code: 'VALIDATION_FAILED', errors: ['model'] },
      { name: 'devices bracket parameter', path: '/admin/v1/devices?model[]=a', status: 400, code: 'VALIDATION_FAILED', errors: ['model[]'] },
      { name: 'devices filter with a NUL', path: '/admin/v1/devices?model=mi%00-4', status: 400, code: 'VALIDATION_FAILED', errors: ['model'] },
      { name: 'devices filter by IMEI', path: '/admin/v1/devices?imei=860000000000000', status: 400, code: 'VALIDATION_FAILED', errors: ['imei'] },
      {
        name: 'poll with a bad firmware version',
        path: '/device/v1/update?firmwareVersion=banana',
        as: 'device',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: ['firmwareVersion'],
      },
      { name: 'poll with an IMEI', path: '/device/v1/update?imei=860000000000000', as: 'device', status: 400, code: 'VALIDATION_FAILED', errors: ['imei'] },
    ]);
  });

  describe('status reports are idempotent and in order (D4)', () => {
    const report = async (d: TestDevice, status: Parameters<TestDevice['report']>[1], extra: Record<string, unknown> = {}) =>
      send(server, 'POST', '/device/v1/status', { token: d.token, body: { rolloutId: ids.rollout, status, target: await d.targetOf(ids.rollout), ...extra } });
    const statusOf = async (d: TestDevice) => (await get<{ rollouts: { status: string; code: string | null }[] }>(`/admin/v1/devices/${d.id}`)).rollouts;
    const offer = async (d: TestDevice) => expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: ids.rollout });

    it('a repeated report answers 200 duplicate: true and nothing is counted twice', async () => {
      const d = devices[1];
      await offer(d);
      const before = await rolloutView();
      for (const status of ['downloading', 'installing'] as const) {
        expect((await report(d, status)).body).toEqual({ accepted: true, duplicate: false });
        expect([(await report(d, status)).status, (await report(d, status)).body.duplicate]).toEqual([200, true]);
      }
      expect((await report(d, 'succeeded', { outcomes: OUTCOMES })).body).toEqual({ accepted: true, duplicate: false });
      const again = await report(d, 'succeeded', { outcomes: OUTCOMES });
      expect([again.status, again.body]).toEqual([200, { accepted: true, duplicate: true }]);
      const after = await rolloutView();
      expect(after.totals.succeeded).toBe(before.totals.succeeded + 1);
      expect(after.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(
        (before.outcomes['cloud_messaging.enabled']?.setFactoryDefault.applied ?? 0) + 1,
      );
      expect(after.outcomes['cloud_messaging.encrypt_identifiers'].force.applied).toBe(
        (before.outcomes['cloud_messaging.encrypt_identifiers']?.force.applied ?? 0) + 1,
      );
      expect(await statusOf(d)).toMatchObject([{ status: 'succeeded' }]);
    });

    it('the same success sent five times at once is counted once', async () => {
      const d = devices[2];
      await offer(d);
      await report(d, 'installing');
      const before = await rolloutView();
      const answers = await Promise.all(Array.from({ length: 5 }, () => report(d, 'succeeded', { outcomes: OUTCOMES })));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
      const after = await rolloutView();
      expect(after.totals.succeeded).toBe(before.totals.succeeded + 1);
      expect(after.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(
        before.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied + 1,
      );
    });

    const outOfOrder: { what: string; steps: [string, Record<string, unknown>?][]; late: string; extra?: Record<string, unknown> }[] = [
      { what: 'installing after succeeded', steps: [['downloading'], ['installing'], ['succeeded']], late: 'installing' },
      { what: 'downloading after installing', steps: [['downloading'], ['installing']], late: 'downloading' },
      { what: 'failed after succeeded', steps: [['succeeded']], late: 'failed', extra: { code: 'BOOT_FAILED' } },
      { what: 'succeeded after failed', steps: [['failed', { code: 'HASH_MISMATCH' }]], late: 'succeeded' },
      { what: 'rolled-back after succeeded', steps: [['installing'], ['succeeded']], late: 'rolled-back', extra: { code: 'BOOT_FAILED' } },
    ];
    it.each(outOfOrder.map((c, i) => ({ ...c, device: i + 3 })))('$what -> 409 OUT_OF_ORDER, state unchanged', async ({ steps, late, extra, device }) => {
      const d = devices[device];
      await offer(d);
      for (const [status, more] of steps) expect((await report(d, status as 'downloading', more)).status).toBe(200);
      const before = { device: await statusOf(d), totals: (await rolloutView()).totals };
      const res = await report(d, late as 'downloading', extra);
      expect([res.status, res.body.code]).toEqual([409, 'OUT_OF_ORDER']);
      expect({ device: await statusOf(d), totals: (await rolloutView()).totals }).toEqual(before);
    });
  });

  describe('a report names another target than its rollout ships (D4: bound to the offer)', () => {
    const report = async (d: TestDevice, status: Parameters<TestDevice['report']>[1], target: Record<string, unknown>) =>
      send(server, 'POST', '/device/v1/status', { token: d.token, body: { rolloutId: ids.rollout, status, target } });
    const mismatches = [
      { what: "another release's path", target: async (d: TestDevice) => ({ ...(await d.targetOf(ids.rollout)), path: 'manifests/miui-settings/7.json' }) },
      { what: 'the right path with another hash', target: async (d: TestDevice) => ({ ...(await d.targetOf(ids.rollout)), sha256: 'cd'.repeat(32) }) },
    ];
    it.each(mismatches.map((c, i) => ({ ...c, device: i + 8 })))('$what -> 409 REPORT_MISMATCH, nothing stored', async ({ target, device }) => {
      const d = devices[device];
      expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: ids.rollout });
      const before = { device: (await get<{ rollouts: unknown[] }>(`/admin/v1/devices/${d.id}`)).rollouts, view: await rolloutView() };
      for (const status of ['downloading', 'succeeded'] as const) {
        const res = await report(d, status, await target(d));
        expect([res.status, res.body.code]).toEqual([409, 'REPORT_MISMATCH']);
      }
      const after = { device: (await get<{ rollouts: unknown[] }>(`/admin/v1/devices/${d.id}`)).rollouts, view: await rolloutView() };
      expect({ device: after.device, totals: after.view.totals, outcomes: after.view.outcomes }).toEqual({
        device: before.device,
        totals: before.view.totals,
        outcomes: before.view.outcomes,
      });
    });
  });

  it('no request in this suite made the server log an unhandled error', () => {
    expect(fs.readFileSync(server.logFile, 'utf8')).not.toMatch(/unhandled error|"level":50/);
  });
});
