import { Inject, Injectable } from '@nestjs/common';
import {
  addManifestTarget,
  addProposalSignature,
  checkManifest,
  currentRoot,
  roleSetupsOf,
  parseTargets,
  proposalPayload,
  proposalSignatureStatus,
  proposeTargets,
  signProposal,
  type OtaManifest,
  type TargetsProposal,
} from '@app/manifest';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { ImagesService } from '../images/images.service';
import { isUniqueViolation } from '../database/storage-errors';
import { Storage } from '../database/storage.service';
import { ApiError, invalidState, notFound } from '../http/api-error';
import { TRUST_ANCHORS, TrustAnchors } from '../keys/trust-anchors';
import { RANDOM, Random } from '../random/random';
import { TufRepositoryService } from '../tuf/tuf-repository.service';
import { releaseColumnErrors, type SignatureDto } from './dto/release.dto';
import type { ReleaseSignatureDto, ReleaseSummaryDto, ReleaseViewDto, SigningStatusDto } from './dto/release-view.dto';
import type { AdminPrincipal } from '../http/admin-route';
import { SigningKeysService } from '../signers/signing-keys.service';
import type { Tx } from '../database/storage.service';
import { mapLibErrors } from '../http/lib-errors';
import { ReleaseEntity } from './release.entity';
import {
  clearReleaseSignatures,
  findRelease,
  insertRelease,
  listReleases,
  recordReleaseSignature,
  releaseExists,
  releaseSignatures,
  updateRelease,
} from './release.repository';

/** How the server's own development keys appear among a release's signers. */
const DEV_SIGNER = 'server (DEV_TARGETS_SIGNING)';

/**
 * Releases (D3): a manifest becomes targets version N+1 proposed for signing; signatures come from release
 * signers (or the dev key the server was configured with); at the targets threshold the release is published
 * with a new snapshot and timestamp in one transaction.
 */
@Injectable()
export class ReleasesService {
  constructor(
    private readonly storage: Storage,
    private readonly tuf: TufRepositoryService,
    private readonly audit: AuditService,
    private readonly signingKeys: SigningKeysService,
    private readonly images: ImagesService,
    @Inject(TRUST_ANCHORS) private readonly trust: TrustAnchors,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async create(actor: AdminPrincipal, doc: unknown): Promise<ReleaseViewDto> {
    const check = checkManifest(doc);
    const errors = check.ok ? [] : [...check.errors];
    for (const e of releaseColumnErrors(doc)) if (!errors.some((x) => x.path === e.path)) errors.push(e);
    if (!check.ok || errors.length) throw new ApiError(400, 'MANIFEST_INVALID', `manifest has ${errors.length} invalid field(s)`, errors);
    const m = check.manifest;
    await this.images.assertUploaded(m.images ?? []);
    if (await this.storage.read((tx) => releaseExists(tx, m.stream, m.releaseCounter))) {
      throw new ApiError(409, 'CONFLICT', `stream "${m.stream}" already has a release ${m.releaseCounter}`);
    }
    const bytes = `${JSON.stringify(doc, null, 2)}\n`;
    // The id is signed into the target (D4: devices check that an offer's release and target belong together).
    const id = this.random.uuid();
    await this.tuf.syncFromDatabase();
    const proposal = await this.propose(bytes, id);
    const release: ReleaseEntity = {
      id,
      manifestId: m.id,
      stream: m.stream,
      releaseCounter: m.releaseCounter,
      firmwareVersion: m.firmware.version,
      targetPath: Object.keys(proposal.contents)[0],
      manifest: bytes,
      state: 'proposed',
      proposedTargets: proposal.targets,
      baseTargetsVersion: this.publishedTargetsVersion(),
      createdBy: actor.userId,
      createdAt: this.clock.now().toISOString(),
      publishedAt: null,
    };
    await this.storage
      .write('release create', async (tx) => {
        await insertRelease(tx, release);
        await this.recordDevSignatures(tx, id);
        await this.audit.append(tx, {
          actor: actor.userName,
          action: 'release.create',
          target: `release:${release.id}`,
          after: { manifestId: m.id, stream: m.stream, releaseCounter: m.releaseCounter },
        });
      })
      .catch((err: Error) => {
        if (isUniqueViolation(err)) throw new ApiError(409, 'CONFLICT', `stream "${m.stream}" already has a release ${m.releaseCounter}`);
        throw err;
      });
    return this.view(await this.publishIfSigned(actor.userName, release));
  }

  /** D5: a signature counts only from the key's registered owner, and one person signs once per proposal. */
  async addSignature(actor: AdminPrincipal, id: string, sig: SignatureDto): Promise<ReleaseViewDto> {
    const release = await this.proposed(id);
    await this.signingKeys.assertMaySign(actor, sig.keyid, await this.storage.read((tx) => releaseSignatures(tx, id)));
    const proposal = await mapLibErrors(() => addProposalSignature(this.tuf.state(), this.proposalOf(release), sig));
    release.proposedTargets = proposal.targets;
    await this.storage.write('release sign', async (tx) => {
      await updateRelease(tx, id, { proposedTargets: release.proposedTargets });
      await recordReleaseSignature(tx, { releaseId: id, keyid: sig.keyid, userId: actor.userId, signedAt: this.clock.now().toISOString() });
      await this.audit.append(tx, { actor: actor.userName, action: 'release.sign', target: `release:${id}`, after: { keyid: sig.keyid } });
    });
    return this.view(await this.publishIfSigned(actor.userName, release));
  }

  /** Rebuilds a stale proposal on the current targets; earlier signatures no longer apply. */
  async repropose(actor: AdminPrincipal, id: string): Promise<ReleaseViewDto> {
    const release = await this.find(id);
    if (release.state !== 'proposed') throw invalidState(`release ${id} is ${release.state}`);
    await this.tuf.syncFromDatabase();
    const proposal = await this.propose(release.manifest, release.id);
    const patch = { proposedTargets: proposal.targets, baseTargetsVersion: this.publishedTargetsVersion() };
    await this.storage.write('release repropose', async (tx) => {
      await updateRelease(tx, id, patch);
      await clearReleaseSignatures(tx, id);
      await this.recordDevSignatures(tx, id);
      await this.audit.append(tx, {
        actor: actor.userName,
        action: 'release.repropose',
        target: `release:${id}`,
        before: { baseTargetsVersion: release.baseTargetsVersion },
        after: patch.baseTargetsVersion,
      });
    });
    return this.view(await this.publishIfSigned(actor.userName, { ...release, ...patch }));
  }

  async get(id: string): Promise<ReleaseViewDto> {
    return this.view(await this.find(id));
  }

  /** The latest releases, newest first, without their manifests. */
  async list(): Promise<ReleaseSummaryDto[]> {
    return (await this.storage.read((tx) => listReleases(tx, 500))).map(({ manifest: _m, proposedTargets: _p, ...summary }) => summary);
  }

  private async find(id: string): Promise<ReleaseEntity> {
    const release = await this.storage.read((tx) => findRelease(tx, id));
    if (!release) throw notFound(`release ${id}`);
    return release;
  }

  private async view(r: ReleaseEntity): Promise<ReleaseViewDto> {
    const { manifest, proposedTargets: _p, ...rest } = r;
    const signatures = await this.signatures(r.id);
    // Stored only after checkManifest accepted it (D3).
    return { ...rest, manifest: JSON.parse(manifest) as OtaManifest, signatures, signing: this.signingStatus(r) };
  }

  private async signatures(releaseId: string): Promise<ReleaseSignatureDto[]> {
    const rows = await this.storage.read((tx) => releaseSignatures(tx, releaseId));
    const names = await this.signingKeys.describe(rows);
    return rows.map((s) => ({ keyid: s.keyid, userId: s.userId, userName: s.userId ? (names.get(s.userId) ?? s.userId) : DEV_SIGNER, signedAt: s.signedAt }));
  }

  /** The server's dev keys sign every proposal it builds (D3: only when configured); recorded as such. */
  private async recordDevSignatures(tx: Tx, releaseId: string): Promise<void> {
    const signedAt = this.clock.now().toISOString();
    for (const signer of this.devSigners()) await recordReleaseSignature(tx, { releaseId, keyid: signer.keyId, userId: null, signedAt });
  }

  /** The dev keys the current root still lists for targets: a rotation may have removed some (D7). */
  private devSigners() {
    if (!this.trust.devTargetsSigners.length) return [];
    const listed = new Set(roleSetupsOf(currentRoot(this.tuf.state()).signed).targets.keys.map((k) => k.keyID));
    return this.trust.devTargetsSigners.filter((s) => listed.has(s.keyId));
  }

  /** What a release signer needs: the bytes to sign, who has signed, and whether the threshold is met. */
  private signingStatus(release: ReleaseEntity): SigningStatusDto | undefined {
    if (release.state !== 'proposed') return undefined;
    const proposal = this.proposalOf(release);
    const status = proposalSignatureStatus(this.tuf.state(), proposal);
    return {
      targetsVersion: parseTargets(proposal.targets).signed.version,
      stale: release.baseTargetsVersion !== this.publishedTargetsVersion(),
      payloadBase64: proposalPayload(proposal).toString('base64'),
      signed: (JSON.parse(proposal.targets) as { signed: SigningStatusDto['signed'] }).signed,
      threshold: status.threshold,
      validKeyIds: status.validKeyIds,
      thresholdMet: status.thresholdMet,
      contents: Object.fromEntries(Object.entries(proposal.contents).map(([path, content]) => [path, Buffer.from(content, 'utf8').toString('base64')])),
    };
  }

  private async propose(manifestBytes: string, releaseId: string): Promise<TargetsProposal> {
    return mapLibErrors(async () => {
      const state = this.tuf.state();
      const proposal = addManifestTarget(proposeTargets(state, { now: this.clock.now() }), manifestBytes, { releaseId });
      const signers = this.devSigners();
      return signers.length ? signProposal(state, proposal, signers) : proposal;
    });
  }

  private async publishIfSigned(actorName: string, release: ReleaseEntity): Promise<ReleaseEntity> {
    const proposal = this.proposalOf(release);
    if (!proposalSignatureStatus(this.tuf.state(), proposal).thresholdMet) return release;
    const publishedAt = this.clock.now().toISOString();
    const next = await this.storage
      .write('release publish', async (tx) => {
        const state = await mapLibErrors(() => this.tuf.publish(tx, proposal));
        await updateRelease(tx, release.id, { state: 'published', publishedAt });
        await this.audit.append(tx, {
          actor: actorName,
          action: 'release.publish',
          target: `release:${release.id}`,
          after: { targetsVersion: parseTargets(proposal.targets).signed.version, target: release.targetPath },
        });
        return state;
      })
      .catch((err: Error) => {
        if (err instanceof ApiError) throw err;
        // Another instance published the same targets version first: this proposal is stale.
        if (isUniqueViolation(err)) throw new ApiError(409, 'STALE_PROPOSAL', 'another release was published meanwhile; repropose this one');
        throw err;
      });
    this.tuf.adopt(next);
    return { ...release, state: 'published', publishedAt };
  }

  private async proposed(id: string): Promise<ReleaseEntity> {
    const release = await this.find(id);
    if (release.state !== 'proposed') throw invalidState(`release ${id} is ${release.state}; only a proposed release takes signatures`);
    await this.tuf.syncFromDatabase();
    if (release.baseTargetsVersion !== this.publishedTargetsVersion()) {
      throw new ApiError(
        409,
        'STALE_PROPOSAL',
        `the proposal was built on targets v${release.baseTargetsVersion} but v${this.publishedTargetsVersion()} is published now; POST .../repropose`,
      );
    }
    return release;
  }

  private proposalOf(release: ReleaseEntity): TargetsProposal {
    return { targets: release.proposedTargets, contents: { [release.targetPath]: release.manifest } };
  }

  private publishedTargetsVersion(): number {
    return parseTargets(this.tuf.state().targets).signed.version;
  }
}
