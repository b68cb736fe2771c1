/** Real Ed25519 keys for tests, generated once per spec file (STYLE: tests). */
import { generateEd25519KeyPair, type Ed25519KeyPair } from '../tuf/keys';
import { ed25519Signer, type MetadataSigner } from '../tuf/signers';
import type { InitRepositoryOptions } from '../tuf/init';
import type { RoleSetups } from '../tuf/state';

export interface SigningKey extends Ed25519KeyPair {
  signer: MetadataSigner;
}

/** One key per offline/online role, and two release signers for the targets two-person rule (D3). */
export interface KeyRing {
  root: SigningKey;
  releaseA: SigningKey;
  releaseB: SigningKey;
  snapshot: SigningKey;
  timestamp: SigningKey;
}

export function aSigningKey(): SigningKey {
  const pair = generateEd25519KeyPair();
  return { ...pair, signer: ed25519Signer(pair.privateKeyPem) };
}

export function aKeyRing(): KeyRing {
  return {
    root: aSigningKey(),
    releaseA: aSigningKey(),
    releaseB: aSigningKey(),
    snapshot: aSigningKey(),
    timestamp: aSigningKey(),
  };
}

/** Targets threshold 2 (production's two-person rule), 1 elsewhere. */
export function roleSetups(ring: KeyRing): RoleSetups {
  return {
    root: { keys: [ring.root.publicKey], threshold: 1 },
    targets: { keys: [ring.releaseA.publicKey, ring.releaseB.publicKey], threshold: 2 },
    snapshot: { keys: [ring.snapshot.publicKey], threshold: 1 },
    timestamp: { keys: [ring.timestamp.publicKey], threshold: 1 },
  };
}

export function initOptions(ring: KeyRing, now: Date): InitRepositoryOptions {
  return {
    roles: roleSetups(ring),
    signers: {
      root: [ring.root.signer],
      targets: [ring.releaseA.signer, ring.releaseB.signer],
      snapshot: ring.snapshot.signer,
      timestamp: ring.timestamp.signer,
    },
    now,
  };
}

export function onlineSigners(ring: KeyRing) {
  return { snapshot: ring.snapshot.signer, timestamp: ring.timestamp.signer };
}
