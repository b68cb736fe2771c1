/**
 * Signing is pluggable: a release signer's CLI, an HSM or the server's online keys all present the same
 * interface. Signers sign the canonical JSON of `signed`, the bytes tuf-js verifies.
 */
import { Signature } from '@tufjs/models';
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { ManifestError } from '../errors';
import { tufKeyFromKeyObject } from './keys';

export interface MetadataSigner {
  /** The TUF keyid of the key this signer holds. */
  readonly keyId: string;
  /** Signs the canonical JSON bytes of a metadata's `signed` part. */
  sign(payload: Buffer): Promise<Signature> | Signature;
}

/** An in-process Ed25519 signer (dev keys and the server's online snapshot/timestamp keys, D3). */
export function ed25519Signer(privateKeyPem: string): MetadataSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch (cause) {
    throw new ManifestError('INVALID_KEY', 'expected an Ed25519 private key PEM, got unreadable input', { cause });
  }
  const keyId = tufKeyFromKeyObject(createPublicKey(privateKey)).keyID;
  return {
    keyId,
    sign: (payload) => new Signature({ keyID: keyId, sig: sign(null, payload, privateKey).toString('hex') }),
  };
}
