import type { ApiErrorBody, UpdateResponse } from '@app/protocol';
import { generateEd25519KeyPair } from '@app/manifest';
import { addUser, readFirmwareManifest, request, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D5 access control, route by route: who may call what on the admin API, the two-person rule for stable
 * rollouts, and a device acting only for itself. Every admin route is listed once in ROUTES with the roles that
 * may call it; the 401 and 403 tables are derived from that list.
 */

type Role = 'viewer' | 'release-engineer' | 'approver' | 'admin';
const ROLES: Role[] = ['viewer', 'release-engineer', 'approver', 'admin'];
/** Read routes are open to every role. */
const ALL: Role[] = ROLES;

interface Fixture {
  releaseId: string;
  rolloutId: string;
  /** A user and token that only serve as the targets of the user and token routes. */
  victimUserId: string;
  victimTokenId: string;
  signingKeyId: string;
  deviceId: string;
  webhookId: string;
  groupName: string;
}

interface AdminRoute {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  allowed: Role[];
}

const STAGES = [
  { percent: 10, soakSeconds: 0 },
  { percent: 100, soakSeconds: 0 },
];
const POLICY = { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 };
/** A rollout of `releaseId`; without `audience` the body has none (everyone, stable included). */
const rolloutBody = (releaseId: string, audience?: unknown) => ({ releaseId, ...(audience === undefined ? {} : { audience }), stages: STAGES, policy: POLICY });
const BETA = { channels: ['beta'] };
const rolloutActions = ['start', 'pause', 'resume', 'halt', 'cancel', 'advance'] as const;

/** Every admin route of the controllers (users, tokens, signing keys, audit, releases, rollouts and each action, devices, trust). */
const ROUTES: AdminRoute[] = [
  { name: 'create user', method: 'POST', path: () => '/admin/v1/users', body: () => ({ name: 'intruder', roles: ['admin'] }), allowed: ['admin'] },
  { name: 'list users', method: 'GET', path: () => '/admin/v1/users', allowed: ALL },
  { name: 'show user', method: 'GET', path: (f) => `/admin/v1/users/${f.victimUserId}`, allowed: ALL },
  { name: 're-enroll user', method: 'POST', path: (f) => `/admin/v1/users/${f.victimUserId}/enrollment`, allowed: ['admin'] },
  { name: 'disable user', method: 'POST', path: (f) => `/admin/v1/users/${f.victimUserId}/disable`, allowed: ['admin'] },
  { name: 'who am I', method: 'GET', path: () => '/admin/v1/me', allowed: ALL },
  // Open to every role, for oneself only: the 401 rows cover it; a successful call would make a token.
  { name: 'make own token', method: 'POST', path: () => '/admin/v1/me/tokens', body: () => ({ name: 'mine' }), allowed: ALL },
  // Another user's tokens: only an admin (a user sees their own).
  { name: "list a user's tokens", method: 'GET', path: (f) => `/admin/v1/users/${f.victimUserId}/tokens`, allowed: ['admin'] },
  { name: "revoke another user's token", method: 'POST', path: (f) => `/admin/v1/tokens/${f.victimTokenId}/revoke`, allowed: ['admin'] },
  {
    name: 'register signing key',
    method: 'POST',
    path: (f) => `/admin/v1/users/${f.victimUserId}/signing-keys`,
    body: () => ({ publicKeyPem: generateEd25519KeyPair().publicKeyPem }),
    allowed: ['admin'],
  },
  { name: 'list signing keys', method: 'GET', path: () => '/admin/v1/signing-keys', allowed: ALL },
  { name: 'revoke signing key', method: 'POST', path: (f) => `/admin/v1/signing-keys/${f.signingKeyId}/revoke`, allowed: ['admin'] },
  { name: 'list audit', method: 'GET', path: () => '/admin/v1/audit', allowed: ALL },
  { name: 'verify audit', method: 'GET', path: () => '/admin/v1/audit/verify', allowed: ALL },
  { name: 'export audit', method: 'GET', path: () => '/admin/v1/audit/export', allowed: ALL },
  {
    name: 'create release',
    method: 'POST',
    path: () => '/admin/v1/releases',
    body: () => ({ manifest: readFirmwareManifest('cloud-messaging-opt-in-strict.json') }),
    allowed: ['release-engineer', 'admin'],
  },
  { name: 'list releases', method: 'GET', path: () => '/admin/v1/releases', allowed: ALL },
  { name: 'upload image', method: 'PUT', path: () => '/admin/v1/images', allowed: ['release-engineer', 'admin'] },
  { name: 'list images', method: 'GET', path: () => '/admin/v1/images', allowed: ALL },
  { name: 'show release', method: 'GET', path: (f) => `/admin/v1/releases/${f.releaseId}`, allowed: ALL },
  {
    name: 'sign release',
    method: 'POST',
    path: (f) => `/admin/v1/releases/${f.releaseId}/signatures`,
    body: () => ({ keyid: 'a'.repeat(64), sig: 'b'.repeat(128) }),
    allowed: ['release-engineer', 'approver', 'admin'],
  },
  { name: 'repropose release', method: 'POST', path: (f) => `/admin/v1/releases/${f.releaseId}/repropose`, allowed: ['release-engineer', 'admin'] },
  {
    name: 'create rollout',
    method: 'POST',
    path: () => '/admin/v1/rollouts',
    body: (f) => rolloutBody(f.releaseId, BETA),
    allowed: ['release-engineer', 'admin'],
  },
  { name: 'list rollouts', method: 'GET', path: () => '/admin/v1/rollouts', allowed: ALL },
  { name: 'show rollout', method: 'GET', path: (f) => `/admin/v1/rollouts/${f.rolloutId}`, allowed: ALL },
  { name: 'rollout devices', method: 'GET', path: (f) => `/admin/v1/rollouts/${f.rolloutId}/devices`, allowed: ALL },
  { name: 'rollout history', method: 'GET', path: (f) => `/admin/v1/rollouts/${f.rolloutId}/history`, allowed: ALL },
  {
    name: 'preview rollout',
    method: 'POST',
    path: () => '/admin/v1/rollouts/preview',
    body: (f) => rolloutBody(f.releaseId, BETA),
    allowed: ['release-engineer', 'admin'],
  },
  ...rolloutActions.map((action): AdminRoute => ({
    name: `${action} rollout`,
    method: 'POST',
    path: (f) => `/admin/v1/rollouts/${f.rolloutId}/${action}`,
    allowed: ['release-engineer', 'admin'],
  })),
  { name: 'clone rollout', method: 'POST', path: (f) => `/admin/v1/rollouts/${f.rolloutId}/clone`, allowed: ['release-engineer', 'admin'] },
  {
    name: 'create webhook',
    method: 'POST',
    path: () => '/admin/v1/webhooks',
    body: () => ({ url: 'http://127.0.0.1:9/hook', events: ['rollout.halted'] }),
    allowed: ['admin'],
  },
  { name: 'list webhooks', method: 'GET', path: () => '/admin/v1/webhooks', allowed: ['admin'] },
  { name: 'disable webhook', method: 'POST', path: (f) => `/admin/v1/webhooks/${f.webhookId}/disable`, allowed: ['admin'] },
  { name: 'webhook deliveries', method: 'GET', path: (f) => `/admin/v1/webhooks/${f.webhookId}/deliveries`, allowed: ['admin'] },
  { name: 'approve rollout', method: 'POST', path: (f) => `/admin/v1/rollouts/${f.rolloutId}/approve`, allowed: ['approver', 'admin'] },
  { name: 'list devices', method: 'GET', path: () => '/admin/v1/devices', allowed: ALL },
  { name: 'show trust', method: 'GET', path: () => '/admin/v1/trust', allowed: ALL },
  { name: 'push root', method: 'POST', path: () => '/admin/v1/trust/root', body: () => ({ signed: {}, signatures: [] }), allowed: ['admin'] },
  { name: 'show pending rotation', method: 'GET', path: () => '/admin/v1/trust/pending', allowed: ALL },
  {
    name: 'sign pending rotation',
    method: 'POST',
    path: () => '/admin/v1/trust/pending/signatures',
    body: () => ({ keyid: 'a'.repeat(64), sig: 'b'.repeat(128) }),
    allowed: ['release-engineer', 'approver', 'admin'],
  },
  { name: 'repropose pending rotation', method: 'POST', path: () => '/admin/v1/trust/pending/repropose', allowed: ['release-engineer', 'admin'] },
  { name: 'cancel pending rotation', method: 'POST', path: () => '/admin/v1/trust/pending/cancel', allowed: ['admin'] },
  { name: 'show device', method: 'GET', path: (f) => `/admin/v1/devices/${f.deviceId}`, allowed: ALL },
  { name: 'device events', method: 'GET', path: (f) => `/admin/v1/devices/${f.deviceId}/events`, allowed: ALL },
  {
    name: 'tag device',
    method: 'POST',
    path: (f) => `/admin/v1/devices/${f.deviceId}/tags`,
    body: () => ({ add: ['matrix'] }),
    allowed: ['release-engineer', 'admin'],
  },
  {
    name: 'tag devices',
    method: 'POST',
    path: () => '/admin/v1/devices/tags',
    body: (f) => ({ deviceIds: [f.deviceId], add: ['matrix'] }),
    allowed: ['release-engineer', 'admin'],
  },
  { name: 'list groups', method: 'GET', path: () => '/admin/v1/groups', allowed: ALL },
  { name: 'show group', method: 'GET', path: (f) => `/admin/v1/groups/${f.groupName}`, allowed: ALL },
  {
    name: 'create group',
    method: 'POST',
    path: () => '/admin/v1/groups',
    body: (f) => ({ name: 'other', deviceIds: [f.deviceId] }),
    allowed: ['release-engineer', 'admin'],
  },
  {
    name: 'add group devices',
    method: 'POST',
    path: (f) => `/admin/v1/groups/${f.groupName}/devices`,
    body: (f) => ({ deviceIds: [f.deviceId] }),
    allowed: ['release-engineer', 'admin'],
  },
  {
    name: 'remove group devices',
    method: 'POST',
    path: (f) => `/admin/v1/groups/${f.groupName}/devices/remove`,
    body: (f) => ({ deviceIds: [f.deviceId] }),
    allowed: ['release-engineer', 'admin'],
  },
];

const forbidden = ROUTES.flatMap((route) => ROLES.filter((role) => !route.allowed.includes(role)).map((role) => ({ route, role })));
const reads = ROUTES.filter((r) => r.method === 'GET').flatMap((route) => route.allowed.map((role) => ({ route, role })));

interface Person {
  id: string;
  name: string;
  token: string;
}
interface TokenView {
  id: string;
  revokedAt: string | null;
}
interface RolloutView {
  id: string;
  state: string;
  stageIndex: number;
  approvedBy: string | null;
  totals: Record<string, number>;
}
interface DeviceView {
  rollouts: { rolloutId: string; status: string }[];
}

/** A request with a raw Authorization header (or none), for header shapes the harness does not produce. */
async function withAuthorization(server: TestServer, method: string, path: string, authorization?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as ApiErrorBody };
}

describe('admin and device authorization (D5)', () => {
  let server: TestServer;
  const people = {} as Record<Role | 'revoked', Person>;
  const fixture = {} as Fixture;
  let before: Awaited<ReturnType<typeof stateOf>>;

  /** Everything an admin call could change: counts of audit entries, tokens, releases, rollouts, device rows. */
  async function stateOf() {
    const get = async <T>(path: string) => (await server.admin<T>('GET', path)).body;
    return {
      audit: (await get<unknown[]>('/admin/v1/audit?limit=1000')).length,
      users: (await get<{ id: string; disabledAt: string | null }[]>('/admin/v1/users')).map((u) => [u.id, u.disabledAt]),
      tokens: (await get<TokenView[]>(`/admin/v1/users/${fixture.victimUserId}/tokens`)).map((t) => [t.id, t.revokedAt]),
      signingKeys: (await get<{ keyid: string; revokedAt: string | null }[]>('/admin/v1/signing-keys')).map((k) => [k.keyid, k.revokedAt]),
      releases: (await get<{ id: string; state: string }[]>('/admin/v1/releases')).map((r) => [r.id, r.state]),
      rollouts: (await get<RolloutView[]>('/admin/v1/rollouts')).map((r) => [r.id, r.state, r.stageIndex]),
      webhooks: (await get<{ id: string; enabled: boolean }[]>('/admin/v1/webhooks')).map((w) => [w.id, w.enabled]),
      rollout: await get<{ approvedBy: string | null; revision: number }>(`/admin/v1/rollouts/${fixture.rolloutId}`).then((r) => [r.approvedBy, r.revision]),
    };
  }

  const as = (role: Role | 'revoked') => people[role].token;

  beforeAll(async () => {
    server = await startServer();
    for (const role of ROLES) people[role] = { name: `${role}-user`, ...(await addUser(server, `${role}-user`, [role])) };
    people.revoked = { name: 'former-admin', ...(await addUser(server, 'former-admin', ['admin'])) };
    const revoked = await server.admin<{ token: { id: string } }>('GET', '/admin/v1/me', undefined, people.revoked.token);
    expect((await server.admin('POST', `/admin/v1/tokens/${revoked.body.token.id}/revoke`)).status).toBe(200);
    const victim = await addUser(server, 'victim', ['viewer']);
    fixture.victimUserId = victim.id;
    fixture.victimTokenId = (await server.admin<{ token: { id: string } }>('GET', '/admin/v1/me', undefined, victim.token)).body.token.id;
    const key = await server.admin<{ keyid: string }>('POST', `/admin/v1/users/${victim.id}/signing-keys`, {
      publicKeyPem: generateEd25519KeyPair().publicKeyPem,
    });
    fixture.signingKeyId = key.body.keyid;

    const release = await server.admin<{ id: string; state: string }>(
      'POST',
      '/admin/v1/releases',
      { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') },
      as('release-engineer'),
    );
    expect(release.body.state).toBe('published');
    fixture.releaseId = release.body.id;
    const rollout = await server.admin<RolloutView>('POST', '/admin/v1/rollouts', rolloutBody(fixture.releaseId, BETA), as('release-engineer'));
    expect(rollout.status).toBe(201);
    fixture.rolloutId = rollout.body.id;
    const [device] = await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'cn' }));
    fixture.deviceId = device.id;
    fixture.groupName = 'matrix-group';
    expect((await server.admin('POST', '/admin/v1/groups', { name: fixture.groupName, deviceIds: [device.id] })).status).toBe(201);
    const webhook = await server.admin<{ subscription: { id: string } }>('POST', '/admin/v1/webhooks', {
      url: 'http://127.0.0.1:9/hook',
      events: ['rollout.halted'],
    });
    fixture.webhookId = webhook.body.subscription.id;
    before = await stateOf();
  });
  afterAll(() => server.close());

  describe('when no valid token is presented', () => {
    const credentials: [string, () => string | undefined][] = [
      ['no Authorization header', () => undefined],
      ['an unknown bearer token', () => 'Bearer ota_not-a-real-token'],
      ['a Basic credential', () => `Basic ${Buffer.from(`admin:${server.adminToken}`).toString('base64')}`],
      ['an empty bearer token', () => 'Bearer '],
    ];
    const cases = ROUTES.flatMap((route) => credentials.map(([what, header]) => ({ route, what, header })));

    it.each(cases)('$route.name with $what -> 401 UNAUTHENTICATED', async ({ route, header }) => {
      const res = await withAuthorization(server, route.method, route.path(fixture), header(), route.body?.(fixture));
      expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    // The guard is global and keyed on the route's declaration (or its /admin/ path): every admin operation the
    // served document lists refuses an anonymous call, and ROUTES covers them all (a new route must join the matrix).
    it('every admin operation in the OpenAPI document is in this matrix and -> 401 UNAUTHENTICATED without a token', async () => {
      const doc = (await (await fetch(`${server.url}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
      const operations = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith('/admin/'))
        .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(?!action\})\w+\}/g, '{id}')}`));
      const ids = new RegExp(`/(${Object.values(fixture).join('|')})(?=/|$)`, 'g');
      // Rollout actions only: other routes may end in the same words (POST /admin/v1/trust/pending/cancel).
      const actions = new RegExp(`(/rollouts/\\{id\\})/(${[...rolloutActions, 'approve'].join('|')})$`);
      const matrix = ROUTES.map((r) => `${r.method} ${r.path(fixture).replace(ids, '/{id}').replace(actions, '$1/{action}')}`);
      expect(new Set(operations)).toEqual(new Set(matrix));
      for (const operation of operations) {
        const [method, template] = operation.split(' ');
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'action' ? 'start' : fixture.rolloutId));
        const res = await withAuthorization(server, method, path, undefined, method === 'POST' ? {} : undefined);
        expect([operation, res.status, res.body.code]).toEqual([operation, 401, 'UNAUTHENTICATED']);
      }
    });
  });

  describe('when the token was revoked', () => {
    it.each(ROUTES)('$name -> 401 TOKEN_REVOKED', async (route) => {
      const res = await server.admin<ApiErrorBody>(route.method, route.path(fixture), route.body?.(fixture), as('revoked'));
      expect([res.status, res.body.code]).toEqual([401, 'TOKEN_REVOKED']);
    });
  });

  describe('when the role is too weak', () => {
    it.each(forbidden)('$route.name as $role -> 403 FORBIDDEN', async ({ route, role }) => {
      const res = await server.admin<ApiErrorBody>(route.method, route.path(fixture), route.body?.(fixture), as(role));
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });

  describe('when the role suffices', () => {
    it.each(reads)('$route.name as $role -> 200', async ({ route, role }) => {
      expect((await server.admin(route.method, route.path(fixture), undefined, as(role))).status).toBe(200);
    });
  });

  it('a refused call changes nothing: no user, token, key, release, rollout or audit entry appeared or changed', async () => {
    expect(await stateOf()).toEqual(before);
    const victim = await server.admin<TokenView[]>('GET', `/admin/v1/users/${fixture.victimUserId}/tokens`);
    expect(victim.body.find((t) => t.id === fixture.victimTokenId)?.revokedAt).toBeNull();
  });

  describe('approval of a rollout that reaches the stable channel', () => {
    const needApproval: [string, unknown][] = [
      ['channels ["stable"]', { channels: ['stable'] }],
      ['channels ["beta", "stable"]', { channels: ['beta', 'stable'] }],
      ['no channel list', { regions: ['cn'] }],
      ['no audience at all', undefined],
    ];
    /** Rollouts started here are cancelled after each test, so the device tests below see none of them. */
    const live: string[] = [];
    afterEach(async () => {
      for (const path of live.splice(0)) await server.admin('POST', `${path}/cancel`);
    });

    it.each(needApproval)('with %s: advance needs an approver other than the creator', async (_what, audience) => {
      // An admin may both create and approve, so the creator check (not the role check) is what stops it.
      const creator = as('admin');
      const created = await server.admin<RolloutView>('POST', '/admin/v1/rollouts', rolloutBody(fixture.releaseId, audience), creator);
      expect(created.status).toBe(201);
      const path = `/admin/v1/rollouts/${created.body.id}`;
      live.push(path);
      expect((await server.admin<RolloutView>('POST', `${path}/start`, undefined, creator)).body.state).toBe('running');

      const early = await server.admin<ApiErrorBody>('POST', `${path}/advance`, undefined, creator);
      expect([early.status, early.body.code]).toEqual([409, 'APPROVAL_REQUIRED']);
      const self = await server.admin<ApiErrorBody>('POST', `${path}/approve`, undefined, creator);
      expect([self.status, self.body.code]).toEqual([403, 'SELF_APPROVAL']);
      const engineer = await server.admin<ApiErrorBody>('POST', `${path}/approve`, undefined, as('release-engineer'));
      expect([engineer.status, engineer.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await server.admin<RolloutView>('GET', path)).body).toMatchObject({ stageIndex: 0, approvedBy: null });

      const approved = await server.admin<RolloutView>('POST', `${path}/approve`, undefined, as('approver'));
      expect([approved.status, approved.body.approvedBy]).toEqual([200, people.approver.id]);
      const again = await server.admin<ApiErrorBody>('POST', `${path}/approve`, undefined, as('approver'));
      expect([again.status, again.body.code]).toEqual([409, 'INVALID_STATE']);

      const advanced = await server.admin<RolloutView>('POST', `${path}/advance`, undefined, as('release-engineer'));
      expect([advanced.status, advanced.body.stageIndex]).toEqual([200, 1]);
    });

    it('a beta-only rollout advances without approval', async () => {
      // A start needs a registered device in the audience (AUDIENCE_EMPTY otherwise): one beta device.
      await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }), 1);
      const created = await server.admin<RolloutView>('POST', '/admin/v1/rollouts', rolloutBody(fixture.releaseId, BETA), as('release-engineer'));
      const path = `/admin/v1/rollouts/${created.body.id}`;
      live.push(path);
      await server.admin('POST', `${path}/start`, undefined, as('release-engineer'));
      const advanced = await server.admin<RolloutView>('POST', `${path}/advance`, undefined, as('release-engineer'));
      expect([advanced.status, advanced.body.stageIndex]).toEqual([200, 1]);
    });

    it('the audit log names the approver and the chain still verifies', async () => {
      const audit = await server.admin<{ action: string; actor: string }[]>('GET', '/admin/v1/audit?limit=1000');
      const approvals = audit.body.filter((e) => e.action === 'rollout.approve');
      expect(approvals.length).toBe(needApproval.length);
      expect(approvals.every((e) => e.actor === people.approver.name)).toBe(true);
      expect((await server.admin<{ ok: boolean }>('GET', '/admin/v1/audit/verify')).body.ok).toBe(true);
    });
  });

  describe('devices act only for themselves', () => {
    let owner: TestDevice;
    let other: TestDevice;
    let rolloutId: string;

    beforeAll(async () => {
      // `other` is in another channel: it is never offered this rollout.
      [owner, other] = await TestDevice.fleet(
        server,
        2,
        (i) => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: i === 0 ? 'beta' : 'dev', region: 'cn' }),
        1,
      );
      const created = await server.admin<RolloutView>('POST', '/admin/v1/rollouts', {
        ...rolloutBody(fixture.releaseId, BETA),
        stages: [{ percent: 100, soakSeconds: 0 }],
      });
      rolloutId = created.body.id;
      await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`);
      const offer = await owner.poll();
      expect(offer).toMatchObject({ action: 'install', rolloutId });
      expect((await other.poll()).action).toBe('none');
    });

    /** A token for `other`'s id carrying `owner`'s MAC: what a device would try to act for another. */
    const forged = () => {
      const [payload, mac] = [owner.token.slice(0, owner.token.lastIndexOf('.')), owner.token.slice(owner.token.lastIndexOf('.') + 1)];
      return `${payload.replace(owner.id, other.id)}.${mac}`;
    };
    const deviceRoutes = [
      { name: 'poll', method: 'GET', path: '/device/v1/update', body: undefined },
      { name: 'report', method: 'POST', path: '/device/v1/status', body: () => ({ rolloutId, status: 'downloading' }) },
    ];
    const credentials: [string, () => string | undefined][] = [
      ['no token', () => undefined],
      ['a garbage token', () => 'Bearer garbage'],
      ['a token with another device id', () => `Bearer ${forged()}`],
      ['an admin token', () => `Bearer ${server.adminToken}`],
      ['a truncated token', () => `Bearer ${owner.token.slice(0, -4)}`],
    ];
    const cases = deviceRoutes.flatMap((route) => credentials.map(([what, header]) => ({ route, what, header })));

    it.each(cases)('$route.name with $what -> 401 UNAUTHENTICATED', async ({ route, header }) => {
      const res = await withAuthorization(server, route.method, route.path, header(), route.body?.());
      expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('an expired session token -> 401 UNAUTHENTICATED on poll and report', async () => {
      const now = server.clock.now();
      server.clock.advanceSeconds(3601);
      try {
        for (const route of deviceRoutes) {
          const res = await withAuthorization(server, route.method, route.path, `Bearer ${owner.token}`, route.body?.());
          expect([route.name, res.status, res.body.code]).toEqual([route.name, 401, 'UNAUTHENTICATED']);
        }
      } finally {
        server.clock.set(now);
      }
    });

    it('an admin route refuses a device session token', async () => {
      const res = await request<ApiErrorBody>(server.url, 'GET', `/admin/v1/devices/${owner.id}`, undefined, owner.token);
      expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it.each(['downloading', 'installing', 'succeeded', 'failed'] as const)(
      'reporting "%s" for a rollout offered to another device -> 404 NOT_FOUND, and the owner is unchanged',
      async (status) => {
        const res = await other.report(rolloutId, status, status === 'failed' ? { code: 'INTERNAL' } : {});
        expect([res.status, (res.body as unknown as ApiErrorBody).code]).toEqual([404, 'NOT_FOUND']);
        const ownerView = await server.admin<DeviceView>('GET', `/admin/v1/devices/${owner.id}`);
        expect(ownerView.body.rollouts.map((r) => [r.rolloutId, r.status])).toEqual([[rolloutId, 'offered']]);
        expect((await server.admin<DeviceView>('GET', `/admin/v1/devices/${other.id}`)).body.rollouts).toEqual([]);
      },
    );

    it('the owner can still report, and the rollout counts only its report', async () => {
      expect((await owner.report(rolloutId, 'downloading')).status).toBe(200);
      const view = await server.admin<RolloutView>('GET', `/admin/v1/rollouts/${rolloutId}`);
      expect(view.body.totals).toMatchObject({ offered: 0, downloading: 1, succeeded: 0, failed: 0 });
      // The other device's poll still offers it nothing.
      expect(((await other.poll()) as UpdateResponse).action).toBe('none');
    });
  });
});
