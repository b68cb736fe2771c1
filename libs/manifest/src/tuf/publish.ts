/** Publishing a signed targets proposal together with its snapshot and timestamp (TUF 5.5, 5.6; D3). */
import { createHash } from 'node:crypto';
import { ManifestError } from '../errors';
import { signSnapshotAndTimestamp, type OnlineOptions, type OnlineSigners } from './online';
import { assertThreshold } from './signatures';
import { currentRoot, parseSnapshot, parseTargets, parseTimestamp, type RepositoryState } from './state';
import type { TargetsProposal } from './targets';

/**
 * Makes the proposal the published targets: it must be exactly one version ahead of the published targets
 * (otherwise someone published in between: `STALE_PROPOSAL`), unexpired, and signed by the targets
 * threshold of the current root. Snapshot and timestamp are signed with the online keys in the same step,
 * so the three always agree.
 */
export async function publishTargets(
  state: RepositoryState,
  proposal: TargetsProposal,
  signers: OnlineSigners,
  options: OnlineOptions,
): Promise<RepositoryState> {
  const root = currentRoot(state).signed;
  const targets = parseTargets(proposal.targets);
  const published = parseTargets(state.targets).signed.version;
  const { version, expires } = targets.signed;
  if (version !== published + 1) {
    throw new ManifestError('STALE_PROPOSAL', `expected a proposal for targets v${published + 1}, got v${version}: propose again on the current targets`);
  }
  if (targets.signed.isExpired(options.now)) {
    throw new ManifestError('STALE_PROPOSAL', `targets v${version} expired at ${expires}: propose again`);
  }
  assertThreshold(root, 'targets', targets, `targets v${version}`);
  assertContentsListed(proposal);

  const versions = {
    snapshot: parseSnapshot(state.snapshot).signed.version + 1,
    timestamp: parseTimestamp(state.timestamp).signed.version + 1,
  };
  const online = await signSnapshotAndTimestamp(root, proposal.targets, versions, signers, options);
  return {
    roots: state.roots,
    targets: proposal.targets,
    ...online,
    previous: { snapshot: state.snapshot, targets: state.targets },
    targetContents: { ...state.targetContents, ...proposal.contents },
  };
}

/** Every content the proposal carries must be the bytes its signed targets list (guards against storage mix-ups). */
function assertContentsListed(proposal: TargetsProposal): void {
  const listed = parseTargets(proposal.targets).signed.targets;
  for (const [path, text] of Object.entries(proposal.contents)) {
    const target = listed[path];
    const bytes = Buffer.from(text, 'utf8');
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (!target || target.length !== bytes.length || target.hashes.sha256 !== hash) {
      throw new ManifestError(
        'REPOSITORY_INVALID',
        `expected content for ${path} to be the listed target (sha256 ${target?.hashes.sha256 ?? 'none'}), ` + `got sha256 ${hash}`,
      );
    }
  }
}
