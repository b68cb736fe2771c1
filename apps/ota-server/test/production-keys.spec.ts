import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPrivateKey, sign } from 'node:crypto';
import { ed25519Signer, generateEd25519KeyPair } from '@app/manifest';
import { ceremonyKeys, productionKeyDirectory } from './key-ceremony';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';
import { pinnedTufClient } from './tuf-device';

interface ReleaseView {
  id: string;
  state: string;
  signing?: { payloadBase64: string };
}

const detachedSignature = (pem: string, payloadBase64: string) => ({
  keyid: ed25519Signer(pem).keyId,
  sig: sign(null, Buffer.from(payloadBase64, 'base64'), createPrivateKey(pem)).toString('hex'),
});

/**
 * D7 production start: the key directory holds what the offline ceremony produced (`1.root.json`,
 * `1.targets.json`), the factory CA certificate and the online keys. No root or release key, no keyset.json.
 */
describe('starting from a production key directory (D7)', () => {
  const keys = ceremonyKeys({ root: 1, targets: 2 });
  let keysDir: string;
  let server: TestServer;

  beforeAll(async () => {
    keysDir = await productionKeyDirectory(keys, { now: new Date(), targetsThreshold: 2 });
    server = await startServer({ keysDir, devTargetsSigning: false });
  });
  afterAll(() => server?.close());

  it('holds only the ceremony files and the online keys', () => {
    expect(fs.readdirSync(keysDir).sort()).toEqual(['1.root.json', '1.targets.json', 'factory-ca.cert.pem', 'online']);
    expect(fs.readdirSync(path.join(keysDir, 'online'))).toHaveLength(2);
  });

  it('serves metadata that a client pinned to root 1 verifies, and publishes releases the signers sign', async () => {
    const client = pinnedTufClient(server.url, fs.readFileSync(path.join(keysDir, '1.root.json'), 'utf8'));
    await client.updater().refresh();
    const release = await server.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    expect(release.body.state).toBe('proposed');
    let view = release.body;
    for (const [i, signer] of keys.targets.entries()) {
      // Each release signer is a person with their key registered to them (D5).
      const person = await addUser(server, `signer-${i + 1}`, ['release-engineer']);
      await server.admin('POST', `/admin/v1/users/${person.id}/signing-keys`, { publicKeyPem: signer.publicKeyPem });
      view = (
        await server.admin<ReleaseView>(
          'POST',
          `/admin/v1/releases/${view.id}/signatures`,
          detachedSignature(signer.privateKeyPem, release.body.signing!.payloadBase64),
          person.token,
        )
      ).body;
    }
    expect(view.state).toBe('published');
    expect(await client.download('manifests/miui-settings/1.json')).toEqual(readFirmwareManifest('cloud-messaging-opt-in.json'));
  });

  it('does not warn about development keys', () => {
    expect(fs.readFileSync(server.logFile, 'utf8')).not.toMatch(/DEVELOPMENT key set/);
  });

  describe('when the root names an online key the directory does not hold', () => {
    it('refuses to start, naming the missing keyid', async () => {
      const other = { ...ceremonyKeys(), timestamp: generateEd25519KeyPair() };
      const dir = await productionKeyDirectory(other, { now: new Date() });
      fs.rmSync(path.join(dir, 'online', `${other.timestamp.keyId.slice(0, 16)}.pem`));
      await expect(startServer({ keysDir: dir, devTargetsSigning: false })).rejects.toThrow(new RegExp(`timestamp key ${other.timestamp.keyId}`));
    });
  });
});

describe('starting from the development key set of keys:init', () => {
  it('says in its start log that the key set is for development only', async () => {
    const server = await startServer();
    try {
      expect(fs.readFileSync(server.logFile, 'utf8')).toMatch(
        /root and targets private key\(s\) of root v1.*DEVELOPMENT key set.*Keys and signing in production/,
      );
    } finally {
      await server.close();
    }
  });
});
