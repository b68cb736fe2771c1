/**
 * Signing and threshold checks over @tufjs/models objects. Thresholds count distinct keyids of the role
 * whose signature verifies, as TUF 5.3.4 / 5.4.2 require (one key listed twice is still one key).
 */
import { Metadata } from '@tufjs/models';
import type { Key, Root, Signature, Snapshot, Targets, Timestamp } from '@tufjs/models';
import { ManifestError } from '../errors';
import { canonicalBytes } from './canonical';
import type { MetadataSigner } from './signers';
import type { TopLevelRole } from './state';

type AnyMetadata = Metadata<Root | Targets | Snapshot | Timestamp>;

export interface RejectedSignature {
  keyId: string;
  reason: 'unknown-key' | 'invalid-signature' | 'duplicate';
}

export interface SignatureStatus {
  role: TopLevelRole;
  threshold: number;
  /** Distinct keyids of the role whose signature verifies. */
  validKeyIds: string[];
  rejected: RejectedSignature[];
  thresholdMet: boolean;
}

/** The bytes every signature of `metadata` covers: canonical JSON of `signed`. */
export function signingPayload(metadata: AnyMetadata): Buffer {
  return canonicalBytes(metadata.signed.toJSON(), `${metadata.signed.type} metadata`);
}

/** Keys and threshold `root` assigns to `role`. */
export function roleKeys(root: Root, role: TopLevelRole): { keys: Record<string, Key>; threshold: number } {
  const spec = root.roles[role];
  if (!spec) throw new ManifestError('REPOSITORY_INVALID', `expected root to define role ${role}, found none`);
  const keys: Record<string, Key> = {};
  for (const id of spec.keyIDs) {
    const key = root.keys[id];
    if (key) keys[id] = key;
  }
  return { keys, threshold: spec.threshold };
}

/** Which of `signatures` (default: the ones on `metadata`) count towards `role`'s threshold in `root`. */
export function signatureStatus(
  root: Root,
  role: TopLevelRole,
  metadata: AnyMetadata,
  signatures: readonly Signature[] = Object.values(metadata.signatures),
): SignatureStatus {
  const { keys, threshold } = roleKeys(root, role);
  const valid = new Set<string>();
  const rejected: RejectedSignature[] = [];
  for (const signature of signatures) {
    const keyId = signature.keyID;
    const key = keys[keyId];
    if (!key) rejected.push({ keyId, reason: 'unknown-key' });
    else if (!verifies(key, metadata, signature)) rejected.push({ keyId, reason: 'invalid-signature' });
    else if (valid.has(keyId)) rejected.push({ keyId, reason: 'duplicate' });
    else valid.add(keyId);
  }
  return { role, threshold, validKeyIds: [...valid], rejected, thresholdMet: valid.size >= threshold };
}

export function assertThreshold(root: Root, role: TopLevelRole, metadata: AnyMetadata, what: string = role): SignatureStatus {
  const status = signatureStatus(root, role, metadata);
  if (!status.thresholdMet) {
    const { threshold, validKeyIds } = status;
    throw new ManifestError('THRESHOLD_NOT_MET', `${what} needs ${threshold} distinct valid signature(s) from the ${role} keys, got ${validKeyIds.length}`);
  }
  return status;
}

/**
 * Adds each signer's signature to `metadata` (in place: callers pass metadata they just built). Every
 * signature must come from one of `allowedKeys` and verify, so a misconfigured signer fails here, not on
 * devices.
 */
export async function signMetadata(metadata: AnyMetadata, signers: readonly MetadataSigner[], allowedKeys: Readonly<Record<string, Key>>): Promise<void> {
  const payload = signingPayload(metadata);
  for (const signer of signers) {
    const signature = await signer.sign(payload);
    if (signature.keyID !== signer.keyId) {
      const message = `expected a signature by ${signer.keyId}, got one by ${signature.keyID}`;
      throw new ManifestError('SIGNATURE_INVALID', message);
    }
    addVerifiedSignature(metadata, signature, allowedKeys);
  }
}

/** Verifies one detached signature against `allowedKeys` and attaches it (replacing an older one by that key). */
export function addVerifiedSignature(metadata: AnyMetadata, signature: Signature, allowedKeys: Readonly<Record<string, Key>>): void {
  const what = `${metadata.signed.type} v${metadata.signed.version}`;
  const key = allowedKeys[signature.keyID];
  if (!key) {
    const expected = Object.keys(allowedKeys).join(', ') || 'none';
    const message = `${what}: expected a signature by one of [${expected}], got keyid ${signature.keyID}`;
    throw new ManifestError('UNKNOWN_SIGNING_KEY', message);
  }
  if (!verifies(key, metadata, signature)) {
    const message = `${what}: expected a signature over its canonical JSON, ` + `got one by ${signature.keyID} that does not verify`;
    throw new ManifestError('SIGNATURE_INVALID', message);
  }
  metadata.signatures[signature.keyID] = signature;
}

function verifies(key: Key, metadata: AnyMetadata, signature: Signature): boolean {
  try {
    key.verifySignature(new Metadata(metadata.signed, { [signature.keyID]: signature }));
    return true;
  } catch {
    return false;
  }
}
