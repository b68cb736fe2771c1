import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { Updater } from 'tuf-js';
import { ed25519Signer, generateEd25519KeyPair } from '@app/manifest';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';

interface ReleaseView {
  id: string;
  state: string;
  signing?: { payloadBase64: string; threshold: number; validKeyIds: string[]; thresholdMet: boolean; stale: boolean };
}

/** A release signer (D3): signs the proposal's canonical bytes on their own machine and uploads the signature. */
function detachedSignature(privateKeyPem: string, payloadBase64: string) {
  const keyid = ed25519Signer(privateKeyPem).keyId;
  const sig = sign(null, Buffer.from(payloadBase64, 'base64'), createPrivateKey(privateKeyPem)).toString('hex');
  return { keyid, sig };
}

/** A tuf-js client pinned to the ceremony's 1.root.json, as a device's firmware is (D3). */
function tufClient(server: TestServer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-tuf-client-'));
  fs.mkdirSync(path.join(dir, 'metadata'));
  fs.mkdirSync(path.join(dir, 'targets'));
  fs.copyFileSync(path.join(server.keysDir, '1.root.json'), path.join(dir, 'metadata', 'root.json'));
  return () =>
    new Updater({
      metadataDir: path.join(dir, 'metadata'),
      targetDir: path.join(dir, 'targets'),
      metadataBaseUrl: `${server.url}/tuf/metadata`,
      targetBaseUrl: `${server.url}/tuf/targets`,
      config: { fetchRetry: false },
    });
}

describe('TUF publishing with the two-person rule (D3)', () => {
  let server: TestServer;
  let first: ReleaseView;
  let second: ReleaseView;
  /** The release signer the test plays (D5: the key is registered to her; only she may sign with it). */
  let carol: string;
  const register = async (userId: string, privateKeyPem: string) => {
    const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
    expect((await server.admin('POST', `/admin/v1/users/${userId}/signing-keys`, { publicKeyPem })).status).toBe(201);
  };
  const upload = (id: string, body: unknown, token = carol) =>
    server.admin<ReleaseView & { code: string }>('POST', `/admin/v1/releases/${id}/signatures`, body, token);

  beforeAll(async () => {
    // Two release signers, threshold 2; the server holds one dev key, the test plays the other signer.
    server = await startServer({ targetsKeys: 2, targetsThreshold: 2, withholdTargetsKeys: 1 });
    const signer = await addUser(server, 'carol', ['release-engineer']);
    carol = signer.token;
    await register(signer.id, server.withheldTargetsKeys[0]);
  });
  afterAll(() => server.close());

  it('proposes, signs with the server key and waits for the second signer', async () => {
    first = (await server.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body;
    expect(first.state).toBe('proposed');
    expect(first.signing).toMatchObject({ threshold: 2, thresholdMet: false, stale: false });
    expect(first.signing!.validKeyIds).toHaveLength(1);
    second = (await server.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in-strict.json') })).body;
    expect(second.state).toBe('proposed');
  });

  describe('when an uploaded signature is not good', () => {
    it('rejects a key the targets role does not list (registered to the signer all the same)', async () => {
      const stray = generateEd25519KeyPair();
      await register((await server.admin<{ user: { id: string } }>('GET', '/admin/v1/me', undefined, carol)).body.user.id, stray.privateKeyPem);
      const res = await upload(first.id, detachedSignature(stray.privateKeyPem, first.signing!.payloadBase64));
      expect(res).toMatchObject({ status: 400, body: { code: 'UNKNOWN_SIGNING_KEY' } });
      expect((await server.admin<ReleaseView>('GET', `/admin/v1/releases/${first.id}`)).body.signing!.validKeyIds).toHaveLength(1);
    });

    it('rejects a signature over other bytes', async () => {
      const res = await upload(first.id, detachedSignature(server.withheldTargetsKeys[0], Buffer.from('other').toString('base64')));
      expect(res).toMatchObject({ status: 400, body: { code: 'SIGNATURE_INVALID' } });
      expect((await server.admin<ReleaseView>('GET', `/admin/v1/releases/${first.id}`)).body.signing!.validKeyIds).toHaveLength(1);
    });

    it('does not count the same key twice towards the threshold', async () => {
      // The server's dev key already signed; its holder uploading the same key's signature adds nothing.
      const serverKey = fs.readFileSync(path.join(server.keysDir, 'private', 'targets-1.key.pem'), 'utf8');
      const dave = await addUser(server, 'dave', ['release-engineer']);
      await register(dave.id, serverKey);
      const res = await upload(first.id, detachedSignature(serverKey, first.signing!.payloadBase64), dave.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'proposed', signing: { thresholdMet: false, validKeyIds: [ed25519Signer(serverKey).keyId] } });
    });
  });

  it('publishes at the threshold', async () => {
    const res = await upload(first.id, detachedSignature(server.withheldTargetsKeys[0], first.signing!.payloadBase64));
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('published');
  });

  describe('when another release was published in between', () => {
    it('answers 409 STALE_PROPOSAL, and a re-proposal can be signed and published', async () => {
      const stale = await upload(second.id, detachedSignature(server.withheldTargetsKeys[0], second.signing!.payloadBase64));
      expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_PROPOSAL' } });
      const again = await server.admin<ReleaseView>('POST', `/admin/v1/releases/${second.id}/repropose`);
      expect(again.body).toMatchObject({ state: 'proposed', signing: { stale: false, thresholdMet: false } });
      const done = await upload(second.id, detachedSignature(server.withheldTargetsKeys[0], again.body.signing!.payloadBase64));
      expect(done.body.state).toBe('published');
    });
  });

  it('serves a repository the real tuf-js client verifies, with both manifests downloadable', async () => {
    const updater = tufClient(server);
    const u = updater();
    await u.refresh();
    for (const [target, file] of [
      ['manifests/miui-settings/1.json', 'cloud-messaging-opt-in.json'],
      ['manifests/miui-settings/2.json', 'cloud-messaging-opt-in-strict.json'],
    ]) {
      const info = await u.getTargetInfo(target);
      expect(info).toBeDefined();
      const bytes = fs.readFileSync(await u.downloadTarget(info!));
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(readFirmwareManifest(file));
    }
  });

  it('re-signs the timestamp before it expires, and clients accept the new one', async () => {
    const before = (await fetch(`${server.url}/tuf/metadata/timestamp.json`).then((r) => r.json())) as { signed: { version: number } };
    server.clock.advanceSeconds(20 * 3600);
    await server.tick();
    const after = (await fetch(`${server.url}/tuf/metadata/timestamp.json`).then((r) => r.json())) as { signed: { version: number } };
    expect(after.signed.version).toBe(before.signed.version + 1);
    await tufClient(server)().refresh();
    const health = await fetch(`${server.url}/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', tuf: { ok: true } });
  });

  it('serves metadata with an ETag and answers 304 to If-None-Match', async () => {
    const first = await fetch(`${server.url}/tuf/metadata/1.root.json`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.url}/tuf/metadata/1.root.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
