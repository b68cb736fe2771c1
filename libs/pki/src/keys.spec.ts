import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { type KeyPairPem, PkiError, deviceFingerprint, generateDeviceKeyPair } from '@app/pki';

let pair: KeyPairPem;

beforeAll(() => {
  pair = generateDeviceKeyPair();
});

describe('generateDeviceKeyPair', () => {
  it('makes an RSA-2048 pair as SPKI and PKCS#8 PEM', () => {
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const key = createPublicKey(pair.publicKeyPem);
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(createPublicKey(createPrivateKey(pair.privateKeyPem)).export({ type: 'spki', format: 'pem' })).toBe(pair.publicKeyPem);
  });
});

describe('deviceFingerprint', () => {
  it('is the hex SHA-256 of the SPKI DER (D5)', () => {
    const der = createPublicKey(pair.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(deviceFingerprint(pair.publicKeyPem)).toBe(createHash('sha256').update(der).digest('hex'));
    expect(deviceFingerprint(pair.publicKeyPem)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same from the public PEM, the private PEM and either KeyObject', () => {
    const expected = deviceFingerprint(pair.publicKeyPem);
    expect(deviceFingerprint(pair.privateKeyPem)).toBe(expected);
    expect(deviceFingerprint(createPublicKey(pair.publicKeyPem))).toBe(expected);
    expect(deviceFingerprint(createPrivateKey(pair.privateKeyPem))).toBe(expected);
  });

  it('works for any key type node:crypto knows, and differs between keys', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    expect(deviceFingerprint(publicKey)).toMatch(/^[0-9a-f]{64}$/);
    expect(deviceFingerprint(publicKey)).not.toBe(deviceFingerprint(pair.publicKeyPem));
  });

  describe('when the key does not parse', () => {
    it('throws KEY_INVALID', () => {
      expect(() => deviceFingerprint('490154203237518')).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }));
      expect(() => deviceFingerprint('490154203237518')).toThrow(PkiError);
    });
  });
});
