import { constants, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { type KeyPairPem, PkiError, type PkiErrorCode, generateDeviceKeyPair, signNonce, verifyNonceSignature } from '@app/pki';

let device: KeyPairPem;
let stranger: KeyPairPem;
const NONCE = 'n-7f3a9c1e2b4d';

beforeAll(() => {
  device = generateDeviceKeyPair();
  stranger = generateDeviceKeyPair();
});

function rejectionCode(check: () => void): PkiErrorCode {
  try {
    check();
  } catch (err) {
    if (err instanceof PkiError) return err.code;
    throw err;
  }
  throw new Error('expected a PkiError, nothing was thrown');
}

describe('signNonce / verifyNonceSignature', () => {
  it('accepts the device signature over the nonce, with a PEM or a KeyObject', () => {
    const signature = signNonce(device.privateKeyPem, NONCE);
    expect(() => verifyNonceSignature(device.publicKeyPem, NONCE, signature)).not.toThrow();
    expect(() => verifyNonceSignature(createPublicKey(device.publicKeyPem), NONCE, signature)).not.toThrow();
  });

  it('signs with RSA-PSS, SHA-256, salt 32 over the context and the UTF-8 nonce, so other implementations can verify', () => {
    const signature = Buffer.from(signNonce(device.privateKeyPem, 'nonce-é'), 'base64');
    const options = { key: device.publicKeyPem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
    expect(verify('sha256', Buffer.from('ota-device-session-v1\nnonce-é', 'utf8'), options, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('nonce-é', 'utf8'), options, signature)).toBe(false);
    expect(signature).toHaveLength(256);
  });

  it('rejects a signature over the bare nonce (made for another purpose, without the context)', () => {
    const bare = sign('sha256', Buffer.from(NONCE, 'utf8'), { key: device.privateKeyPem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }).toString(
      'base64',
    );
    expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, NONCE, bare))).toBe('NONCE_SIGNATURE_INVALID');
  });

  it('is randomized (PSS salt): two signatures of one nonce differ and both verify', () => {
    const [a, b] = [signNonce(device.privateKeyPem, NONCE), signNonce(device.privateKeyPem, NONCE)];
    expect(a).not.toBe(b);
    expect(() => verifyNonceSignature(device.publicKeyPem, NONCE, b)).not.toThrow();
  });

  describe('when another key signed the nonce', () => {
    it('rejects with NONCE_SIGNATURE_INVALID', () => {
      const signature = signNonce(stranger.privateKeyPem, NONCE);
      expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, NONCE, signature))).toBe('NONCE_SIGNATURE_INVALID');
    });
  });

  describe('when the signature is over another nonce', () => {
    it('rejects with NONCE_SIGNATURE_INVALID', () => {
      const signature = signNonce(device.privateKeyPem, 'an-old-nonce');
      expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, NONCE, signature))).toBe('NONCE_SIGNATURE_INVALID');
    });
  });

  describe('when the signature uses PKCS#1 v1.5 instead of PSS', () => {
    it('rejects with NONCE_SIGNATURE_INVALID: the scheme is pinned', () => {
      const signature = sign('sha256', Buffer.from(NONCE), device.privateKeyPem).toString('base64');
      expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, NONCE, signature))).toBe('NONCE_SIGNATURE_INVALID');
    });
  });

  describe('when the signature is not base64 or is truncated', () => {
    it.each([
      ['not base64', '!!not-base64!!'],
      ['empty', ''],
      ['truncated', 'AAAA'],
    ])('rejects %s with NONCE_SIGNATURE_INVALID', (_label, signature) => {
      expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, NONCE, signature))).toBe('NONCE_SIGNATURE_INVALID');
    });
  });

  describe('when the nonce is empty', () => {
    it('refuses to sign it and rejects a signature over it', () => {
      expect(rejectionCode(() => signNonce(device.privateKeyPem, ''))).toBe('INVALID_ARGUMENT');
      expect(rejectionCode(() => verifyNonceSignature(device.publicKeyPem, '', 'AAAA'))).toBe('NONCE_SIGNATURE_INVALID');
    });
  });

  describe('when the key is not an RSA key', () => {
    it('rejects with KEY_INVALID', () => {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      expect(rejectionCode(() => verifyNonceSignature(publicKey, NONCE, 'AAAA'))).toBe('KEY_INVALID');
      expect(rejectionCode(() => signNonce(privateKey, NONCE))).toBe('KEY_INVALID');
      expect(rejectionCode(() => signNonce(device.publicKeyPem, NONCE))).toBe('KEY_INVALID');
    });
  });
});
