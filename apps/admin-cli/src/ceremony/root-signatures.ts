/**
 * Root signatures (TUF 5.3.4): root N+1 counts when a threshold of its own root keys and a threshold of root N's
 * root keys have signed its canonical JSON. `signatureStatus` (libs/manifest) counts distinct valid keys.
 */
import { signatureStatus, signingPayload, type MetadataSigner, type SignatureStatus } from '@app/manifest';
import type { Metadata, Root, Targets } from '@tufjs/models';
import { CliError, usageError } from '../cli-error';

export interface RootCheck {
  label: string;
  status: SignatureStatus;
}

/** Every threshold the root must meet: its own, and with `previous` the one of the root it replaces. */
export function rootChecks(root: Metadata<Root>, previous?: Metadata<Root>): RootCheck[] {
  if (previous) assertSuccessor(root, previous);
  const checks = [{ label: `own root keys (root v${root.signed.version})`, status: signatureStatus(root.signed, 'root', root) }];
  if (previous) checks.push({ label: `previous root keys (root v${previous.signed.version})`, status: signatureStatus(previous.signed, 'root', root) });
  return checks;
}

/** Adds this keyholder's signature, replacing an older one by the same key. */
export async function addRootSignature(root: Metadata<Root>, signer: MetadataSigner, previous?: Metadata<Root>): Promise<void> {
  if (previous) assertSuccessor(root, previous);
  const allowed = new Set([...(root.signed.roles.root?.keyIDs ?? []), ...(previous?.signed.roles.root?.keyIDs ?? [])]);
  if (!allowed.has(signer.keyId)) {
    const which = previous
      ? `root v${root.signed.version} or root v${previous.signed.version}`
      : `root v${root.signed.version} (for a rotation, pass --previous)`;
    throw new CliError('KEY_NOT_IN_ROOT', `key ${signer.keyId} is not a root key of ${which}; refusing to sign`);
  }
  await addSignature(root, signer);
}

/** Signs `metadata`'s canonical `signed` bytes in place. */
export async function addSignature(metadata: Metadata<Root | Targets>, signer: MetadataSigner): Promise<void> {
  const signature = await signer.sign(signingPayload(metadata));
  metadata.signatures[signature.keyID] = signature;
}

export function describeCheck(check: RootCheck): string {
  const { status } = check;
  const verdict = status.thresholdMet ? 'met' : 'NOT met';
  const rejected = status.rejected.map((r) => `${r.keyId.slice(0, 16)}... ${r.reason}`).join(', ');
  return `${check.label}: ${status.validKeyIds.length} of ${status.threshold} needed: ${verdict}${rejected ? ` (not counted: ${rejected})` : ''}`;
}

function assertSuccessor(root: Metadata<Root>, previous: Metadata<Root>): void {
  if (root.signed.version !== previous.signed.version + 1) {
    throw usageError(`--previous must be the root this one replaces: it is v${previous.signed.version}, this root is v${root.signed.version}`);
  }
}
