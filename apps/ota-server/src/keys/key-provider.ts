/**
 * D7: the server holds only the online snapshot and timestamp keys, and finds them by the keyid the current
 * root names, so a rotation that names new online keys needs no configuration change. A KMS or HSM implements
 * `OnlineKeyProvider` the same way; the file implementation below reads PEM files from the key directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ed25519Signer, ManifestError, type MetadataSigner, type OnlineSigners } from '@app/manifest';
import type { Root } from '@tufjs/models';

export interface OnlineKeyProvider {
  /** A signer for the key with this TUF keyid, or undefined when the provider does not hold it. */
  signerFor(keyId: string): MetadataSigner | undefined;
  /** Where an operator puts a missing key (named in errors). */
  readonly describe: string;
}

/** What is missing when a root names online keys the provider does not hold. */
export interface MissingOnlineKey {
  role: 'snapshot' | 'timestamp';
  keyIds: string[];
  threshold: number;
}

/**
 * The signers for `root`'s snapshot and timestamp roles. The lib signs each online role with one key, so a
 * role is served when the provider holds any one of its keys and its threshold is 1.
 */
export function onlineSignersFor(root: Root, provider: OnlineKeyProvider): { signers: OnlineSigners } | { missing: MissingOnlineKey[] } {
  const missing: MissingOnlineKey[] = [];
  const pick = (role: 'snapshot' | 'timestamp'): MetadataSigner | undefined => {
    const spec = root.roles[role];
    const signer = spec?.threshold === 1 ? spec.keyIDs.map((id) => provider.signerFor(id)).find((s) => s !== undefined) : undefined;
    if (!signer) missing.push({ role, keyIds: spec?.keyIDs ?? [], threshold: spec?.threshold ?? 0 });
    return signer;
  };
  const snapshot = pick('snapshot');
  const timestamp = pick('timestamp');
  return snapshot && timestamp ? { signers: { snapshot, timestamp } } : { missing };
}

/** One line naming each missing key, for start-up errors and API answers. */
export function describeMissingOnlineKeys(rootVersion: number, missing: MissingOnlineKey[], provider: OnlineKeyProvider): string {
  const roles = missing.map((m) =>
    m.threshold === 1
      ? `${m.role} key ${m.keyIds.join(' or ')}`
      : `${m.role} with threshold ${m.threshold} (the server signs online roles with one key: threshold must be 1)`,
  );
  return `root v${rootVersion} names ${roles.join(' and ')}, which the key provider does not hold; put the private key PEM in ${provider.describe}`;
}

/**
 * Ed25519 private keys as PEM files in the key directory: `online/*.pem` (production: only the online keys
 * are there) and `private/*.pem` (the development key set of `keys:init`). Files that are not Ed25519 private
 * keys (the factory CA key, TLS keys) are skipped. A keyid it has not seen makes it read the folders again, so
 * keys placed there before a rotation are found without a restart.
 */
export class FileKeyProvider implements OnlineKeyProvider {
  private signers = new Map<string, MetadataSigner>();
  readonly describe: string;

  constructor(private readonly dir: string) {
    this.describe = `${path.join(dir, 'online')}/<name>.pem`;
    this.scan();
  }

  signerFor(keyId: string): MetadataSigner | undefined {
    if (!this.signers.has(keyId)) this.scan();
    return this.signers.get(keyId);
  }

  private scan(): void {
    const found = new Map<string, MetadataSigner>();
    for (const folder of ['online', 'private'].map((name) => path.join(this.dir, name))) {
      if (!fs.existsSync(folder)) continue;
      for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.pem'))) {
        const signer = ed25519SignerOrUndefined(fs.readFileSync(path.join(folder, name), 'utf8'));
        if (signer && !found.has(signer.keyId)) found.set(signer.keyId, signer);
      }
    }
    this.signers = found;
  }
}

function ed25519SignerOrUndefined(pem: string): MetadataSigner | undefined {
  if (!/-----BEGIN PRIVATE KEY-----/.test(pem)) return undefined;
  try {
    return ed25519Signer(pem);
  } catch (err) {
    if (err instanceof ManifestError) return undefined;
    throw err;
  }
}
