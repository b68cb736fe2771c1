import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import type { ApiErrorBody } from '@app/protocol';
import { ed25519Signer } from '@app/manifest';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';

/**
 * D5 accountable signers: each release signing key is registered to one user; a signature counts only when its
 * key's owner uploads it (the signature proves the key, the token proves the person), one person signs a
 * proposal once whatever keys they hold, and the release shows who signed with which key and when.
 */

interface ReleaseView {
  id: string;
  state: string;
  signatures: { keyid: string; userId: string | null; userName: string; signedAt: string }[];
  signing?: { payloadBase64: string; validKeyIds: string[]; thresholdMet: boolean };
}

const keyidOf = (privateKeyPem: string) => ed25519Signer(privateKeyPem).keyId;
const publicPem = (privateKeyPem: string) => createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
const signatureOver = (privateKeyPem: string, payloadBase64: string) => ({
  keyid: keyidOf(privateKeyPem),
  sig: sign(null, Buffer.from(payloadBase64, 'base64'), createPrivateKey(privateKeyPem)).toString('hex'),
});

describe('accountable release signers (D5)', () => {
  let server: TestServer;
  let keyA: string;
  let keyB: string;
  let carol: { id: string; token: string };
  let dave: { id: string; token: string };
  let counter = 0;

  /** A proposed release (the server holds no targets key: both signatures come from people). */
  async function propose(): Promise<ReleaseView> {
    counter += 1;
    const manifest = { ...(readFirmwareManifest('cloud-messaging-opt-in.json') as object), releaseCounter: counter };
    const res = await server.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest });
    expect(res.body.state).toBe('proposed');
    return res.body;
  }
  const upload = (release: ReleaseView, key: string, token: string) =>
    server.admin<ReleaseView & ApiErrorBody>('POST', `/admin/v1/releases/${release.id}/signatures`, signatureOver(key, release.signing!.payloadBase64), token);
  const register = (userId: string, key: string) =>
    server.admin<{ keyid: string } & ApiErrorBody>('POST', `/admin/v1/users/${userId}/signing-keys`, { publicKeyPem: publicPem(key) });
  const current = async (release: ReleaseView) => (await server.admin<ReleaseView>('GET', `/admin/v1/releases/${release.id}`)).body;

  beforeAll(async () => {
    server = await startServer({ targetsKeys: 2, targetsThreshold: 2, withholdTargetsKeys: 2, devTargetsSigning: false });
    [keyA, keyB] = server.withheldTargetsKeys;
    carol = await addUser(server, 'carol', ['release-engineer']);
    dave = await addUser(server, 'dave', ['approver']);
  });
  afterAll(() => server.close());

  describe('when the key is not registered to anyone', () => {
    it('refuses the signature, even from an admin holding the private key', async () => {
      const release = await propose();
      for (const token of [server.adminToken, carol.token]) {
        const res = await upload(release, keyA, token);
        expect([res.status, res.body.code]).toEqual([403, 'SIGNING_KEY_NOT_REGISTERED']);
      }
      expect((await current(release)).signing!.validKeyIds).toEqual([]);
    });
  });

  describe('when keys are registered', () => {
    it('registers a public key to one user only, and never a private key', async () => {
      expect((await register(carol.id, keyA)).status).toBe(201);
      expect((await register(dave.id, keyB)).status).toBe(201);
      const twice = await register(dave.id, keyA);
      expect([twice.status, twice.body.code]).toEqual([409, 'KEY_ALREADY_REGISTERED']);
      const secret = await server.admin<ApiErrorBody>('POST', `/admin/v1/users/${carol.id}/signing-keys`, { publicKeyPem: keyA });
      expect([secret.status, secret.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const listed = await server.admin<{ keyid: string; userName: string }[]>('GET', '/admin/v1/signing-keys', undefined, dave.token);
      expect(new Map(listed.body.map((k) => [k.keyid, k.userName]))).toEqual(
        new Map([
          [keyidOf(keyA), 'carol'],
          [keyidOf(keyB), 'dave'],
        ]),
      );
    });

    it("refuses a signature made with another user's key: the token must be the key owner's", async () => {
      const release = await propose();
      // One person holding both private keys (the old bypass): only their own key's signature counts.
      const stolen = await upload(release, keyB, carol.token);
      expect([stolen.status, stolen.body.code]).toEqual([403, 'NOT_KEY_OWNER']);
      const admin = await upload(release, keyA, server.adminToken);
      expect([admin.status, admin.body.code]).toEqual([403, 'NOT_KEY_OWNER']);
      expect((await current(release)).signing!.validKeyIds).toEqual([]);
    });

    it('publishes at the threshold of two people, and shows who signed with which key and when', async () => {
      const release = await propose();
      const first = await upload(release, keyA, carol.token);
      expect(first.body).toMatchObject({ state: 'proposed', signing: { validKeyIds: [keyidOf(keyA)], thresholdMet: false } });
      server.clock.advanceSeconds(60);
      const second = await upload(release, keyB, dave.token);
      expect(second.body.state).toBe('published');
      expect(second.body.signatures).toEqual([
        { keyid: keyidOf(keyA), userId: carol.id, userName: 'carol', signedAt: expect.any(String) },
        { keyid: keyidOf(keyB), userId: dave.id, userName: 'dave', signedAt: expect.any(String) },
      ]);
      expect(Date.parse(second.body.signatures[1].signedAt) - Date.parse(second.body.signatures[0].signedAt)).toBe(60_000);
      const audit = await server.admin<{ actor: string; action: string; target: string }[]>('GET', '/admin/v1/audit?limit=1000');
      expect(audit.body.filter((e) => e.target === `release:${release.id}` && e.action === 'release.sign').map((e) => e.actor)).toEqual(['carol', 'dave']);
    });
  });

  describe('when a registration is revoked (a lost laptop)', () => {
    it('the key signs for nobody any more, and cannot be registered again', async () => {
      const release = await propose();
      expect((await server.admin('POST', `/admin/v1/signing-keys/${keyidOf(keyA)}/revoke`)).status).toBe(200);
      const revoked = await upload(release, keyA, carol.token);
      expect([revoked.status, revoked.body.code]).toEqual([403, 'SIGNING_KEY_NOT_REGISTERED']);
      const erin = await addUser(server, 'erin', ['release-engineer']);
      expect((await register(erin.id, keyA)).body.code).toBe('KEY_ALREADY_REGISTERED');
      expect((await current(release)).signing!.validKeyIds).toEqual([]);
    });
  });

  describe('when one person holds two registered keys', () => {
    it('counts one signature of theirs per proposal (ALREADY_SIGNED), so they cannot publish alone', async () => {
      const solo = await startServer({ targetsKeys: 2, targetsThreshold: 2, withholdTargetsKeys: 2, devTargetsSigning: false });
      try {
        const [k1, k2] = solo.withheldTargetsKeys;
        const frank = await addUser(solo, 'frank', ['release-engineer']);
        for (const key of [k1, k2])
          expect((await solo.admin('POST', `/admin/v1/users/${frank.id}/signing-keys`, { publicKeyPem: publicPem(key) })).status).toBe(201);
        const release = (await solo.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') })).body;
        const sign1 = await solo.admin<ReleaseView>(
          'POST',
          `/admin/v1/releases/${release.id}/signatures`,
          signatureOver(k1, release.signing!.payloadBase64),
          frank.token,
        );
        expect(sign1.status).toBe(200);
        const sign2 = await solo.admin<ApiErrorBody>(
          'POST',
          `/admin/v1/releases/${release.id}/signatures`,
          signatureOver(k2, release.signing!.payloadBase64),
          frank.token,
        );
        expect([sign2.status, sign2.body.code]).toEqual([409, 'ALREADY_SIGNED']);
        const after = (await solo.admin<ReleaseView>('GET', `/admin/v1/releases/${release.id}`)).body;
        expect(after).toMatchObject({ state: 'proposed', signing: { validKeyIds: [keyidOf(k1)], thresholdMet: false } });
      } finally {
        await solo.close();
      }
    });
  });
});
