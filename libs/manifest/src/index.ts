/**
 * @app/manifest: OTA manifests (D3) and the TUF repository that signs and serves them.
 *
 * Manifests
 * - `validateManifest(doc: unknown): OtaManifest` (throws `ManifestError` `MANIFEST_INVALID`, `.errors: FieldError[]`)
 * - `checkManifest(doc: unknown): { ok: true; manifest } | { ok: false; errors: FieldError[] }`
 * - `parseManifest(bytes: Uint8Array | string): OtaManifest` (UTF-8 + JSON + schema; for downloaded targets)
 * - `manifestTargetPath(m): "manifests/<stream>/<releaseCounter>.json"`, `assertSafeTargetPath(path): void`
 * - `migrationOpSchema`, `MigrationOp` (D2 ops), `manifestSchema`, `OtaManifest`
 *
 * Keys and signers (Ed25519, TUF key format per D3)
 * - `generateEd25519KeyPair(): { keyId, publicKey: Key, privateKeyPem, publicKeyPem }`
 * - `tufKeyFromPublicPem(pem: string): Key`
 * - `MetadataSigner { keyId; sign(payload: Buffer): Promise<Signature> | Signature }`, `ed25519Signer(privateKeyPem)`
 *
 * Repository (pure: JSON strings in, new `RepositoryState` out; no I/O, time passed as `now`)
 * - `initRepository({ roles, signers, now, expiryDays? }): Promise<RepositoryState>` (all keys at hand: dev)
 * - `adoptRepository({ roots, targets, signers: { snapshot, timestamp }, now }): Promise<RepositoryState>`
 *   (offline-signed roots and targets from the key ceremony, verified; the server adds snapshot and timestamp)
 * - `proposeTargets(state, { now, expiryDays? }): TargetsProposal`
 * - `addManifestTarget(proposal, manifestBytes, { releaseId? }): TargetsProposal` (the manifest target's `custom` is
 *   `{ kind: 'ota-manifest', id, stream, releaseCounter, releaseId? }`: with the server's release id, a device can
 *   tell that a poll answer's release and target belong together, D4)
 * - `proposalPayload(proposal): Buffer` (the bytes release signers sign)
 * - `signProposal(state, proposal, signers): Promise<TargetsProposal>`
 * - `addProposalSignature(state, proposal, { keyid, sig } | Signature): TargetsProposal`
 * - `proposalSignatureStatus(state, proposal): SignatureStatus` (distinct valid keyids, threshold met?)
 * - `publishTargets(state, proposal, { snapshot, timestamp }, { now }): Promise<RepositoryState>`
 * - `resignTimestamp(state, signer, { now })`, `resignSnapshot(state, { snapshot, timestamp }, { now })`
 * - `signSnapshotAndTimestamp(root, targetsJson, versions, signers, { now })` (low level; prefer the above)
 * - `rotateRoot(state, { roles, signers, now }): Promise<{ state, mustResign }>`, `roleSetupsOf(root)`
 * - `acceptRoot(state, rootJson, { now }): { state, mustResign }` (root N+1 signed offline, checked as a client
 *   trusting root N checks it: `ROOT_VERSION_INVALID`, `PREVIOUS_ROOT_THRESHOLD_NOT_MET`, `ROOT_THRESHOLD_NOT_MET`,
 *   `ROOT_EXPIRED`, `ROOT_INVALID`)
 * - `buildRoot(roles, version, expires): Metadata<Root>` (unsigned; root keyholders sign `signingPayload(root)`)
 * - `repositoryFiles(state): Map<path, Buffer>` (`metadata/N.root.json`, `metadata/timestamp.json`, ...)
 * - `describeRepository(state): RepositorySummary` (versions, expiries, listed targets)
 *
 * Errors: `ManifestError` with `code: ManifestErrorCode` and optional `cause`.
 */
export { ManifestError, type ManifestErrorCode, type ManifestErrorOptions } from './errors';

export { migrationOpSchema, type MigrationOp } from '@app/settings';
export { MANIFEST_SCHEMA, MANIFEST_TARGET_PREFIX, manifestSchema, type FirmwareImage, type OtaManifest } from './manifest/schema';
export { assertSafeTargetPath, consistentTargetPath, unsafeTargetPathReason } from './manifest/target-path';
export { checkManifest, manifestTargetPath, parseManifest, validateManifest, type ManifestCheck } from './manifest/validate';

export { assertCanonicalizable, canonicalBytes, nonCanonicalFields } from './tuf/canonical';
export { generateEd25519KeyPair, tufKeyFromPublicPem, tufKeyId, type Ed25519KeyPair } from './tuf/keys';
export { ed25519Signer, type MetadataSigner } from './tuf/signers';
export { signatureStatus, signingPayload, type RejectedSignature, type SignatureStatus } from './tuf/signatures';
export {
  DEFAULT_EXPIRY_DAYS,
  TOP_LEVEL_ROLES,
  currentRoot,
  parseRoot,
  parseSnapshot,
  parseTargets,
  parseTimestamp,
  type ExpiryDays,
  type RepositoryState,
  type RoleSetup,
  type RoleSetups,
  type TopLevelRole,
} from './tuf/state';
export { buildRoot, roleSetupsOf } from './tuf/root';
export { adoptRepository, initRepository, type AdoptRepositoryOptions, type InitRepositoryOptions } from './tuf/init';
export {
  addManifestTarget,
  addProposalSignature,
  proposalPayload,
  proposalSignatureStatus,
  proposeTargets,
  signProposal,
  type ManifestTargetOptions,
  type TargetsProposal,
} from './tuf/targets';
export { publishTargets } from './tuf/publish';
export { resignSnapshot, resignTimestamp, signSnapshotAndTimestamp, type OnlineOptions, type OnlineSigners } from './tuf/online';
export { acceptRoot, rotateRoot, type ResignRole, type RootRotation, type RotateRootOptions } from './tuf/rotation';
export { describeRepository, imageTargetFiles, repositoryFiles, type RepositorySummary, type RoleSummary, type TargetSummary } from './tuf/files';
