import type { ApiErrorBody } from '@app/protocol';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D5 people, not tokens: approvals compare users whichever token they hold; tokens belong to a user, expire and
 * are revoked; an admin creates users but never holds a token that acts as another person.
 */

const STAGES = [
  { percent: 10, soakSeconds: 0 },
  { percent: 100, soakSeconds: 0 },
];
const POLICY = { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 };
const DAY = 86_400;

interface Me {
  user: { id: string; name: string; roles: string[] };
  token: { id: string; expiresAt: string | null; scope: string };
}
interface TokenView {
  id: string;
  name: string;
  userId: string;
  token: string;
  expiresAt: string | null;
  revokedAt: string | null;
}
interface Enrolled {
  user: { id: string };
  enrollmentToken: { token: string; expiresAt: string };
}

describe('admin users and their tokens (D5)', () => {
  let server: TestServer;
  let releaseId: string;

  /** A started stable rollout created by `token`: it needs a second person's approval to leave stage 1. */
  async function stableRollout(token: string): Promise<string> {
    const created = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', { releaseId, stages: STAGES, policy: POLICY }, token);
    expect(created.status).toBe(201);
    const path = `/admin/v1/rollouts/${created.body.id}`;
    expect((await server.admin('POST', `${path}/start`, undefined, token)).status).toBe(200);
    return path;
  }
  const code = (res: { status: number; body: unknown }) => [res.status, (res.body as ApiErrorBody).code];

  beforeAll(async () => {
    server = await startServer();
    releaseId = (await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body.id;
    // A start needs a registered device in the audience (AUDIENCE_EMPTY otherwise).
    await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'cn' }));
  });
  afterAll(() => server.close());

  describe('the two-person rule compares people', () => {
    it('one person with two tokens cannot approve their own rollout, whichever token approves', async () => {
      const alice = await addUser(server, 'alice', ['release-engineer', 'approver']);
      const second = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'laptop 2' }, alice.token);
      expect(second.status).toBe(201);
      const path = await stableRollout(alice.token);
      expect(code(await server.admin('POST', `${path}/approve`, undefined, second.body.token))).toEqual([403, 'SELF_APPROVAL']);
      expect(code(await server.admin('POST', `${path}/approve`, undefined, alice.token))).toEqual([403, 'SELF_APPROVAL']);
      expect((await server.admin<{ approvedBy: string | null }>('GET', path)).body.approvedBy).toBeNull();

      const bob = await addUser(server, 'bob', ['approver']);
      const approved = await server.admin<{ approvedBy: string }>('POST', `${path}/approve`, undefined, bob.token);
      expect([approved.status, approved.body.approvedBy]).toEqual([200, bob.id]);
      await server.admin('POST', `${path}/cancel`, undefined, alice.token);
    });

    it('an admin who makes herself another token still cannot approve her own rollout', async () => {
      const path = await stableRollout(server.adminToken);
      const extra = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'approver hat' });
      expect(code(await server.admin('POST', `${path}/approve`, undefined, extra.body.token))).toEqual([403, 'SELF_APPROVAL']);
      await server.admin('POST', `${path}/cancel`);
    });

    it('an admin cannot make a token for another user: tokens are made by their owner only', async () => {
      const carol = await addUser(server, 'carol', ['approver']);
      // No route takes another user's id to make a token; the old one (a role per token) is gone.
      expect((await server.admin('POST', '/admin/v1/tokens', { name: 'carol', role: 'approver' })).status).toBe(404);
      expect((await server.admin('POST', `/admin/v1/users/${carol.id}/tokens`, { name: 'as carol' })).status).toBe(404);
      const mine = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'for carol?' });
      const me = await server.admin<Me>('GET', '/admin/v1/me');
      expect(mine.body.userId).toBe(me.body.user.id);
    });
  });

  describe('enrollment', () => {
    let enrolled: Enrolled;
    beforeAll(async () => {
      enrolled = (await server.admin<Enrolled>('POST', '/admin/v1/users', { name: 'dave', roles: ['release-engineer'] })).body;
    });

    it('an enrollment token only says who it is and makes the first token', async () => {
      const me = await server.admin<Me>('GET', '/admin/v1/me', undefined, enrolled.enrollmentToken.token);
      expect(me.body).toMatchObject({ user: { name: 'dave', roles: ['release-engineer'] }, token: { scope: 'enroll' } });
      for (const [method, route] of [
        ['GET', '/admin/v1/releases'],
        ['GET', '/admin/v1/audit'],
        ['POST', '/admin/v1/releases'],
      ]) {
        const res = await server.admin(method, route, method === 'POST' ? { manifest: {} } : undefined, enrolled.enrollmentToken.token);
        expect([route, ...code(res)]).toEqual([route, 403, 'ENROLLMENT_ONLY']);
      }
    });

    it('works once', async () => {
      const first = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'dave laptop' }, enrolled.enrollmentToken.token);
      expect(first.status).toBe(201);
      expect((await server.admin('GET', '/admin/v1/releases', undefined, first.body.token)).status).toBe(200);
      const again = await server.admin('POST', '/admin/v1/me/tokens', { name: 'second' }, enrolled.enrollmentToken.token);
      expect(code(again)).toEqual([401, 'TOKEN_REVOKED']);
    });

    it('expires (ADMIN_ENROLLMENT_TTL_HOURS, 72 by default)', async () => {
      const late = (await server.admin<Enrolled>('POST', '/admin/v1/users', { name: 'erin', roles: ['viewer'] })).body;
      expect(Date.parse(late.enrollmentToken.expiresAt) - server.clock.now().getTime()).toBe(72 * 3600 * 1000);
      server.clock.advanceSeconds(72 * 3600 + 1);
      expect(code(await server.admin('POST', '/admin/v1/me/tokens', { name: 'too late' }, late.enrollmentToken.token))).toEqual([401, 'TOKEN_EXPIRED']);
      // An admin issues a new one (a lost or late enrollment).
      const again = await server.admin<Enrolled>('POST', `/admin/v1/users/${late.user.id}/enrollment`);
      expect((await server.admin('POST', '/admin/v1/me/tokens', { name: 'in time' }, again.body.enrollmentToken.token)).status).toBe(201);
    });
  });

  describe('tokens expire, are listed per user and revoked', () => {
    it('a token expires after ADMIN_TOKEN_TTL_DAYS (90 by default); asking for longer gets the maximum', async () => {
      const frank = await addUser(server, 'frank', ['viewer']);
      const long = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'forever', expiresInDays: 3000 }, frank.token);
      const short = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'a week', expiresInDays: 7 }, frank.token);
      const now = server.clock.now().getTime();
      expect(Date.parse(long.body.expiresAt!) - now).toBe(90 * DAY * 1000);
      expect(Date.parse(short.body.expiresAt!) - now).toBe(7 * DAY * 1000);
      server.clock.advanceSeconds(7 * DAY + 1);
      expect(code(await server.admin('GET', '/admin/v1/me', undefined, short.body.token))).toEqual([401, 'TOKEN_EXPIRED']);
      expect((await server.admin('GET', '/admin/v1/me', undefined, long.body.token)).status).toBe(200);
      server.clock.advanceSeconds(83 * DAY);
      expect(code(await server.admin('GET', '/admin/v1/me', undefined, long.body.token))).toEqual([401, 'TOKEN_EXPIRED']);
    });

    it('honours a configured ADMIN_TOKEN_TTL_DAYS', async () => {
      const short = await startServer({ env: { ADMIN_TOKEN_TTL_DAYS: '3' } });
      try {
        const user = await addUser(short, 'gina', ['viewer']);
        const me = await short.admin<Me>('GET', '/admin/v1/me', undefined, user.token);
        expect(Date.parse(me.body.token.expiresAt!) - short.clock.now().getTime()).toBe(3 * DAY * 1000);
      } finally {
        await short.close();
      }
    });

    it('a user lists and revokes their own tokens, not another user’s; an admin may do both', async () => {
      const hana = await addUser(server, 'hana', ['release-engineer']);
      const ivan = await addUser(server, 'ivan', ['release-engineer']);
      const own = await server.admin<TokenView[]>('GET', `/admin/v1/users/${hana.id}/tokens`, undefined, hana.token);
      expect(own.body.map((t) => [t.name, t.userId]).sort()).toEqual([
        ['enrollment', hana.id],
        ["hana's token", hana.id],
      ]);
      const hanas = own.body.find((t) => t.name === "hana's token")!;
      expect(JSON.stringify(own.body)).not.toContain('ota_');
      expect(code(await server.admin('GET', `/admin/v1/users/${ivan.id}/tokens`, undefined, hana.token))).toEqual([403, 'FORBIDDEN']);
      const ivans = (await server.admin<TokenView[]>('GET', `/admin/v1/users/${ivan.id}/tokens`)).body.find((t) => t.name === "ivan's token")!;
      expect(code(await server.admin('POST', `/admin/v1/tokens/${ivans.id}/revoke`, undefined, hana.token))).toEqual([403, 'FORBIDDEN']);
      expect((await server.admin('GET', '/admin/v1/me', undefined, ivan.token)).status).toBe(200);
      expect((await server.admin('POST', `/admin/v1/tokens/${hanas.id}/revoke`, undefined, hana.token)).status).toBe(200);
      expect(code(await server.admin('GET', '/admin/v1/me', undefined, hana.token))).toEqual([401, 'TOKEN_REVOKED']);
    });
  });

  describe('disabling a user', () => {
    it('stops every token of theirs at once', async () => {
      const jan = await addUser(server, 'jan', ['approver']);
      const second = await server.admin<TokenView>('POST', '/admin/v1/me/tokens', { name: 'second' }, jan.token);
      expect((await server.admin('POST', `/admin/v1/users/${jan.id}/disable`)).status).toBe(200);
      for (const token of [jan.token, second.body.token])
        expect(code(await server.admin('GET', '/admin/v1/me', undefined, token))).toEqual([401, 'USER_DISABLED']);
    });

    it('refuses to disable the last enabled admin', async () => {
      const me = await server.admin<Me>('GET', '/admin/v1/me');
      expect(code(await server.admin('POST', `/admin/v1/users/${me.body.user.id}/disable`))).toEqual([409, 'LAST_ADMIN']);
      expect((await server.admin('GET', '/admin/v1/me')).status).toBe(200);
    });

    it('refuses a second user of the same name', async () => {
      expect(code(await server.admin('POST', '/admin/v1/users', { name: 'jan', roles: ['viewer'] }))).toEqual([409, 'CONFLICT']);
    });
  });

  it('the audit log names people, and the chain verifies', async () => {
    const audit = await server.admin<{ actor: string; action: string }[]>('GET', '/admin/v1/audit?limit=1000');
    const actors = new Set(audit.body.map((e) => e.actor));
    for (const name of ['system', 'admin', 'alice', 'bob', 'dave', 'hana']) expect(actors).toContain(name);
    expect(audit.body.filter((e) => e.action === 'rollout.approve').map((e) => e.actor)).toEqual(['bob']);
    expect(audit.body.filter((e) => e.action === 'user.disable').map((e) => e.actor)).toEqual(['admin']);
    expect((await server.admin<{ ok: boolean }>('GET', '/admin/v1/audit/verify')).body.ok).toBe(true);
  });
});
