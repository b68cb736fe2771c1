import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ApiErrorBody } from '@app/protocol';
import { loadServerConfig } from '../src/config/server.config';
import { dataSourceOptions } from '../src/database/data-source';
import { addUser, dropDatabase, readFirmwareManifest, startServer, type TestServer } from './harness';

/**
 * D5 upgrade from tokens to people: each existing token becomes a user whose id is the token's id, so the
 * creators and approvers already recorded (token ids) name the same people afterwards, and the two-person rule
 * keeps holding across the upgrade. Runs the migration down and up on a real database.
 */
describe('migrating admin tokens to users', () => {
  let before: TestServer;
  let after: TestServer;
  const OLD_TOKEN = { id: '0f8b7c6a-1111-4222-8333-944455556666', name: 'lead engineer', secret: 'ota_old-token-of-the-lead-engineer' };
  let rolloutPath: string;

  beforeAll(async () => {
    before = await startServer();
    const release = await before.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const stages = [
      { percent: 10, soakSeconds: 0 },
      { percent: 100, soakSeconds: 0 },
    ];
    const rollout = await before.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      stages,
      policy: { maxFailureRate: 0.2, minSamples: 5, confidence: 0.95 },
    });
    rolloutPath = `/admin/v1/rollouts/${rollout.body.id}`;
    await before.admin('POST', `${rolloutPath}/start`);
    await before.app.close();

    // The database as the previous version left it: tokens with a role each, the rollout created by one of them.
    const internal = before as TestServer & { databaseUrl?: string };
    const config = loadServerConfig({
      DATA_DIR: before.dataDir,
      KEYS_DIR: before.keysDir,
      ...(internal.databaseUrl ? { DATABASE_URL: internal.databaseUrl } : {}),
    });
    const db = new DataSource({ ...dataSourceOptions(config), migrationsRun: false });
    await db.initialize();
    try {
      // Back to the schema before users (and whatever came after them).
      const runner = db.createQueryRunner();
      while (await runner.hasTable('admin_user')) await db.undoLastMigration();
      await runner.release();
      const p = db.options.type === 'postgres' ? (n: number) => `$${n}` : () => '?';
      await db.query(
        `INSERT INTO admin_token (id, name, role, token_hash, created_by, created_at, revoked_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, NULL, ${p(5)}, NULL)`,
        [OLD_TOKEN.id, OLD_TOKEN.name, 'admin', createHash('sha256').update(OLD_TOKEN.secret).digest('hex'), new Date().toISOString()],
      );
      await db.query(`UPDATE rollout SET created_by = ${p(1)}`, [OLD_TOKEN.id]);
    } finally {
      await db.destroy();
    }
    after = await startServer({ shareWith: before });
  });
  afterAll(async () => {
    await after?.close();
    const internal = before as TestServer & { databaseUrl?: string };
    if (internal.databaseUrl) await dropDatabase(internal.databaseUrl);
  });

  it('an existing token keeps working, as a user with the same id and role, and now expires', async () => {
    const me = await after.admin<{ user: { id: string; name: string; roles: string[] }; token: { id: string; expiresAt: string | null } }>(
      'GET',
      '/admin/v1/me',
      undefined,
      OLD_TOKEN.secret,
    );
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: OLD_TOKEN.id, name: OLD_TOKEN.name, roles: ['admin'] });
    const days = (Date.parse(me.body.token.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);
    // The token ADMIN_TOKEN configures keeps working without expiry.
    const bootstrap = await after.admin<{ token: { expiresAt: string | null } }>('GET', '/admin/v1/me');
    expect([bootstrap.status, bootstrap.body.token.expiresAt]).toEqual([200, null]);
  });

  it("the rollout's creator (recorded as a token id) cannot approve it with a new token of theirs", async () => {
    const fresh = await after.admin<{ token: string }>('POST', '/admin/v1/me/tokens', { name: 'after the upgrade' }, OLD_TOKEN.secret);
    for (const token of [OLD_TOKEN.secret, fresh.body.token]) {
      const res = await after.admin<ApiErrorBody>('POST', `${rolloutPath}/approve`, undefined, token);
      expect([res.status, res.body.code]).toEqual([403, 'SELF_APPROVAL']);
    }
    const approver = await addUser(after, 'approver', ['approver']);
    expect((await after.admin('POST', `${rolloutPath}/approve`, undefined, approver.token)).status).toBe(200);
  });
});
