/** What the trust endpoints show (D7): the roles devices trust now, and a rotation waiting for its re-sign. */
import {
  TOP_LEVEL_ROLES,
  currentRoot,
  describeRepository,
  parseTargets,
  proposalPayload,
  proposalSignatureStatus,
  type RepositoryState,
  type TargetsProposal,
} from '@app/manifest';
import type { PendingRotationDto, TrustViewDto } from './dto/trust.dto';
import type { RotationSignatureUpload, TrustRotationEntity } from './trust-rotation.entity';

type Roles = PendingRotationDto['roles'];

function rolesOf(state: RepositoryState): Roles {
  const root = currentRoot(state).signed;
  const role = (name: (typeof TOP_LEVEL_ROLES)[number]) => ({ keyids: root.roles[name]?.keyIDs ?? [], threshold: root.roles[name]?.threshold ?? 1 });
  return { root: role('root'), targets: role('targets'), snapshot: role('snapshot'), timestamp: role('timestamp') };
}

export function trustView(state: RepositoryState, pending: PendingRotationDto | null): TrustViewDto {
  const summary = describeRepository(state);
  const roles = rolesOf(state);
  const published = (name: keyof Roles) => ({ ...roles[name], version: summary[name].version, expires: summary[name].expires });
  return {
    rootVersion: summary.root.version,
    roles: { root: published('root'), targets: published('targets'), snapshot: published('snapshot'), timestamp: published('timestamp') },
    pending,
  };
}

/** The repository as it will be once the rotation publishes: the pending root on top of what is served now. */
export function candidateState(published: RepositoryState, rotation: Pick<TrustRotationEntity, 'rootJson'>): RepositoryState {
  return { ...published, roots: [...published.roots, rotation.rootJson] };
}

export function proposalOf(rotation: Pick<TrustRotationEntity, 'proposedTargets'>): TargetsProposal {
  return { targets: rotation.proposedTargets, contents: {} };
}

export function uploadsOf(rotation: Pick<TrustRotationEntity, 'uploads'>): RotationSignatureUpload[] {
  return JSON.parse(rotation.uploads) as RotationSignatureUpload[];
}

export function pendingView(published: RepositoryState, rotation: TrustRotationEntity): PendingRotationDto {
  const candidate = candidateState(published, rotation);
  const proposal = proposalOf(rotation);
  const status = proposalSignatureStatus(candidate, proposal);
  return {
    rootVersion: rotation.rootVersion,
    roles: rolesOf(candidate),
    createdBy: rotation.createdBy,
    createdAt: rotation.createdAt,
    signing: {
      targetsVersion: parseTargets(proposal.targets).signed.version,
      stale: rotation.baseTargetsVersion !== parseTargets(published.targets).signed.version,
      payloadBase64: proposalPayload(proposal).toString('base64'),
      signed: (JSON.parse(proposal.targets) as { signed: Record<string, unknown> }).signed,
      threshold: status.threshold,
      validKeyIds: status.validKeyIds,
      thresholdMet: status.thresholdMet,
    },
    uploads: uploadsOf(rotation).filter((u) => status.validKeyIds.includes(u.keyid)),
  };
}
