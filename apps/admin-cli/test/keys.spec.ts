import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { tufKeyFromPublicPem } from '@app/manifest';
import { cli, tempDir } from './run-cli';

describe('ota-admin keys', () => {
  const dir = tempDir('ota-admin-keys-');

  it('generate: private key 0600, public key beside it, keyid as libs/manifest computes it', async () => {
    const file = path.join(dir, 'alice.pem');
    const { code, out } = await cli(['keys', 'generate', '--out', file]);
    expect(code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const publicPem = fs.readFileSync(`${file}.pub`, 'utf8');
    expect(fs.readFileSync(file, 'utf8')).toContain('PRIVATE KEY');
    const keyId = tufKeyFromPublicPem(publicPem).keyID;
    expect(out).toContain(`keyid: ${keyId}`);
    expect(out).toContain(publicPem.trim());

    const shown = await cli(['keys', 'show', file, '--json']);
    expect(JSON.parse(shown.out)).toMatchObject({ keyid: keyId, publicKeyPem: publicPem });
    expect(JSON.parse((await cli(['keys', 'show', `${file}.pub`, '--json'])).out).keyid).toBe(keyId);
  });

  describe('when the key file exists', () => {
    it('refuses to overwrite it and leaves it as it was', async () => {
      const file = path.join(dir, 'bob.pem');
      await cli(['keys', 'generate', '--out', file]);
      const before = fs.readFileSync(file, 'utf8');
      const { code, err } = await cli(['keys', 'generate', '--out', file]);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: FILE_EXISTS: .*bob\.pem already exists/);
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
    });
  });

  describe('when the command line is wrong', () => {
    it('answers with a usage error and exit code 2, without a stack trace', async () => {
      const unknown = await cli(['keys', 'generate', '--out', path.join(dir, 'x.pem'), '--bogus']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain("unknown option '--bogus'");
      const missing = await cli(['keys', 'generate']);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("required option '--out <file>' not specified");
      expect((await cli(['nonsense'])).code).toBe(2);
      expect(`${unknown.err}${missing.err}`).not.toMatch(/\n\s+at /);
    });

    it('prints help with exit code 0', async () => {
      const { code, out } = await cli(['release', 'sign', '--help']);
      expect(code).toBe(0);
      expect(out).toContain('--manifest <file...>');
    });
  });

  it('the real bin runs: keys show through bin/ota-admin.js, and a server error as "ota-admin: <code>"', () => {
    const file = path.join(dir, 'carol.pem');
    const bin = path.join(__dirname, '../bin/ota-admin.js');
    const made = spawnSync(process.execPath, [bin, 'keys', 'generate', '--out', file], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`keyid: ${tufKeyFromPublicPem(fs.readFileSync(`${file}.pub`, 'utf8')).keyID}`);
    const unreachable = spawnSync(process.execPath, [bin, 'release', 'list'], {
      encoding: 'utf8',
      env: { ...process.env, OTA_SERVER: 'http://127.0.0.1:9', OTA_TOKEN: 't' },
    });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/^ota-admin: UNREACHABLE: cannot reach the server at http:\/\/127\.0\.0\.1:9/);
  });
});
