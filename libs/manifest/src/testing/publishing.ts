/** Proposing and publishing in tests: the release signers of a key ring sign, its online keys publish. */
import { addManifestTarget, proposeTargets, publishTargets, signProposal, type RepositoryState, type TargetsProposal } from '@app/manifest';
import { onlineSigners, type KeyRing } from './keyring';

export function aPublisher(ring: KeyRing, now: Date) {
  const releaseSigners = [ring.releaseA.signer, ring.releaseB.signer];
  const proposalWith = (bytes: Buffer | string, state: RepositoryState): TargetsProposal => addManifestTarget(proposeTargets(state, { now }), bytes);
  const published = async (bytes: Buffer | string, state: RepositoryState): Promise<RepositoryState> =>
    publishTargets(state, await signProposal(state, proposalWith(bytes, state), releaseSigners), onlineSigners(ring), { now });
  return { releaseSigners, proposalWith, published };
}
