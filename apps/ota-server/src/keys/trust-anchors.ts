import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRoot, type MetadataSigner } from '@app/manifest';
import { keyFiles } from './dev-keys';
import { FileKeyProvider, type OnlineKeyProvider } from './key-provider';

/** What the server trusts and holds, loaded once at start from the key directory (D3, D5, D7). */
export interface TrustAnchors {
  /** Factory CA certificates that may certify devices. */
  factoryCaPems: string[];
  /** The repository's first root and targets, from the offline ceremony; used once to initialise the database. */
  initialRoot: string;
  initialTargets: string;
  /** D7: the online snapshot and timestamp keys, found by the keyids the current root names. */
  keys: OnlineKeyProvider;
  /** D3: release (targets) keys the server holds only when explicitly configured (dev). */
  devTargetsSigners: MetadataSigner[];
}

export const TRUST_ANCHORS = Symbol('TRUST_ANCHORS');

export class KeyDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyDirectoryError';
  }
}

/**
 * Reads the key directory. Production (D7) needs only `1.root.json` and `1.targets.json` from the offline
 * ceremony, the factory CA certificate and the online private keys (`online/*.pem`); the development set of
 * `keys:init` (`keyset.json`, `private/`) works the same way, its keys found by keyid.
 */
export function loadTrustAnchors(dir: string, options: { devTargetsSigning: boolean }): TrustAnchors {
  const files = keyFiles(dir);
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      throw new KeyDirectoryError(`KEYS_DIR ${dir}: cannot read ${path.relative(dir, file)}; run "npm run keys:init" or point KEYS_DIR at a key set`);
    }
  };
  const initialRoot = read(files.root);
  const keys = new FileKeyProvider(dir);
  const targetsKeyIds = parseRoot(initialRoot).signed.roles.targets?.keyIDs ?? [];
  const devTargetsSigners = options.devTargetsSigning ? targetsKeyIds.flatMap((id) => keys.signerFor(id) ?? []) : [];
  return { factoryCaPems: [read(files.factoryCaCert)], initialRoot, initialTargets: read(files.targets), keys, devTargetsSigners };
}
