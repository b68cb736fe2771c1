import * as fs from 'node:fs';
import * as path from 'node:path';
import { ed25519Signer, type MetadataSigner } from '@app/manifest';
import { keyFiles, type KeySetFile } from './dev-keys';

/** What the server trusts and holds, loaded once at start from the key directory (D3, D5). */
export interface TrustAnchors {
  /** Factory CA certificates that may certify devices. */
  factoryCaPems: string[];
  /** The repository's first root and targets, from the offline ceremony; used once to initialise the database. */
  initialRoot: string;
  initialTargets: string;
  /** D3: snapshot and timestamp keys are online, held by the server. */
  online: { snapshot: MetadataSigner; timestamp: MetadataSigner };
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

export function loadTrustAnchors(dir: string, options: { devTargetsSigning: boolean }): TrustAnchors {
  const files = keyFiles(dir);
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      throw new KeyDirectoryError(`KEYS_DIR ${dir}: cannot read ${path.relative(dir, file)}; run "npm run keys:init" or point KEYS_DIR at a key set`);
    }
  };
  const keyset = JSON.parse(read(files.keyset)) as KeySetFile;
  const signerFor = (role: 'snapshot' | 'timestamp') => {
    const entry = keyset.roles[role].keys[0];
    return ed25519Signer(read(path.join(dir, entry.privateKeyFile)));
  };
  const devTargetsSigners = options.devTargetsSigning
    ? keyset.roles.targets.keys
        .map((k) => path.join(dir, k.privateKeyFile))
        .filter((file) => fs.existsSync(file))
        .map((file) => ed25519Signer(read(file)))
    : [];
  return {
    factoryCaPems: [read(files.factoryCaCert)],
    initialRoot: read(files.root),
    initialTargets: read(files.targets),
    online: { snapshot: signerFor('snapshot'), timestamp: signerFor('timestamp') },
    devTargetsSigners,
  };
}
