/**
 * Targets proposals (D3): the server proposes targets version N+1 with the new manifest, release signers sign
 * its canonical bytes with their own keys (the CLI), and once the targets threshold is met the server
 * publishes it together with a new snapshot and timestamp.
 */
import { Metadata, Signature, TargetFile, Targets } from '@tufjs/models';
import { createHash } from 'node:crypto';
import { ManifestError } from '../errors';
import { MANIFEST_TARGET_PREFIX, type FirmwareImage } from '../manifest/schema';
import { assertSafeTargetPath } from '../manifest/target-path';
import { decodeManifest, manifestTargetPath, validateManifest } from '../manifest/validate';
import { assertCanonicalizable } from './canonical';
import { addVerifiedSignature, roleKeys, signMetadata, signatureStatus, signingPayload, type SignatureStatus } from './signatures';
import type { MetadataSigner } from './signers';
import { DEFAULT_EXPIRY_DAYS, currentRoot, expiresAfter, parseTargets, serializeMetadata, type RepositoryState } from './state';

export interface TargetsProposal {
  /** Targets metadata JSON, version = published + 1, with the signatures collected so far. */
  readonly targets: string;
  /** UTF-8 contents of targets this proposal adds (manifests), by target path. */
  readonly contents: Readonly<Record<string, string>>;
}

/** Starts targets version N+1 from the published targets: same target list, fresh expiry, no signatures. */
export function proposeTargets(state: RepositoryState, options: { now: Date; expiryDays?: number }): TargetsProposal {
  const current = parseTargets(state.targets).signed;
  const next = new Targets({
    version: current.version + 1,
    specVersion: current.specVersion,
    expires: expiresAfter(options.now, options.expiryDays ?? DEFAULT_EXPIRY_DAYS.targets),
    targets: { ...current.targets },
  });
  return { targets: serializeMetadata(new Metadata(next)), contents: {} };
}

export interface ManifestTargetOptions {
  /**
   * The server's id of the release this manifest is, signed into the target's `custom.releaseId`. D4: a device
   * refuses a poll answer that names another release for this target, so an answer cannot pair a rollout with
   * the target of another release.
   */
  releaseId?: string;
}

/**
 * Adds a manifest (its exact bytes) at `manifests/<stream>/<releaseCounter>.json`, plus its firmware images as
 * targets listed by hash. Any signatures collected so far are dropped: they covered other content.
 */
export function addManifestTarget(proposal: TargetsProposal, manifestBytes: Uint8Array | string, options: ManifestTargetOptions = {}): TargetsProposal {
  const { text, document } = decodeManifest(manifestBytes);
  const manifest = validateManifest(document);
  assertCanonicalizable(document, `manifest ${manifest.id}`);
  const signed = parseTargets(proposal.targets).signed;
  assertCounterIncreases(signed, manifest.stream, manifest.releaseCounter);

  const path = manifestTargetPath(manifest);
  assertSafeTargetPath(path);
  const bytes = Buffer.from(text, 'utf8');
  const { id, stream, releaseCounter } = manifest;
  const custom: Record<string, string | number> = { kind: 'ota-manifest', id, stream, releaseCounter };
  if (options.releaseId !== undefined) custom.releaseId = options.releaseId;
  const added = [
    new TargetFile({ path, length: bytes.length, hashes: { sha256: sha256(bytes) }, unrecognizedFields: { custom } }),
    ...(manifest.images ?? []).map(imageTarget),
  ];
  const targets = { ...signed.targets };
  for (const target of added) {
    assertNoConflict(targets[target.path], target);
    targets[target.path] = target;
  }
  const { version, specVersion, expires } = signed;
  const next = new Targets({ version, specVersion, expires, targets });
  assertCanonicalizable(next.toJSON(), `targets v${next.version}`);
  return { targets: serializeMetadata(new Metadata(next)), contents: { ...proposal.contents, [path]: text } };
}

/** The bytes a release signer signs for this proposal (canonical JSON of its `signed`). */
export function proposalPayload(proposal: TargetsProposal): Buffer {
  return signingPayload(parseTargets(proposal.targets));
}

/** Signs the proposal with in-process signers (dev, tests); each key must be a targets key of the current root. */
export async function signProposal(state: RepositoryState, proposal: TargetsProposal, signers: readonly MetadataSigner[]): Promise<TargetsProposal> {
  const metadata = parseTargets(proposal.targets);
  await signMetadata(metadata, signers, roleKeys(currentRoot(state).signed, 'targets').keys);
  return { ...proposal, targets: serializeMetadata(metadata) };
}

/**
 * Attaches a detached signature posted by a release signer (`POST .../signatures`). Throws
 * `UNKNOWN_SIGNING_KEY` when the keyid is not a targets key of the current root, `SIGNATURE_INVALID` when it
 * does not verify. Posting again with the same key replaces the earlier signature.
 */
export function addProposalSignature(
  state: RepositoryState,
  proposal: TargetsProposal,
  signature: Signature | { keyid: string; sig: string },
): TargetsProposal {
  const sig = signature instanceof Signature ? signature : new Signature({ keyID: signature.keyid, sig: signature.sig });
  const metadata = parseTargets(proposal.targets);
  addVerifiedSignature(metadata, sig, roleKeys(currentRoot(state).signed, 'targets').keys);
  return { ...proposal, targets: serializeMetadata(metadata) };
}

/** Which distinct targets keys have validly signed, and whether the threshold is met. */
export function proposalSignatureStatus(state: RepositoryState, proposal: TargetsProposal): SignatureStatus {
  return signatureStatus(currentRoot(state).signed, 'targets', parseTargets(proposal.targets));
}

/** D3: `releaseCounter` strictly increases per stream (equal would be a second, different release N). */
function assertCounterIncreases(targets: Targets, stream: string, releaseCounter: number): void {
  let highest = 0;
  for (const target of Object.values(targets.targets)) {
    const custom = target.custom;
    if (custom.kind === 'ota-manifest' && custom.stream === stream && typeof custom.releaseCounter === 'number') {
      highest = Math.max(highest, custom.releaseCounter);
    }
  }
  if (releaseCounter <= highest) {
    throw new ManifestError('RELEASE_COUNTER_NOT_INCREASING', `releaseCounter for stream "${stream}" must exceed ${highest}, got ${releaseCounter}`);
  }
}

function imageTarget(image: FirmwareImage): TargetFile {
  if (image.path.startsWith(MANIFEST_TARGET_PREFIX)) {
    const message = `expected an image path outside ${MANIFEST_TARGET_PREFIX}, got ${image.path}`;
    throw new ManifestError('UNSAFE_TARGET_PATH', message);
  }
  assertSafeTargetPath(image.path);
  return new TargetFile({
    path: image.path,
    length: image.length,
    hashes: { sha256: image.sha256 },
    unrecognizedFields: { custom: { kind: 'firmware-image' } },
  });
}

function assertNoConflict(existing: TargetFile | undefined, added: TargetFile): void {
  if (!existing) return;
  if (existing.length !== added.length || existing.hashes.sha256 !== added.hashes.sha256) {
    throw new ManifestError(
      'TARGET_CONFLICT',
      `target ${added.path} is listed with sha256 ${existing.hashes.sha256} (${existing.length} bytes), got sha256 ` +
        `${added.hashes.sha256} (${added.length} bytes)`,
    );
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
