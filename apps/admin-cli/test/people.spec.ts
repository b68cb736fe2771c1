import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tempDir } from './run-cli';

/**
 * The people and trust endpoints are not in this server yet: these check what the CLI refuses before any request
 * (an unreachable address would answer UNREACHABLE if a request were made).
 */
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
