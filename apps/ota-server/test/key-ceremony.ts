/**
 * What root keyholders and release signers do on their own machines (D7), for tests: generate keys, sign
 * `1.root.json`, `1.targets.json` and later roots offline, and hand the server only the online keys.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildRoot, ed25519Signer, generateEd25519KeyPair, initRepository, signingPayload, type Ed25519KeyPair, type RoleSetups } from '@app/manifest';
import { createFactoryCa } from '@app/pki';

export interface CeremonyKeys {
  root: Ed25519KeyPair[];
  targets: Ed25519KeyPair[];
  snapshot: Ed25519KeyPair;
  timestamp: Ed25519KeyPair;
}

/** Role setups over these keys, with the thresholds given (root and targets; online roles use 1). */
export function rolesOf(keys: CeremonyKeys, thresholds: { root?: number; targets?: number } = {}): RoleSetups {
  return {
    root: { keys: keys.root.map((k) => k.publicKey), threshold: thresholds.root ?? 1 },
    targets: { keys: keys.targets.map((k) => k.publicKey), threshold: thresholds.targets ?? 1 },
    snapshot: { keys: [keys.snapshot.publicKey], threshold: 1 },
    timestamp: { keys: [keys.timestamp.publicKey], threshold: 1 },
  };
}

export function ceremonyKeys(counts: { root?: number; targets?: number } = {}): CeremonyKeys {
  const pairs = (n: number) => Array.from({ length: n }, () => generateEd25519KeyPair());
  return { root: pairs(counts.root ?? 1), targets: pairs(counts.targets ?? 1), snapshot: generateEd25519KeyPair(), timestamp: generateEd25519KeyPair() };
}

/**
 * A production key directory: `1.root.json` and `1.targets.json` signed offline, the factory CA certificate and
 * the online keys in `online/`. No root or targets private key, no keyset.json.
 */
export async function productionKeyDirectory(keys: CeremonyKeys, options: { now: Date; targetsThreshold?: number }): Promise<string> {
  const state = await initRepository({
    roles: rolesOf(keys, { targets: options.targetsThreshold }),
    signers: {
      root: keys.root.map((k) => ed25519Signer(k.privateKeyPem)),
      targets: keys.targets.map((k) => ed25519Signer(k.privateKeyPem)),
      snapshot: ed25519Signer(keys.snapshot.privateKeyPem),
      timestamp: ed25519Signer(keys.timestamp.privateKeyPem),
    },
    now: options.now,
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-prod-keys-'));
  fs.writeFileSync(path.join(dir, '1.root.json'), state.roots[0]!);
  fs.writeFileSync(path.join(dir, '1.targets.json'), state.targets);
  fs.writeFileSync(path.join(dir, 'factory-ca.cert.pem'), createFactoryCa({ commonName: 'Test Factory CA', now: options.now, validDays: 365 }).certPem);
  placeOnlineKeys(dir, keys);
  return dir;
}

/** What an operator does before pushing a root that names new online keys: put their private keys in KEYS_DIR/online. */
export function placeOnlineKeys(dir: string, keys: Pick<CeremonyKeys, 'snapshot' | 'timestamp'>): void {
  fs.mkdirSync(path.join(dir, 'online'), { recursive: true, mode: 0o700 });
  for (const pair of [keys.snapshot, keys.timestamp]) {
    fs.writeFileSync(path.join(dir, 'online', `${pair.keyId.slice(0, 16)}.pem`), pair.privateKeyPem, { mode: 0o600 });
  }
}

/** Root `version` signed by each of `signerPems` over its canonical bytes, as the JSON `ota-admin root push` sends. */
export async function signedRoot(roles: RoleSetups, version: number, signerPems: string[], expires: Date): Promise<unknown> {
  const root = buildRoot(roles, version, expires.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const payload = signingPayload(root);
  for (const pem of signerPems) {
    const signature = await ed25519Signer(pem).sign(payload);
    root.signatures[signature.keyID] = signature;
  }
  return root.toJSON();
}
