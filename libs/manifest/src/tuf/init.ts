/** A new repository: root plus targets, snapshot and timestamp v1, all signed (TUF 4, D3). */
import { Metadata, Targets, type Root } from '@tufjs/models';
import { ManifestError } from '../errors';
import { signSnapshotAndTimestamp, type OnlineSigners } from './online';
import { buildRoot } from './root';
import { assertThreshold, roleKeys, signMetadata } from './signatures';
import type { MetadataSigner } from './signers';
import {
  DEFAULT_EXPIRY_DAYS,
  SPEC_VERSION,
  expiresAfter,
  parseRoot,
  parseTargets,
  serializeMetadata,
  type ExpiryDays,
  type RepositoryState,
  type RoleSetups,
} from './state';

export interface InitRepositoryOptions {
  /** Keys and threshold per top-level role (targets: 2 in production, the two-person rule). */
  roles: RoleSetups;
  signers: {
    root: readonly MetadataSigner[];
    targets: readonly MetadataSigner[];
    snapshot: MetadataSigner;
    timestamp: MetadataSigner;
  };
  now: Date;
  /** Defaults: root 365, targets 90, snapshot 7, timestamp 1 (D3). */
  expiryDays?: Partial<ExpiryDays>;
}

/** Every key at hand (dev key generation, tests): builds and signs all four roles. */
export async function initRepository(options: InitRepositoryOptions): Promise<RepositoryState> {
  const days = { ...DEFAULT_EXPIRY_DAYS, ...options.expiryDays };
  const root = buildRoot(options.roles, 1, expiresAfter(options.now, days.root));
  // TUF 5.3.4: root is signed by a threshold of its own keys; the client checks this before trusting it.
  await signMetadata(root, options.signers.root, roleKeys(root.signed, 'root').keys);
  assertThreshold(root.signed, 'root', root, 'root v1');

  const expires = expiresAfter(options.now, days.targets);
  const targets = new Metadata(new Targets({ version: 1, specVersion: SPEC_VERSION, expires, targets: {} }));
  await signMetadata(targets, options.signers.targets, roleKeys(root.signed, 'targets').keys);
  assertThreshold(root.signed, 'targets', targets, 'targets v1');
  return adoptRepository({
    roots: [serializeMetadata(root)],
    targets: serializeMetadata(targets),
    signers: options.signers,
    now: options.now,
    expiryDays: days,
  });
}

export interface AdoptRepositoryOptions {
  /** Roots from the offline ceremony, oldest first (`1.root.json`, `2.root.json`, ...). */
  roots: readonly string[];
  /** Targets metadata the release signers signed offline (usually empty, version 1). */
  targets: string;
  signers: OnlineSigners;
  now: Date;
  expiryDays?: Partial<ExpiryDays>;
}

/**
 * The production start (D3: root offline, targets signed by release signers, the server holds only the
 * online keys): checks the roots and targets as a client would, then signs snapshot and timestamp v1.
 */
export async function adoptRepository(options: AdoptRepositoryOptions): Promise<RepositoryState> {
  const root = verifiedRootChain(options.roots);
  const targets = parseTargets(options.targets);
  assertThreshold(root, 'targets', targets, `targets v${targets.signed.version}`);
  const online = await signSnapshotAndTimestamp(root, options.targets, { snapshot: 1, timestamp: 1 }, options.signers, {
    now: options.now,
    expiryDays: options.expiryDays,
  });
  return { roots: [...options.roots], targets: options.targets, ...online, targetContents: {} };
}

/** TUF 5.3: root 1 is self-signed; each root N+1 is signed by the root keys of N and by its own. */
function verifiedRootChain(json: readonly string[]): Root {
  if (json.length === 0) throw new ManifestError('REPOSITORY_INVALID', 'expected at least root v1, got no roots');
  const roots = json.map(parseRoot);
  roots.forEach((root, i) => {
    const version = root.signed.version;
    if (version !== i + 1) throw new ManifestError('REPOSITORY_INVALID', `expected root v${i + 1}, got v${version}`);
    if (i > 0) assertThreshold(roots[i - 1]!.signed, 'root', root, `root v${version} (keys of root v${i})`);
    assertThreshold(root.signed, 'root', root, `root v${version} (its own keys)`);
  });
  const newest = roots[roots.length - 1]!.signed;
  if (!newest.consistentSnapshot) {
    throw new ManifestError('REPOSITORY_INVALID', 'expected consistent_snapshot true (D3), got false');
  }
  return newest;
}
