import { Inject, Injectable } from '@nestjs/common';
import {
  acceptRoot,
  addProposalSignature,
  currentRoot,
  parseTargets,
  proposalSignatureStatus,
  proposeTargets,
  publishTargets,
  resignSnapshot,
  signProposal,
  type RepositoryState,
  type TargetsProposal,
} from '@app/manifest';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { isUniqueViolation } from '../database/storage-errors';
import { Storage } from '../database/storage.service';
import { ApiError, invalidState, notFound } from '../http/api-error';
import type { AdminPrincipal } from '../http/admin-route';
import { SigningKeysService } from '../signers/signing-keys.service';
import { mapLibErrors } from '../http/lib-errors';
import { TRUST_ANCHORS, TrustAnchors } from '../keys/trust-anchors';
import { TufRepositoryService } from '../tuf/tuf-repository.service';
import type { PendingAnswerDto, RotationSignatureDto, TrustViewDto } from './dto/trust.dto';
import type { TrustRotationEntity } from './trust-rotation.entity';
import { deleteRotation, findPendingRotation, insertRotation, updateRotation } from './trust-rotation.repository';
import { candidateState, pendingView, proposalOf, trustView, uploadsOf } from './trust-view';

/**
 * Root rotation in operation (D7). Root N+1 is signed offline and submitted; the server checks it as a device
 * would, and publishes it only together with metadata that it accepts: new online keys re-sign snapshot and
 * timestamp in the same transaction; new targets keys hold the root back until release signers re-sign the
 * current targets to its threshold (the lost-laptop case).
 */
@Injectable()
export class TrustService {
  constructor(
    private readonly storage: Storage,
    private readonly tuf: TufRepositoryService,
    private readonly audit: AuditService,
    private readonly signingKeys: SigningKeysService,
    @Inject(TRUST_ANCHORS) private readonly trust: TrustAnchors,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(): Promise<TrustViewDto> {
    await this.tuf.syncFromDatabase();
    const rotation = await this.storage.read(findPendingRotation);
    return trustView(this.tuf.state(), rotation ? pendingView(this.tuf.state(), rotation) : null);
  }

  async pending(): Promise<PendingAnswerDto> {
    return { pending: (await this.view()).pending };
  }

  async pushRoot(admin: AdminPrincipal, body: unknown): Promise<TrustViewDto> {
    await this.tuf.syncFromDatabase();
    const waiting = await this.storage.read(findPendingRotation);
    if (waiting) throw invalidState(`root v${waiting.rootVersion} waits for its targets re-sign: complete or cancel it first`);
    const now = this.clock.now();
    const { state: candidate, mustResign } = await mapLibErrors(() => acceptRoot(this.tuf.state(), body, { now }));
    // Before anything is stored: the server must be able to sign for the new root from the moment it serves it.
    const signers = this.tuf.onlineSigners(candidate);
    const version = currentRoot(candidate).signed.version;
    if (mustResign.includes('targets')) {
      await this.hold(admin, candidate, now);
      return this.view();
    }
    const next = mustResign.length ? await mapLibErrors(() => resignSnapshot(candidate, signers, { now })) : candidate;
    const roles = mustResign.length ? (['root', 'snapshot', 'timestamp'] as const) : (['root'] as const);
    await this.storage
      .write('trust root', async (tx) => {
        await this.tuf.store(tx, next, [...roles]);
        await this.audit.append(tx, { actor: admin.userName, action: 'trust.root.rotate', target: `root:${version}`, after: { resigned: roles.slice(1) } });
      })
      .catch(rootConflict(version));
    this.tuf.adopt(next);
    return this.view();
  }

  async addSignature(admin: AdminPrincipal, sig: RotationSignatureDto): Promise<TrustViewDto> {
    const rotation = await this.current();
    // D5: as for releases, a signature counts only from its key's owner, one per person.
    await this.signingKeys.assertMaySign(
      admin,
      sig.keyid,
      uploadsOf(rotation).map((u) => ({ keyid: u.keyid, userId: u.uploadedBy })),
    );
    const candidate = candidateState(this.tuf.state(), rotation);
    const proposal = await mapLibErrors(() => addProposalSignature(candidate, proposalOf(rotation), sig));
    const upload = { keyid: sig.keyid, uploadedBy: admin.userId, uploadedByName: admin.userName, uploadedAt: this.clock.now().toISOString() };
    const patch = { proposedTargets: proposal.targets, uploads: JSON.stringify([...uploadsOf(rotation).filter((u) => u.keyid !== sig.keyid), upload]) };
    await this.storage.write('trust sign', async (tx) => {
      await updateRotation(tx, rotation.rootVersion, patch);
      await this.audit.append(tx, { actor: admin.userName, action: 'trust.pending.sign', target: `root:${rotation.rootVersion}`, after: { keyid: sig.keyid } });
    });
    await this.publishIfSigned(admin, { ...rotation, ...patch });
    return this.view();
  }

  /** Rebuilds the re-sign proposal on the targets published now (a release went out meanwhile); signatures start over. */
  async repropose(admin: AdminPrincipal): Promise<TrustViewDto> {
    const rotation = await this.pendingOrNotFound();
    const candidate = candidateState(this.tuf.state(), rotation);
    const patch = {
      proposedTargets: (await this.propose(candidate, this.clock.now())).targets,
      baseTargetsVersion: this.publishedTargetsVersion(),
      uploads: '[]',
    };
    await this.storage.write('trust repropose', async (tx) => {
      await updateRotation(tx, rotation.rootVersion, patch);
      await this.audit.append(tx, {
        actor: admin.userName,
        action: 'trust.pending.repropose',
        target: `root:${rotation.rootVersion}`,
        before: { baseTargetsVersion: rotation.baseTargetsVersion },
        after: { baseTargetsVersion: patch.baseTargetsVersion },
      });
    });
    await this.publishIfSigned(admin, { ...rotation, ...patch });
    return this.view();
  }

  /** Drops the pending root (never served, so no device saw it); its version can be submitted again. The audit keeps the record. */
  async cancel(admin: AdminPrincipal): Promise<TrustViewDto> {
    const rotation = await this.pendingOrNotFound();
    await this.storage.write('trust cancel', async (tx) => {
      await deleteRotation(tx, rotation.rootVersion);
      await this.audit.append(tx, { actor: admin.userName, action: 'trust.pending.cancel', target: `root:${rotation.rootVersion}` });
    });
    return this.view();
  }

  /** A root with new targets keys waits, with a proposal to re-sign the current targets (version + 1, new expiry). */
  private async hold(admin: AdminPrincipal, candidate: RepositoryState, now: Date): Promise<void> {
    const version = currentRoot(candidate).signed.version;
    const rotation: TrustRotationEntity = {
      rootVersion: version,
      rootJson: candidate.roots[candidate.roots.length - 1],
      proposedTargets: (await this.propose(candidate, now)).targets,
      baseTargetsVersion: this.publishedTargetsVersion(),
      state: 'pending',
      uploads: '[]',
      createdBy: admin.userId,
      createdAt: now.toISOString(),
      completedAt: null,
    };
    await this.storage
      .write('trust hold', async (tx) => {
        await insertRotation(tx, rotation);
        await this.audit.append(tx, { actor: admin.userName, action: 'trust.root.propose', target: `root:${version}`, after: { waitsFor: 'targets re-sign' } });
      })
      .catch(rootConflict(version));
    await this.publishIfSigned(admin, rotation);
  }

  /** Publishes root N+1 with the re-signed targets, snapshot and timestamp in one transaction, at the new threshold. */
  private async publishIfSigned(admin: AdminPrincipal, rotation: TrustRotationEntity): Promise<void> {
    const candidate = candidateState(this.tuf.state(), rotation);
    const proposal = proposalOf(rotation);
    if (!proposalSignatureStatus(candidate, proposal).thresholdMet) return;
    const now = this.clock.now();
    const next = await mapLibErrors(() => publishTargets(candidate, proposal, this.tuf.onlineSigners(candidate), { now }));
    const targetsVersion = parseTargets(proposal.targets).signed.version;
    await this.storage
      .write('trust publish', async (tx) => {
        await this.tuf.store(tx, next, ['root', 'targets', 'snapshot', 'timestamp']);
        await updateRotation(tx, rotation.rootVersion, { state: 'published', completedAt: now.toISOString() });
        const after = { resigned: ['targets', 'snapshot', 'timestamp'], targetsVersion };
        await this.audit.append(tx, { actor: admin.userName, action: 'trust.root.rotate', target: `root:${rotation.rootVersion}`, after });
      })
      .catch((err: Error) => {
        if (isUniqueViolation(err))
          throw new ApiError(409, 'STALE_PROPOSAL', 'a release or rotation was published meanwhile; POST /admin/v1/trust/pending/repropose');
        throw err;
      });
    this.tuf.adopt(next);
  }

  /** The pending rotation, refused as STALE_PROPOSAL when a release was published since its proposal was made. */
  private async current(): Promise<TrustRotationEntity> {
    const rotation = await this.pendingOrNotFound();
    if (rotation.baseTargetsVersion !== this.publishedTargetsVersion()) {
      const message = `the re-sign proposal was built on targets v${rotation.baseTargetsVersion} but v${this.publishedTargetsVersion()} is published now; POST /admin/v1/trust/pending/repropose`;
      throw new ApiError(409, 'STALE_PROPOSAL', message);
    }
    return rotation;
  }

  private async pendingOrNotFound(): Promise<TrustRotationEntity> {
    await this.tuf.syncFromDatabase();
    const rotation = await this.storage.read(findPendingRotation);
    if (!rotation) throw notFound('a pending root rotation');
    return rotation;
  }

  /** Dev only: release keys the server holds sign at once when the pending root still lists them. */
  private async propose(candidate: RepositoryState, now: Date): Promise<TargetsProposal> {
    const proposal = proposeTargets(candidate, { now });
    const keyIds = currentRoot(candidate).signed.roles.targets?.keyIDs ?? [];
    const signers = this.trust.devTargetsSigners.filter((s) => keyIds.includes(s.keyId));
    return signers.length ? mapLibErrors(() => signProposal(candidate, proposal, signers)) : proposal;
  }

  private publishedTargetsVersion(): number {
    return parseTargets(this.tuf.state().targets).signed.version;
  }
}

/** Another instance stored a rotation to the same version first. */
function rootConflict(version: number) {
  return (err: Error): never => {
    if (isUniqueViolation(err)) throw new ApiError(409, 'ROOT_VERSION_INVALID', `root v${version} was stored meanwhile by another request`);
    throw err;
  };
}
