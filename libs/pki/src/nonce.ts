import { type KeyObject, constants, createPrivateKey, sign, verify } from 'node:crypto';
import { PkiError } from './errors';
import { toPublicKey } from './keys';

/**
 * D5 proof of possession: the device signs the server's nonce with its certified key. The scheme is RSA-PSS
 * with SHA-256, MGF1-SHA-256 and a 32-byte salt (RFC 8017 8.1; the salt length TLS 1.3 uses), over the UTF-8
 * bytes of NONCE_CONTEXT followed by the nonce, base64-encoded. PSS rather than PKCS#1 v1.5 because it is the
 * scheme with a security proof and new protocols use it; the salt length is pinned on both sides so no other
 * PSS variant verifies. The context string separates this use of the device key from any other: a server (or
 * anyone posing as one) that picks the "nonce" cannot obtain the device's signature over data of its choosing
 * for another purpose, and a signature made for another purpose is no session proof here.
 * Freshness and single use of the nonce are the server's business.
 */
const PSS = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } as const;
/** Prefixed to the nonce before signing (domain separation); a newline cannot occur in it. */
export const NONCE_CONTEXT = 'ota-device-session-v1\n';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function signNonce(privateKey: string | KeyObject, nonce: string): string {
  if (typeof nonce !== 'string' || nonce.length === 0) {
    throw new PkiError('INVALID_ARGUMENT', `expected a non-empty nonce, got ${JSON.stringify(nonce)}`);
  }
  const key = toRsaPrivateKey(privateKey);
  return sign('sha256', Buffer.from(NONCE_CONTEXT + nonce, 'utf8'), { key, ...PSS }).toString('base64');
}

/** Returns when `signatureB64` is the device's signature over `nonce`; throws `NONCE_SIGNATURE_INVALID` otherwise. */
export function verifyNonceSignature(publicKey: string | KeyObject, nonce: string, signatureB64: string): void {
  const key = toPublicKey(publicKey);
  if (key.asymmetricKeyType !== 'rsa') {
    throw new PkiError('KEY_INVALID', `expected an RSA device key, got ${key.asymmetricKeyType ?? 'an unknown key type'}`);
  }
  if (typeof nonce !== 'string' || nonce.length === 0) {
    throw new PkiError('NONCE_SIGNATURE_INVALID', `expected a signature over a non-empty nonce, got nonce ${JSON.stringify(nonce)}`);
  }
  if (typeof signatureB64 !== 'string' || signatureB64.length === 0 || !BASE64.test(signatureB64)) {
    throw new PkiError('NONCE_SIGNATURE_INVALID', 'expected a base64 RSA-PSS signature, got a value that is not base64');
  }
  let valid: boolean;
  try {
    valid = verify('sha256', Buffer.from(NONCE_CONTEXT + nonce, 'utf8'), { key, ...PSS }, Buffer.from(signatureB64, 'base64'));
  } catch (cause) {
    throw new PkiError('NONCE_SIGNATURE_INVALID', 'expected an RSA-PSS SHA-256 signature, got one OpenSSL rejects', { cause });
  }
  if (!valid) {
    throw new PkiError('NONCE_SIGNATURE_INVALID', "expected the nonce signed by the certificate's key, got a signature that does not verify with it");
  }
}

function toRsaPrivateKey(privateKey: string | KeyObject): KeyObject {
  let key: KeyObject;
  try {
    key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  } catch (cause) {
    throw new PkiError('KEY_INVALID', 'expected an unencrypted PEM private key, got something that does not parse', { cause });
  }
  if (key.type !== 'private' || key.asymmetricKeyType !== 'rsa') {
    throw new PkiError('KEY_INVALID', `expected an RSA private key, got a ${key.type} ${key.asymmetricKeyType ?? ''} key`.trim());
  }
  return key;
}
