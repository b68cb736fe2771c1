import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { type CertificateAuthority, type KeyPairPem, createFactoryCa, deviceFingerprint, generateDeviceKeyPair, issueDeviceCertificate } from '@app/pki';
import { readExtensions } from './der';
import { DAY_MS, NOW } from './pki.testing';
import { CLOCK_SKEW_MS } from './certificate-builder';

let ca: CertificateAuthority;
let device: KeyPairPem;
let leafPem: string;

beforeAll(() => {
  ca = createFactoryCa({ commonName: 'Factory CA', now: NOW, validDays: 3650 });
  device = generateDeviceKeyPair();
  leafPem = issueDeviceCertificate({ ca, devicePublicKeyPem: device.publicKeyPem, now: NOW, validDays: 365 });
});

/** Extensions as forge reads them: a test-side second opinion on what was encoded. */
const forgeExtension = (pem: string, name: string): Record<string, unknown> | undefined =>
  forge.pki.certificateFromPem(pem).getExtension(name) as Record<string, unknown> | undefined;

describe('createFactoryCa', () => {
  it('makes a self-signed CA, valid from an hour before now (clock skew) for validDays', () => {
    const cert = new X509Certificate(ca.certPem);
    expect(cert.subject).toBe('CN=Factory CA');
    expect(cert.issuer).toBe('CN=Factory CA');
    expect(cert.ca).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(ca.privateKeyPem))).toBe(true);
    expect(new Date(cert.validFrom)).toEqual(new Date(NOW.getTime() - CLOCK_SKEW_MS));
    expect(new Date(cert.validTo)).toEqual(new Date(NOW.getTime() + 3650 * DAY_MS));
  });

  it('may certify devices only: CA with pathLen 0, keyCertSign and cRLSign (critical), a key identifier', () => {
    expect(forgeExtension(ca.certPem, 'basicConstraints')).toMatchObject({ cA: true, pathLenConstraint: 0, critical: true });
    const { keyUsage } = readExtensions(new X509Certificate(ca.certPem).raw);
    expect(keyUsage?.critical).toBe(true);
    expect([...(keyUsage?.usages ?? [])].sort()).toEqual(['cRLSign', 'keyCertSign']);
    expect(forgeExtension(ca.certPem, 'subjectKeyIdentifier')?.subjectKeyIdentifier).toMatch(/^[0-9a-f]{40}$/);
  });

  it('uses a random positive serial', () => {
    const other = createFactoryCa({ commonName: 'Factory CA', now: NOW, validDays: 1 });
    const serials = [ca, other].map((c) => new X509Certificate(c.certPem).serialNumber);
    expect(serials[0]).not.toBe(serials[1]);
    for (const serial of serials) expect(parseInt(serial.slice(0, 2), 16)).toBeLessThan(0x80);
  });

  describe('when the arguments are invalid', () => {
    it.each([
      ['an empty name', { commonName: ' ', now: NOW, validDays: 1 }],
      ['zero validity', { commonName: 'CA', now: NOW, validDays: 0 }],
      ['an invalid date', { commonName: 'CA', now: new Date('nope'), validDays: 1 }],
    ])('throws INVALID_ARGUMENT for %s', (_label, options) => {
      expect(() => createFactoryCa(options)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });
});

describe('issueDeviceCertificate', () => {
  it('names the device by its key fingerprint and nothing else', () => {
    const cert = new X509Certificate(leafPem);
    expect(cert.subject).toBe(`CN=${deviceFingerprint(device.publicKeyPem)}`);
    expect(cert.subjectAltName).toBeUndefined();
    expect(cert.issuer).toBe('CN=Factory CA');
  });

  it('is signed by the CA with SHA-256 and names the CA key in its authorityKeyIdentifier', () => {
    const cert = new X509Certificate(leafPem);
    const caCert = new X509Certificate(ca.certPem);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(forge.pki.certificateFromPem(leafPem).siginfo.algorithmOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
  });

  it('authenticates a client only: no CA, digitalSignature (critical), clientAuth', () => {
    const cert = new X509Certificate(leafPem);
    const { basicConstraints, keyUsage } = readExtensions(cert.raw);
    expect(cert.ca).toBe(false);
    expect(basicConstraints?.ca).toBe(false);
    expect(keyUsage).toEqual({ critical: true, usages: new Set(['digitalSignature']) });
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
  });

  it('is valid from an hour before now (clock skew) for validDays', () => {
    const cert = new X509Certificate(leafPem);
    expect(new Date(cert.validFrom)).toEqual(new Date(NOW.getTime() - CLOCK_SKEW_MS));
    expect(new Date(cert.validTo)).toEqual(new Date(NOW.getTime() + 365 * DAY_MS));
  });

  describe('when the CA key does not match the CA certificate', () => {
    it('throws CA_INVALID', () => {
      const mixed = { certPem: ca.certPem, privateKeyPem: device.privateKeyPem };
      expect(() => issueDeviceCertificate({ ca: mixed, devicePublicKeyPem: device.publicKeyPem, now: NOW, validDays: 1 })).toThrow(
        expect.objectContaining({ code: 'CA_INVALID' }),
      );
    });
  });

  describe('when the device key is not an RSA public key', () => {
    it.each([
      ['garbage', 'not a key'],
      [
        'an EC key (forge builds RSA certificates only)',
        generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      ],
    ])('throws KEY_INVALID for %s', (_label, devicePublicKeyPem) => {
      expect(() => issueDeviceCertificate({ ca, devicePublicKeyPem, now: NOW, validDays: 1 })).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }));
    });
  });
});
