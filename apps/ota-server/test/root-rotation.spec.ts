import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPrivateKey, sign } from 'node:crypto';
import { ed25519Signer, type RoleSetups } from '@app/manifest';
import { ceremonyKeys, placeOnlineKeys, productionKeyDirectory, rolesOf, signedRoot, type CeremonyKeys } from './key-ceremony';
import { addUser, readFirmwareManifest, startServer, type TestServer } from './harness';
import { pinnedTufClient, type PinnedTufClient } from './tuf-device';

interface TrustView {
  rootVersion: number;
  roles: Record<'root' | 'targets' | 'snapshot' | 'timestamp', { keyids: string[]; threshold: number; version: number; expires: string }>;
  pending: null | {
    rootVersion: number;
    signing: { payloadBase64: string; threshold: number; validKeyIds: string[]; thresholdMet: boolean; stale: boolean };
    uploads: { keyid: string; uploadedBy: string; uploadedByName: string }[];
  };
}
interface ReleaseView {
  id: string;
  state: string;
  signing?: { payloadBase64: string };
}

const YEAR = 365 * 86_400_000;
const inAYear = () => new Date(Date.now() + YEAR);
const manifest = (n: number) => ({ ...(readFirmwareManifest('cloud-messaging-opt-in.json') as object), id: `cloud-messaging-opt-in-${n}`, releaseCounter: n });
const detachedSignature = (pem: string, payloadBase64: string) => ({
  keyid: ed25519Signer(pem).keyId,
  sig: sign(null, Buffer.from(payloadBase64, 'base64'), createPrivateKey(pem)).toString('hex'),
});

/**
 * D7 key rotation in operation, against a production key directory (no root or release key on the server):
 * devices pinned to root 1 follow every rotation and keep installing releases.
 */
describe('root rotation (D7)', () => {
  const v1 = ceremonyKeys({ root: 1, targets: 3 });
  /** Root 2: a new root key and new online keys; the release signers stay. */
  const v2: CeremonyKeys = { ...ceremonyKeys({ root: 1 }), targets: v1.targets };
  /** Root 3: release signer 3 lost their laptop; the other two remain, threshold 2. */
  const roles3: RoleSetups = { ...rolesOf(v2, { targets: 2 }), targets: { keys: [v1.targets[0].publicKey, v1.targets[1].publicKey], threshold: 2 } };
  let A: TestServer;
  let B: TestServer;
  let root1: string;
  let device: PinnedTufClient;
  /** The three release signers (D5): each key is registered to its person, who alone uploads its signatures. */
  const signers = new Map<string, { id: string; token: string }>();
  const tokenOf = (key: { keyId: string }) => signers.get(key.keyId)!.token;

  const trust = async (via: TestServer = A) => (await via.admin<TrustView>('GET', '/admin/v1/trust')).body;
  const auditCount = async () => (await A.admin<unknown[]>('GET', '/admin/v1/audit?limit=1000')).body.length;
  const served = (via: TestServer, file: string) => fetch(`${via.url}/tuf/metadata/${file}`);
  /** Releases are signed by signers 2 and 3 (so removing signer 3 leaves the published targets short of the threshold). */
  async function release(n: number, signers = [v1.targets[1], v1.targets[2]]): Promise<void> {
    const created = await A.admin<ReleaseView>('POST', '/admin/v1/releases', { manifest: manifest(n) });
    let view = created.body;
    for (const s of signers)
      view = (
        await A.admin<ReleaseView>(
          'POST',
          `/admin/v1/releases/${view.id}/signatures`,
          detachedSignature(s.privateKeyPem, created.body.signing!.payloadBase64),
          tokenOf(s),
        )
      ).body;
    expect(view.state).toBe('published');
  }

  beforeAll(async () => {
    const keysDir = await productionKeyDirectory(v1, { now: new Date(), targetsThreshold: 2 });
    root1 = fs.readFileSync(path.join(keysDir, '1.root.json'), 'utf8');
    A = await startServer({ keysDir, devTargetsSigning: false });
    B = await startServer({ shareWith: A, devTargetsSigning: false });
    device = pinnedTufClient(A.url, root1);
    for (const [i, key] of v1.targets.entries()) {
      const signer = await addUser(A, `release-signer-${i + 1}`, ['release-engineer']);
      expect((await A.admin('POST', `/admin/v1/users/${signer.id}/signing-keys`, { publicKeyPem: key.publicKeyPem })).status).toBe(201);
      signers.set(key.keyId, signer);
    }
  });
  afterAll(async () => {
    await B?.close();
    await A?.close();
  });

  it('starts at root 1, and a device pinned to it installs release 1', async () => {
    await release(1);
    expect(await device.download('manifests/miui-settings/1.json')).toEqual(manifest(1));
    expect(await trust()).toMatchObject({ rootVersion: 1, roles: { targets: { threshold: 2 } }, pending: null });
  });

  describe('when the submitted root is refused, nothing is stored', () => {
    const refusals: [string, () => Promise<unknown>, number, string][] = [
      [
        'root 2 not signed by root 1’s keys',
        () => signedRoot(rolesOf(v2, { targets: 2 }), 2, [v2.root[0].privateKeyPem], inAYear()),
        400,
        'PREVIOUS_ROOT_THRESHOLD_NOT_MET',
      ],
      [
        'root 2 not signed by its own keys',
        () => signedRoot(rolesOf(v2, { targets: 2 }), 2, [v1.root[0].privateKeyPem], inAYear()),
        400,
        'ROOT_THRESHOLD_NOT_MET',
      ],
      ['root 3 after root 1', () => signedRoot(rolesOf(v1, { targets: 2 }), 3, [v1.root[0].privateKeyPem], inAYear()), 409, 'ROOT_VERSION_INVALID'],
      ['root 1 again', () => signedRoot(rolesOf(v1, { targets: 2 }), 1, [v1.root[0].privateKeyPem], inAYear()), 409, 'ROOT_VERSION_INVALID'],
      ['an expired root 2', () => signedRoot(rolesOf(v1, { targets: 2 }), 2, [v1.root[0].privateKeyPem], new Date(Date.now() - 60_000)), 400, 'ROOT_EXPIRED'],
      [
        'root 2 naming online keys the server does not hold',
        () => signedRoot(rolesOf(v2, { targets: 2 }), 2, [v1.root[0].privateKeyPem, v2.root[0].privateKeyPem], inAYear()),
        409,
        'ONLINE_KEY_UNAVAILABLE',
      ],
    ];
    it.each(refusals)('refuses %s', async (_, make, status, code) => {
      const audit = await auditCount();
      const res = await A.admin<{ code: string; message: string }>('POST', '/admin/v1/trust/root', await make());
      expect([res.status, res.body.code]).toEqual([status, code]);
      if (code === 'ONLINE_KEY_UNAVAILABLE') expect(res.body.message).toContain(v2.timestamp.keyId);
      expect((await trust()).rootVersion).toBe(1);
      expect((await served(A, '2.root.json')).status).toBe(404);
      expect(await auditCount()).toBe(audit);
    });
  });

  it('rotates to root 2 with new online keys: snapshot and timestamp re-signed with them at once', async () => {
    placeOnlineKeys(A.keysDir, v2);
    const root2 = await signedRoot(rolesOf(v2, { targets: 2 }), 2, [v1.root[0].privateKeyPem, v2.root[0].privateKeyPem], inAYear());
    const res = await A.admin<TrustView>('POST', '/admin/v1/trust/root', root2);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rootVersion: 2, pending: null, roles: { timestamp: { keyids: [v2.timestamp.keyId] } } });
    expect(await (await served(A, '2.root.json')).json()).toEqual(root2);
    const timestamp = (await (await served(A, 'timestamp.json')).json()) as { signatures: { keyid: string }[] };
    expect(timestamp.signatures.map((s) => s.keyid)).toEqual([v2.timestamp.keyId]);
  });

  it('a device pinned to root 1 follows to root 2 and installs the next release; so does a new device', async () => {
    await release(2);
    expect(await device.download('manifests/miui-settings/2.json')).toEqual(manifest(2));
    expect(device.trustedRootVersion()).toBe(2);
    expect(await pinnedTufClient(A.url, root1).download('manifests/miui-settings/2.json')).toEqual(manifest(2));
  });

  it('a second instance serves root 2 and re-signs the timestamp with the new key', async () => {
    await B.tick();
    expect((await served(B, '2.root.json')).status).toBe(200);
    const before = (await (await served(B, 'timestamp.json')).json()) as { signed: { version: number } };
    B.clock.advanceSeconds(20 * 3600);
    await B.tick();
    const after = (await (await served(B, 'timestamp.json')).json()) as { signed: { version: number }; signatures: { keyid: string }[] };
    expect(after.signed.version).toBe(before.signed.version + 1);
    expect(after.signatures.map((s) => s.keyid)).toEqual([v2.timestamp.keyId]);
    expect(await pinnedTufClient(B.url, root1).download('manifests/miui-settings/2.json')).toEqual(manifest(2));
  });

  describe('removing a release signer (root 3 with new targets keys)', () => {
    it('holds root 3 back while the published targets lack its threshold, and serves root 2 meanwhile', async () => {
      const res = await A.admin<TrustView>('POST', '/admin/v1/trust/root', await signedRoot(roles3, 3, [v2.root[0].privateKeyPem], inAYear()));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        rootVersion: 2,
        pending: { rootVersion: 3, signing: { threshold: 2, validKeyIds: [], thresholdMet: false, stale: false } },
      });
      expect((await served(A, '3.root.json')).status).toBe(404);
      expect(await device.download('manifests/miui-settings/2.json')).toEqual(manifest(2));
      const again = await A.admin<{ code: string }>('POST', '/admin/v1/trust/root', await signedRoot(roles3, 3, [v2.root[0].privateKeyPem], inAYear()));
      expect([again.status, again.body.code]).toEqual([409, 'INVALID_STATE']);
    });

    it('refuses a re-sign signature by the removed key', async () => {
      const { pending } = (await A.admin<{ pending: TrustView['pending'] }>('GET', '/admin/v1/trust/pending')).body;
      const res = await A.admin<{ code: string }>(
        'POST',
        '/admin/v1/trust/pending/signatures',
        detachedSignature(v1.targets[2].privateKeyPem, pending!.signing.payloadBase64),
        tokenOf(v1.targets[2]),
      );
      expect([res.status, res.body.code]).toEqual([400, 'UNKNOWN_SIGNING_KEY']);
    });

    it('after a release in between, the re-sign is stale until reproposed', async () => {
      await release(3);
      const { pending } = await trust();
      expect(pending!.signing.stale).toBe(true);
      const res = await A.admin<{ code: string }>(
        'POST',
        '/admin/v1/trust/pending/signatures',
        detachedSignature(v1.targets[0].privateKeyPem, pending!.signing.payloadBase64),
        tokenOf(v1.targets[0]),
      );
      expect([res.status, res.body.code]).toEqual([409, 'STALE_PROPOSAL']);
      const again = await A.admin<TrustView>('POST', '/admin/v1/trust/pending/repropose');
      expect(again.body.pending!.signing).toMatchObject({ stale: false, validKeyIds: [] });
    });

    it('publishes root 3 with the re-signed targets once the remaining signers reach the threshold, recording who signed each', async () => {
      const payload = (await trust()).pending!.signing.payloadBase64;
      // D5: a re-sign signature also counts only from its key's owner.
      const notOwner = await A.admin<{ code: string }>('POST', '/admin/v1/trust/pending/signatures', detachedSignature(v1.targets[0].privateKeyPem, payload));
      expect([notOwner.status, notOwner.body.code]).toEqual([403, 'NOT_KEY_OWNER']);
      const first = await A.admin<TrustView>(
        'POST',
        '/admin/v1/trust/pending/signatures',
        detachedSignature(v1.targets[0].privateKeyPem, payload),
        tokenOf(v1.targets[0]),
      );
      expect(first.status).toBe(200);
      expect(first.body.pending!.uploads).toEqual([
        expect.objectContaining({ keyid: v1.targets[0].keyId, uploadedBy: signers.get(v1.targets[0].keyId)!.id, uploadedByName: 'release-signer-1' }),
      ]);
      const targetsBefore = first.body.roles.targets.version;
      const done = await A.admin<TrustView>(
        'POST',
        '/admin/v1/trust/pending/signatures',
        detachedSignature(v1.targets[1].privateKeyPem, payload),
        tokenOf(v1.targets[1]),
      );
      expect(done.body).toMatchObject({ rootVersion: 3, pending: null, roles: { targets: { version: targetsBefore + 1, threshold: 2 } } });
      expect(done.body.roles.targets.keyids.sort()).toEqual([v1.targets[0].keyId, v1.targets[1].keyId].sort());
    });

    it('devices pinned to root 1 (or following since) refresh to root 3 and install releases signed by the remaining signers', async () => {
      expect(await device.download('manifests/miui-settings/3.json')).toEqual(manifest(3));
      expect(device.trustedRootVersion()).toBe(3);
      await release(4, [v1.targets[0], v1.targets[1]]);
      expect(await device.download('manifests/miui-settings/4.json')).toEqual(manifest(4));
      expect(await pinnedTufClient(A.url, root1).download('manifests/miui-settings/4.json')).toEqual(manifest(4));
    });

    it('the second instance serves root 3 after it syncs', async () => {
      await B.tick();
      expect((await served(B, '3.root.json')).status).toBe(200);
      expect(await pinnedTufClient(B.url, root1).download('manifests/miui-settings/4.json')).toEqual(manifest(4));
    });
  });
});
