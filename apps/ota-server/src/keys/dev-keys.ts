import * as fs from 'node:fs';
import * as path from 'node:path';
import { ed25519Signer, generateEd25519KeyPair, initRepository, type Ed25519KeyPair, type RoleSetups } from '@app/manifest';
import { createFactoryCa, createServerTlsCa, issueServerTlsCertificate, type CertificateAuthority } from '@app/pki';

export interface DevKeyOptions {
  /** Release signer keys for the targets role, and how many must sign (production: 2, the two-person rule). */
  targetsKeys?: number;
  targetsThreshold?: number;
  now?: Date;
}

export interface KeySetFile {
  roles: Record<keyof RoleSetups, { threshold: number; keys: { keyId: string; publicKeyPem: string; privateKeyFile: string }[] }>;
}

/** Files of a key directory; keys/README.md describes each one. */
export const keyFiles = (dir: string) => ({
  keyset: path.join(dir, 'keyset.json'),
  root: path.join(dir, '1.root.json'),
  targets: path.join(dir, '1.targets.json'),
  factoryCaCert: path.join(dir, 'factory-ca.cert.pem'),
  privateDir: path.join(dir, 'private'),
  factoryCaKey: path.join(dir, 'private', 'factory-ca.key.pem'),
  tlsCaCert: path.join(dir, 'tls-ca.cert.pem'),
  tlsCaKey: path.join(dir, 'private', 'tls-ca.key.pem'),
  tlsServerCert: path.join(dir, 'tls-server.cert.pem'),
  tlsServerKey: path.join(dir, 'private', 'tls-server.key.pem'),
});

/**
 * Creates a development key set in `dir` unless one is there (idempotent): Ed25519 keys per TUF role, the
 * signed `1.root.json` and empty `1.targets.json` (what an offline key ceremony produces), and the factory CA
 * that certifies emulated devices. Private keys go to `private/` with mode 0600 and are never committed.
 * Returns false when the directory already held a key set.
 */
export async function ensureDevKeys(dir: string, options: DevKeyOptions = {}): Promise<boolean> {
  const files = keyFiles(dir);
  if (fs.existsSync(files.root)) return false;
  const now = options.now ?? new Date();
  const targetsKeys = options.targetsKeys ?? 1;
  const keys = {
    root: [generateEd25519KeyPair()],
    targets: Array.from({ length: targetsKeys }, () => generateEd25519KeyPair()),
    snapshot: [generateEd25519KeyPair()],
    timestamp: [generateEd25519KeyPair()],
  };
  const thresholds = { root: 1, targets: options.targetsThreshold ?? 1, snapshot: 1, timestamp: 1 };
  const roles = Object.fromEntries(
    Object.entries(keys).map(([role, pairs]) => [role, { keys: pairs.map((k) => k.publicKey), threshold: thresholds[role as keyof typeof thresholds] }]),
  ) as RoleSetups;
  const state = await initRepository({
    roles,
    signers: {
      root: keys.root.map((k) => ed25519Signer(k.privateKeyPem)),
      targets: keys.targets.map((k) => ed25519Signer(k.privateKeyPem)),
      snapshot: ed25519Signer(keys.snapshot[0].privateKeyPem),
      timestamp: ed25519Signer(keys.timestamp[0].privateKeyPem),
    },
    now,
  });
  const ca = createFactoryCa({ commonName: 'OTA Dev Factory CA', now, validDays: 3650 });

  fs.mkdirSync(files.privateDir, { recursive: true, mode: 0o700 });
  const keyset: KeySetFile = { roles: {} as KeySetFile['roles'] };
  for (const [role, pairs] of Object.entries(keys) as [keyof RoleSetups, Ed25519KeyPair[]][]) {
    keyset.roles[role] = {
      threshold: thresholds[role],
      keys: pairs.map((k, i) => {
        const privateKeyFile = `private/${role}-${i + 1}.key.pem`;
        writePrivate(path.join(dir, privateKeyFile), k.privateKeyPem);
        return { keyId: k.keyId, publicKeyPem: k.publicKeyPem, privateKeyFile };
      }),
    };
  }
  writePrivate(files.factoryCaKey, ca.privateKeyPem);
  fs.writeFileSync(files.factoryCaCert, ca.certPem);
  fs.writeFileSync(files.keyset, `${JSON.stringify(keyset, null, 2)}\n`);
  fs.writeFileSync(files.targets, state.targets);
  // Written last: its presence is what marks the directory as complete.
  fs.writeFileSync(files.root, state.roots[0]);
  return true;
}

/**
 * D5 transport, development: the server TLS CA that devices pin and a server certificate it issued for
 * localhost, 127.0.0.1 and ::1 (`TLS_CERT`/`TLS_KEY` name them). Idempotent, and separate from the TUF key set
 * so an existing key directory gets them too. With the CA present and the server certificate gone, only the
 * certificate is made again: re-issuing never changes what devices pin. Returns false when nothing was made.
 */
export function ensureDevTls(dir: string, options: { now?: Date } = {}): boolean {
  const files = keyFiles(dir);
  if (fs.existsSync(files.tlsServerCert)) return false;
  const now = options.now ?? new Date();
  fs.mkdirSync(files.privateDir, { recursive: true, mode: 0o700 });
  let ca: CertificateAuthority;
  if (fs.existsSync(files.tlsCaCert)) {
    ca = { certPem: fs.readFileSync(files.tlsCaCert, 'utf8'), privateKeyPem: fs.readFileSync(files.tlsCaKey, 'utf8') };
  } else {
    ca = createServerTlsCa({ commonName: 'OTA Dev Server TLS CA', now, validDays: 3650 });
    writePrivate(files.tlsCaKey, ca.privateKeyPem);
    fs.writeFileSync(files.tlsCaCert, ca.certPem);
  }
  const server = issueServerTlsCertificate({ ca, now, validDays: 365 });
  writePrivate(files.tlsServerKey, server.privateKeyPem);
  // Written last: its presence is what marks the TLS files as complete.
  fs.writeFileSync(files.tlsServerCert, server.certPem);
  return true;
}

function writePrivate(file: string, pem: string): void {
  fs.writeFileSync(file, pem, { mode: 0o600 });
}
