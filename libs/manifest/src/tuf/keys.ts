/**
 * Ed25519 keys in TUF form (D3): `keyval.public` is the raw 32-byte public key in hex (the SPKI DER minus its
 * fixed 12-byte prefix) and the keyid is the SHA-256 of the canonical JSON of `{keytype, scheme, keyval}`.
 */
import { Key } from '@tufjs/models';
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ManifestError } from '../errors';
import { canonicalBytes } from './canonical';

/** SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (0 unused bits) } header of every Ed25519 SPKI. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519 = 'ed25519';

export interface Ed25519KeyPair {
  keyId: string;
  /** The TUF public key, as listed in root metadata. */
  publicKey: Key;
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateEd25519KeyPair(): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync(ED25519);
  const key = tufKeyFromKeyObject(publicKey);
  return {
    keyId: key.keyID,
    publicKey: key,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * The TUF key for an Ed25519 public key PEM (`-----BEGIN PUBLIC KEY-----`). Private keys are refused, so a
 * release signer registering a key cannot hand the server its secret by mistake.
 */
export function tufKeyFromPublicPem(pem: string): Key {
  if (/PRIVATE KEY/.test(pem)) {
    throw new ManifestError('INVALID_KEY', 'expected a public key PEM, got a private key: keep it with its signer');
  }
  let keyObject: KeyObject;
  try {
    keyObject = createPublicKey(pem);
  } catch (cause) {
    throw new ManifestError('INVALID_KEY', `expected an Ed25519 public key PEM, got unreadable input`, { cause });
  }
  return tufKeyFromKeyObject(keyObject);
}

/** TUF key for a node:crypto public key object (also used for keys derived from a private key). */
export function tufKeyFromKeyObject(publicKey: KeyObject): Key {
  if (publicKey.asymmetricKeyType !== ED25519) {
    const found = publicKey.asymmetricKeyType ?? 'a secret key';
    throw new ManifestError('INVALID_KEY', `expected an ed25519 key, got ${found}`);
  }
  const der = publicKey.export({ type: 'spki', format: 'der' });
  if (der.length !== ED25519_SPKI_PREFIX.length + 32 || !der.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) {
    throw new ManifestError('INVALID_KEY', `expected a 44-byte Ed25519 SPKI, got ${der.length} bytes`);
  }
  const fields = { keytype: ED25519, scheme: ED25519, keyval: { public: der.subarray(12).toString('hex') } };
  return new Key({
    keyID: tufKeyId(fields),
    keyType: fields.keytype,
    scheme: fields.scheme,
    keyVal: fields.keyval,
  });
}

/** keyid = hex SHA-256 of the canonical JSON of the key's public fields (TUF 4.2 "KEYID"). */
export function tufKeyId(fields: { keytype: string; scheme: string; keyval: Record<string, string> }): string {
  return createHash('sha256').update(canonicalBytes(fields, 'key')).digest('hex');
}
