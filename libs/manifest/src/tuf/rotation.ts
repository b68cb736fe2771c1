/**
 * Root rotation (TUF 5.3.4-5.3.5): root N+1 must carry a threshold of signatures from the keys of root N
 * (so clients that trust N accept it) and a threshold from its own root keys (so it is self-consistent).
 */
import { Metadata, MetadataKind, type Root } from '@tufjs/models';
import { ManifestError } from '../errors';
import { assertRoleSetups, buildRoot, roleSetupsOf } from './root';
import { assertThreshold, roleKeys, signMetadata, signatureStatus } from './signatures';
import type { MetadataSigner } from './signers';
import {
  DEFAULT_EXPIRY_DAYS,
  currentRoot,
  expiresAfter,
  parseSnapshot,
  parseTargets,
  parseTimestamp,
  serializeMetadata,
  type RepositoryState,
  type RoleSetups,
} from './state';

export interface RotateRootOptions {
  /** The complete role setup of root N+1; start from `roleSetupsOf(root)` to change one role. */
  roles: RoleSetups;
  /** Signers holding old root keys, new root keys, or both; each must be a root key of N or N+1. */
  signers: readonly MetadataSigner[];
  now: Date;
  expiryDays?: number;
}

export type ResignRole = 'targets' | 'snapshot' | 'timestamp';

export interface RootRotation {
  state: RepositoryState;
  /**
   * Roles whose current metadata no longer meets the threshold of root N+1 (their keys changed). Until
   * they are re-signed clients refuse the repository: publish a new targets proposal for `targets`, call
   * `resignSnapshot` for `snapshot`/`timestamp`.
   */
  mustResign: ResignRole[];
}

/** Builds and signs root N+1 with signers at hand (dev, tests); see `acceptRoot` for a root signed elsewhere. */
export async function rotateRoot(state: RepositoryState, options: RotateRootOptions): Promise<RootRotation> {
  const previous = trustedRoot(state);
  const version = previous.version + 1;
  const expires = expiresAfter(options.now, options.expiryDays ?? DEFAULT_EXPIRY_DAYS.root);
  const next = buildRoot(options.roles, version, expires);
  const allowed = { ...roleKeys(previous, 'root').keys, ...roleKeys(next.signed, 'root').keys };
  await signMetadata(next, options.signers, allowed);
  assertThreshold(previous, 'root', next, `root v${version} (keys of root v${previous.version})`);
  assertThreshold(next.signed, 'root', next, `root v${version} (its own keys)`);
  return { state: { ...state, roots: [...state.roots, serializeMetadata(next)] }, mustResign: rolesToResign(state, next.signed) };
}

/**
 * Root N+1 as the root keyholders signed it offline (D7), checked exactly as a client that trusts root N
 * will check it (TUF 5.3.4-5.3.5, 5.3.10), so the server never serves a root that devices refuse.
 */
export function acceptRoot(state: RepositoryState, rootJson: unknown, options: { now: Date }): RootRotation {
  const previous = trustedRoot(state);
  const next = parseSubmittedRoot(rootJson);
  const { version } = next.signed;
  if (version !== previous.version + 1) {
    throw new ManifestError('ROOT_VERSION_INVALID', `expected root v${previous.version + 1} (the current root is v${previous.version}), got v${version}`);
  }
  const byPrevious = signatureStatus(previous, 'root', next);
  if (!byPrevious.thresholdMet) {
    const message = `root v${version} needs ${byPrevious.threshold} valid signature(s) by the root keys of v${previous.version}, got ${byPrevious.validKeyIds.length}`;
    throw new ManifestError('PREVIOUS_ROOT_THRESHOLD_NOT_MET', message);
  }
  const byItself = signatureStatus(next.signed, 'root', next);
  if (!byItself.thresholdMet) {
    const message = `root v${version} needs ${byItself.threshold} valid signature(s) by its own root keys, got ${byItself.validKeyIds.length}`;
    throw new ManifestError('ROOT_THRESHOLD_NOT_MET', message);
  }
  if (next.signed.isExpired(options.now)) {
    throw new ManifestError('ROOT_EXPIRED', `root v${version} expired at ${next.signed.expires}; have it signed again with a later expiry`);
  }
  return { state: { ...state, roots: [...state.roots, serializeMetadata(next)] }, mustResign: rolesToResign(state, next.signed) };
}

/** The current root, once the state's root chain is complete (root `i + 1` at index `i`). */
function trustedRoot(state: RepositoryState): Root {
  const root = currentRoot(state).signed;
  if (state.roots.length !== root.version) {
    throw new ManifestError('REPOSITORY_INVALID', `expected roots v1..v${root.version}, found ${state.roots.length} roots`);
  }
  return root;
}

/** Parses a submitted root and checks what the signatures do not: role setups (TUF 4.2) and D3's consistent snapshots. */
function parseSubmittedRoot(json: unknown): Metadata<Root> {
  let root: Metadata<Root>;
  try {
    const document = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    root = Metadata.fromJSON(MetadataKind.Root, document as Parameters<typeof Metadata.fromJSON>[1]);
  } catch (cause) {
    throw new ManifestError('ROOT_INVALID', `expected root metadata {signed, signatures}, got: ${(cause as Error).message}`, { cause });
  }
  try {
    assertRoleSetups(roleSetupsOf(root.signed));
  } catch (cause) {
    throw new ManifestError('ROOT_INVALID', `root v${root.signed.version}: ${(cause as Error).message}`, { cause });
  }
  if (!root.signed.consistentSnapshot) {
    throw new ManifestError('ROOT_INVALID', `root v${root.signed.version}: expected consistent_snapshot true (D3), got false`);
  }
  return root;
}

/** Roles whose published metadata the new root's keys and thresholds no longer accept. */
function rolesToResign(state: RepositoryState, next: Root): ResignRole[] {
  const current = {
    targets: parseTargets(state.targets),
    snapshot: parseSnapshot(state.snapshot),
    timestamp: parseTimestamp(state.timestamp),
  };
  return (['targets', 'snapshot', 'timestamp'] as const).filter((role) => !signatureStatus(next, role, current[role]).thresholdMet);
}
