/**
 * Root rotation (TUF 5.3.4-5.3.5): root N+1 must carry a threshold of signatures from the keys of root N
 * (so clients that trust N accept it) and a threshold from its own root keys (so it is self-consistent).
 */
import { ManifestError } from '../errors';
import { buildRoot } from './root';
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

export interface RootRotation {
  state: RepositoryState;
  /**
   * Roles whose current metadata no longer meets the threshold of root N+1 (their keys changed). Until
   * they are re-signed clients refuse the repository: publish a new targets proposal for `targets`, call
   * `resignSnapshot` for `snapshot`/`timestamp`.
   */
  mustResign: Array<'targets' | 'snapshot' | 'timestamp'>;
}

export async function rotateRoot(state: RepositoryState, options: RotateRootOptions): Promise<RootRotation> {
  const previous = currentRoot(state).signed;
  if (state.roots.length !== previous.version) {
    const found = state.roots.length;
    throw new ManifestError('REPOSITORY_INVALID', `expected roots v1..v${previous.version}, found ${found} roots`);
  }
  const version = previous.version + 1;
  const expires = expiresAfter(options.now, options.expiryDays ?? DEFAULT_EXPIRY_DAYS.root);
  const next = buildRoot(options.roles, version, expires);
  const allowed = { ...roleKeys(previous, 'root').keys, ...roleKeys(next.signed, 'root').keys };
  await signMetadata(next, options.signers, allowed);
  assertThreshold(previous, 'root', next, `root v${version} (keys of root v${previous.version})`);
  assertThreshold(next.signed, 'root', next, `root v${version} (its own keys)`);

  const current = {
    targets: parseTargets(state.targets),
    snapshot: parseSnapshot(state.snapshot),
    timestamp: parseTimestamp(state.timestamp),
  };
  const mustResign = (['targets', 'snapshot', 'timestamp'] as const).filter((role) => !signatureStatus(next.signed, role, current[role]).thresholdMet);
  return { state: { ...state, roots: [...state.roots, serializeMetadata(next)] }, mustResign };
}
