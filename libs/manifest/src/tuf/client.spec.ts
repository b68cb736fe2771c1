/**
 * The repository this lib builds, checked by an independent TUF client: the real tuf-js `Updater` over HTTP
 * (D3). Each tampered variant must fail with the tuf-js error for the TUF client step it breaks.
 */
import {
  addManifestTarget,
  imageTargetFiles,
  initRepository,
  proposeTargets,
  publishTargets,
  repositoryFiles,
  resignTimestamp,
  rotateRoot,
  signProposal,
  type ManifestTargetOptions,
  type MetadataSigner,
  type OnlineSigners,
  type RepositoryState,
} from '@app/manifest';
import { LengthOrHashMismatchError, UnsignedMetadataError } from '@tufjs/models/dist/error';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BadVersionError, DownloadLengthMismatchError, ExpiredMetadataError, RuntimeError } from 'tuf-js/dist/error';
import { manifestBytes } from '../testing/a-manifest';
import { startFileServer, type FileServer } from '../testing/file-server';
import { forge, forgeOnline, metaFor, signaturesOf, withSignatures } from '../testing/forge';
import { aKeyRing, aSigningKey, initOptions, onlineSigners, roleSetups } from '../testing/keyring';
import { aTufClient, expectRejection, fetchTarget, type TufClient } from '../testing/tuf-client';

const ring = aKeyRing();
const attacker = aSigningKey();
/** tuf-js checks expiry against the real clock, so the repository is built for the real now. */
const now = new Date();
const DAY = 86_400_000;

const image = Buffer.from('firmware image 6.8.1\n');
const IMAGE_PATH = 'firmware/mi-4/6.8.1.bin';
const MANIFEST_1 = 'manifests/cloud-messaging/1.json';
const MANIFEST_2 = 'manifests/cloud-messaging/2.json';
const manifest1 = manifestBytes({ images: [{ path: IMAGE_PATH, length: image.length, sha256: sha256(image) }] });
const manifest2 = manifestBytes({ id: 'cloud-messaging-strict-2', releaseCounter: 2 });

let server: FileServer;
const clients: TufClient[] = [];
const RELEASE_2_ID = '0b7c5c1e-5d4e-4f51-9a57-0b6a2f6f4a12';
/** Genesis, then release 1 (manifest 1 + image), then release 2 (with the server's release id in its target). */
let v1: RepositoryState;
let v2: RepositoryState;
let v3: RepositoryState;

beforeAll(async () => {
  server = await startFileServer();
  v1 = await initRepository(initOptions(ring, now));
  v2 = await release(v1, manifest1);
  v3 = await release(v2, manifest2, undefined, undefined, { releaseId: RELEASE_2_ID });
});

afterAll(async () => {
  await server.close();
  for (const client of clients) client.remove();
});

async function release(
  state: RepositoryState,
  bytes: Buffer,
  signers: MetadataSigner[] = [ring.releaseA.signer, ring.releaseB.signer],
  online: OnlineSigners = onlineSigners(ring),
  options: ManifestTargetOptions = {},
): Promise<RepositoryState> {
  const proposal = addManifestTarget(proposeTargets(state, { now }), bytes, options);
  return publishTargets(state, await signProposal(state, proposal, signers), online, { now });
}

/** Serves `state` (images come from the server's own store, at their consistent-snapshot path). */
function serve(state: RepositoryState, tamper: (files: Map<string, Buffer>) => void = () => undefined): void {
  const files = repositoryFiles(state);
  // Where the server serves image bytes from its store: the consistent path imageTargetFiles names (D8).
  for (const [path, listed] of imageTargetFiles(state)) if (listed.sha256 === sha256(image)) files.set(path, image);
  tamper(files);
  server.files = files;
}

function setFile(files: Map<string, Buffer>, path: string, json: string): void {
  files.set(path, Buffer.from(json));
}

/** A client whose pinned trust anchor is 1.root.json. */
function aClient(): TufClient {
  const client = aTufClient(server.baseUrl, v1.roots[0]!);
  clients.push(client);
  return client;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function manifestPathOnServer(files: Map<string, Buffer>, targetPath: string): string {
  const slash = targetPath.lastIndexOf('/');
  const [dir, base] = [targetPath.slice(0, slash), targetPath.slice(slash + 1)];
  const found = [...files.keys()].find((p) => p.startsWith(`targets/${dir}/`) && p.endsWith(`.${base}`));
  if (!found) throw new Error(`target ${targetPath} is not served`);
  return found;
}

describe('a genuine repository', () => {
  it('verifies (refresh) and its manifest and image targets download intact', async () => {
    serve(v2);
    const updater = aClient().updater();
    expect(await fetchTarget(updater, MANIFEST_1)).toEqual(manifest1);
    const imageInfo = await updater.getTargetInfo(IMAGE_PATH);
    expect(imageInfo?.hashes.sha256).toBe(sha256(image));
    expect(imageInfo?.custom).toEqual({ kind: 'firmware-image' });
    expect(readFileSync(await updater.downloadTarget(imageInfo!))).toEqual(image);
  });

  it('hands out the release id signed into a manifest target as custom.releaseId (D4)', async () => {
    serve(v3);
    const updater = aClient().updater();
    await updater.refresh();
    const info = await updater.getTargetInfo(MANIFEST_2);
    expect(info?.custom).toEqual({
      kind: 'ota-manifest',
      id: 'cloud-messaging-strict-2',
      stream: 'cloud-messaging',
      releaseCounter: 2,
      releaseId: RELEASE_2_ID,
    });
    expect(info?.hashes.sha256).toBe(sha256(manifest2));
    expect((await updater.getTargetInfo(MANIFEST_1))?.custom).not.toHaveProperty('releaseId');
  });

  it('follows a new release and a timestamp re-sign on later refreshes', async () => {
    const client = aClient();
    serve(v2);
    await client.updater().refresh();
    serve(v3);
    expect(await fetchTarget(client.updater(), MANIFEST_2)).toEqual(manifest2);
    serve(await resignTimestamp(v3, ring.timestamp.signer, { now }));
    await expect(client.updater().refresh()).resolves.toBeUndefined();
  });
});

describe('when a target has a flipped byte', () => {
  it('fails the download with LengthOrHashMismatchError (TUF 5.7.3)', async () => {
    serve(v2, (files) => {
      const path = manifestPathOnServer(files, MANIFEST_1);
      const bytes = Buffer.from(files.get(path)!);
      bytes[10] ^= 0x01;
      files.set(path, bytes);
    });
    await expectRejection(fetchTarget(aClient().updater(), MANIFEST_1), LengthOrHashMismatchError, /Expected hash/);
  });
});

describe('when a target is longer than listed', () => {
  it('stops the download with DownloadLengthMismatchError', async () => {
    serve(v2, (files) => {
      const path = manifestPathOnServer(files, MANIFEST_1);
      files.set(path, Buffer.concat([files.get(path)!, Buffer.from(' ')]));
    });
    await expectRejection(fetchTarget(aClient().updater(), MANIFEST_1), DownloadLengthMismatchError, /Max length/);
  });
});

describe('when metadata is signed by an unknown key', () => {
  it('refuses the timestamp with UnsignedMetadataError (TUF 5.4.2)', async () => {
    serve(v2, (files) => {
      setFile(
        files,
        'metadata/timestamp.json',
        forge(v2.timestamp, [attacker.signer], (s) => void (s.version = 99)),
      );
    });
    await expectRejection(aClient().updater().refresh(), UnsignedMetadataError, /timestamp was signed by 0\/1 keys/);
  });
});

describe('when the targets threshold of 2 is met by one key listed twice', () => {
  it('refuses the targets metadata (duplicate keyids never count twice)', async () => {
    const [first] = signaturesOf(v2.targets);
    const targets = withSignatures(v2.targets, [first, first]);
    serveWithTargets(targets);
    // tuf-js wraps errors from loading targets in RuntimeError; the cause is in the message.
    await expectRejection(aClient().updater().refresh(), RuntimeError, /multiple signatures found for keyid/);
  });

  it('refuses targets signed by one of its two keys (TUF 5.6.3)', async () => {
    serveWithTargets(withSignatures(v2.targets, signaturesOf(v2.targets).slice(0, 1)));
    await expectRejection(aClient().updater().refresh(), RuntimeError, /targets was signed by 1\/2 keys/);
  });

  /** Serves `targets` under a snapshot and timestamp that the genuine online keys signed over it. */
  function serveWithTargets(targets: string): void {
    const online = forgeOnline(v2, targets, 7, onlineSigners(ring));
    serve(v2, (files) => {
      setFile(files, 'metadata/2.targets.json', targets);
      setFile(files, 'metadata/7.snapshot.json', online.snapshot);
      setFile(files, 'metadata/timestamp.json', online.timestamp);
    });
  }
});

describe('when the timestamp has expired', () => {
  it('refuses it with ExpiredMetadataError (TUF 5.4.4, freeze attack)', async () => {
    serve(await resignTimestamp(v2, ring.timestamp.signer, { now: new Date(now.getTime() - 3 * DAY) }));
    await expectRejection(aClient().updater().refresh(), ExpiredMetadataError, /timestamp.json is expired/);
  });
});

describe('when the timestamp version rolls back', () => {
  it('refuses the older timestamp with BadVersionError (TUF 5.4.3.1)', async () => {
    const client = aClient();
    serve(await resignTimestamp(v2, ring.timestamp.signer, { now }));
    await client.updater().refresh();
    serve(v2);
    const message = /New timestamp version 2 is less than current version 3/;
    await expectRejection(client.updater().refresh(), BadVersionError, message);
  });
});

describe('when the snapshot version rolls back', () => {
  it('refuses a timestamp naming an older snapshot with BadVersionError (TUF 5.4.3.2)', async () => {
    const client = aClient();
    serve(v3);
    await client.updater().refresh();
    const timestamp = forge(v3.timestamp, [ring.timestamp.signer], (s) => {
      s.version = 4;
      s.meta = { 'snapshot.json': metaFor(v2.snapshot) };
    });
    serve(v3, (files) => setFile(files, 'metadata/timestamp.json', timestamp));
    const message = /New snapshot version 2 is less than current version 3/;
    await expectRejection(client.updater().refresh(), BadVersionError, message);
  });

  it('refuses a snapshot naming older targets (TUF 5.5.5)', async () => {
    const client = aClient();
    serve(v3);
    await client.updater().refresh();
    const online = forgeOnline(v3, v2.targets, 4, onlineSigners(ring));
    serve(v3, (files) => {
      setFile(files, 'metadata/4.snapshot.json', online.snapshot);
      setFile(files, 'metadata/timestamp.json', online.timestamp);
    });
    const message = /New version 2 of targets.json is less than current version 3/;
    await expectRejection(client.updater().refresh(), RuntimeError, message);
  });
});

describe('when targets and snapshot of different releases are mixed', () => {
  // The snapshot lists length and SHA-256 of targets.json; tuf-js wraps the failure in RuntimeError.
  it('refuses new targets under an old snapshot (TUF 5.6.1: the listed length bounds the download)', async () => {
    serve(v2, (files) => setFile(files, 'metadata/2.targets.json', v3.targets));
    await expectRejection(aClient().updater().refresh(), RuntimeError, /Max length reached/);
  });

  it('refuses old targets under a new snapshot (TUF 5.6.2)', async () => {
    serve(v3, (files) => setFile(files, 'metadata/3.targets.json', v2.targets));
    await expectRejection(aClient().updater().refresh(), RuntimeError, /Expected length \d+ but got \d+/);
  });
});

describe('when root N+2 is served after N', () => {
  it('refuses to skip N+1 with BadVersionError (TUF 5.3.5)', async () => {
    const root3 = forge(v1.roots[0]!, [ring.root.signer], (s) => void (s.version = 3));
    serve(v2, (files) => setFile(files, 'metadata/2.root.json', root3));
    await expectRejection(aClient().updater().refresh(), BadVersionError, /Expected version 2, got 3/);
  });
});

describe('when the root is rotated', () => {
  const next = aKeyRing();

  async function rotated(): Promise<RepositoryState> {
    const rotation = await rotateRoot(v2, { roles: roleSetups(next), signers: [ring.root.signer, next.root.signer], now });
    expect(rotation.mustResign).toEqual(['targets', 'snapshot', 'timestamp']);
    return release(rotation.state, manifest2, [next.releaseA.signer, next.releaseB.signer], onlineSigners(next));
  }

  it('accepts a cross-signed root N+1 and metadata signed with the new keys', async () => {
    const client = aClient();
    serve(v2);
    await client.updater().refresh();
    serve(await rotated());
    expect(await fetchTarget(client.updater(), MANIFEST_2)).toEqual(manifest2);
    expect(client.trustedRootVersion()).toBe(2);
    expect(await fetchTarget(aClient().updater(), MANIFEST_1)).toEqual(manifest1);
  });

  it('refuses a timestamp signed with the replaced timestamp key', async () => {
    const state = await rotated();
    const stale = forge(state.timestamp, [ring.timestamp.signer], (s) => void (s.version = 9));
    serve(state, (files) => setFile(files, 'metadata/timestamp.json', stale));
    await expectRejection(aClient().updater().refresh(), UnsignedMetadataError, /timestamp was signed by 0\/1 keys/);
  });

  it('refuses root N+1 signed only by the new root keys with UnsignedMetadataError (TUF 5.3.4)', async () => {
    const state = await rotated();
    const root2 = forge(state.roots[1]!, [next.root.signer]);
    serve(state, (files) => setFile(files, 'metadata/2.root.json', root2));
    await expectRejection(aClient().updater().refresh(), UnsignedMetadataError, /root was signed by 0\/1 keys/);
  });
});
