import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer, type TestServer } from '../../ota-server/test/harness';
import { cli, tempDir } from './run-cli';

/** People (D5) from the CLI against a real server: create, enroll, list, revoke, and who am I. */
describe('ota-admin people commands against a real server', () => {
  let server: TestServer;
  let admin: Record<string, string>;
  beforeAll(async () => {
    server = await startServer();
    admin = { OTA_SERVER: server.url, OTA_TOKEN: server.adminToken };
  });
  afterAll(() => server.close());

  it('an admin creates a user; the user enrolls, sees and revokes their own tokens', async () => {
    const created = await cli(['users', 'create', 'tess', '--role', 'viewer', '--role', 'approver'], { env: admin });
    expect(created.code).toBe(0);
    expect(created.out).toContain('enrollment token (shown once; hand it to tess privately');
    const enrollment = created.out.trim().split('\n').at(-1)!;
    const made = await cli(['tokens', 'create', '--name', 'laptop', '--json'], { env: { ...admin, OTA_TOKEN: enrollment } });
    expect(made.code).toBe(0);
    const own = { ...admin, OTA_TOKEN: (JSON.parse(made.out) as { token: string }).token };
    const me = await cli(['whoami', '--json'], { env: own });
    expect(JSON.parse(me.out)).toMatchObject({ user: { name: 'tess', roles: ['viewer', 'approver'] }, token: { name: 'laptop' } });
    const listed = JSON.parse((await cli(['tokens', 'list', '--json'], { env: own })).out) as { id: string; name: string; revokedAt: string | null }[];
    // The enrollment token was spent making the first one.
    expect(new Map(listed.map((t) => [t.name, t.revokedAt === null]))).toEqual(
      new Map([
        ['enrollment', false],
        ['laptop', true],
      ]),
    );
    const laptop = listed.find((t) => t.name === 'laptop')!;
    expect((await cli(['users', 'list'], { env: own })).out).toMatch(/tess\s.*viewer, approver/);
    expect((await cli(['tokens', 'revoke', laptop.id], { env: own })).code).toBe(0);
    const after = await cli(['whoami'], { env: own });
    expect([after.code, after.err]).toEqual([1, expect.stringMatching(/^ota-admin: TOKEN_REVOKED: /m)]);
  });

  it('an enrollment token is refused everywhere but making the first token', async () => {
    const created = JSON.parse((await cli(['users', 'create', 'uma', '--role', 'viewer', '--json'], { env: admin })).out) as {
      enrollmentToken: { token: string };
    };
    const refused = await cli(['release', 'list'], { env: { ...admin, OTA_TOKEN: created.enrollmentToken.token } });
    expect([refused.code, refused.err]).toEqual([1, expect.stringMatching(/^ota-admin: ENROLLMENT_ONLY: /m)]);
  });
});

/** What the CLI refuses before any request (an unreachable address would answer UNREACHABLE if a request were made). */
describe('ota-admin people commands, before any request', () => {
  const env = { OTA_SERVER: 'http://127.0.0.1:9', OTA_TOKEN: 't' };
  const dir = tempDir('ota-admin-people-');

  describe('when a role is not one of D5', () => {
    it('is a usage error', async () => {
      const { code, err } = await cli(['users', 'create', 'alice', '--role', 'release-engineer', '--role', 'root'], { env });
      expect(code).toBe(2);
      expect(err).toMatch(/^ota-admin: USAGE: --role: expected viewer, release-engineer, approver, admin, got root$/m);
    });
  });

  describe('when signing-keys register is given a private key', () => {
    it('refuses before the secret could travel', async () => {
      const file = path.join(dir, 'k.pem');
      await cli(['keys', 'generate', '--out', file]);
      const { code, err } = await cli(['signing-keys', 'register', '--user', 'u', '--key', file], { env });
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: INVALID_KEY: .*expected a public key PEM, got a private key/m);
      expect(fs.existsSync(file)).toBe(true);
    });
  });

  describe('when no server or token is configured', () => {
    it('says which setting is missing, with exit code 2', async () => {
      const noServer = await cli(['whoami'], { env: {} });
      expect(noServer.code).toBe(2);
      expect(noServer.err).toContain('expected the server URL: pass --server or set OTA_SERVER');
      const noToken = await cli(['users', 'list'], { env: { OTA_SERVER: env.OTA_SERVER } });
      expect(noToken.code).toBe(2);
      expect(noToken.err).toContain('expected an admin token: set OTA_TOKEN');
    });
  });

  describe('when --expires-days is not a whole number', () => {
    it('is a usage error', async () => {
      const { code, err } = await cli(['tokens', 'create', '--name', 'laptop', '--expires-days', '1.5'], { env });
      expect(code).toBe(2);
      expect(err).toContain('--expires-days: expected a whole number of days, got "1.5"');
    });
  });
});
