import { X509Certificate } from 'node:crypto';
import {
  type CertificateAuthority,
  type KeyPairPem,
  PkiError,
  type PkiErrorCode,
  createFactoryCa,
  deviceFingerprint,
  generateDeviceKeyPair,
  issueDeviceCertificate,
  parseTrustedCas,
  verifyDeviceChain,
} from '@app/pki';
import { deviceExtensions } from './factory-ca';
import { DAY_MS, NOW, aLeaf, anAuthority, keyIdentifierOf } from './pki.testing';

let ca: CertificateAuthority;
let otherCa: CertificateAuthority;
let device: KeyPairPem;
let otherDevice: KeyPairPem;
let validLeaf: string;

beforeAll(() => {
  ca = createFactoryCa({ commonName: 'Factory CA', now: new Date(NOW.getTime() - DAY_MS), validDays: 3650 });
  otherCa = createFactoryCa({ commonName: 'Other Factory CA', now: new Date(NOW.getTime() - DAY_MS), validDays: 3650 });
  device = generateDeviceKeyPair();
  otherDevice = generateDeviceKeyPair();
  validLeaf = issueDeviceCertificate({ ca, devicePublicKeyPem: device.publicKeyPem, now: NOW, validDays: 365 });
});

/** The code `verifyDeviceChain` rejects with, or a failure when it accepts. */
function rejectionCode(chain: string[], trusted: string[] = [ca.certPem], now: Date = NOW): PkiErrorCode {
  try {
    verifyDeviceChain(chain, trusted, now);
  } catch (err) {
    if (err instanceof PkiError) return err.code;
    throw err;
  }
  throw new Error('expected verifyDeviceChain to reject the chain, it accepted it');
}

const sans = (extension: string) => (e: { name: string }) => e.name !== extension;

describe('verifyDeviceChain', () => {
  it('accepts a factory-issued certificate and names the device by its key fingerprint', () => {
    const verified = verifyDeviceChain([validLeaf], [ca.certPem], NOW);
    expect(verified.deviceId).toBe(deviceFingerprint(device.publicKeyPem));
    expect(verified.deviceId).toMatch(/^[0-9a-f]{64}$/);
    expect(verified.publicKey.export({ type: 'spki', format: 'pem' })).toBe(device.publicKeyPem);
    expect(verified.certificate).toBeInstanceOf(X509Certificate);
  });

  it('accepts it throughout its validity, bounds included', () => {
    const leaf = new X509Certificate(validLeaf);
    expect(() => verifyDeviceChain([validLeaf], [ca.certPem], new Date(leaf.validFrom))).not.toThrow();
    expect(() => verifyDeviceChain([validLeaf], [ca.certPem], new Date(leaf.validTo))).not.toThrow();
  });

  it('decides the same with anchors parsed once as with their PEM', () => {
    const parsed = parseTrustedCas([otherCa.certPem, ca.certPem]);
    expect(verifyDeviceChain([validLeaf], parsed, NOW).deviceId).toBe(deviceFingerprint(device.publicKeyPem));
    const foreign = issueDeviceCertificate({
      ca: { certPem: otherCa.certPem, privateKeyPem: otherCa.privateKeyPem },
      devicePublicKeyPem: otherDevice.publicKeyPem,
      now: NOW,
      validDays: 365,
    });
    expect(() => verifyDeviceChain([foreign], parseTrustedCas([ca.certPem]), NOW)).toThrow(expect.objectContaining({ code: 'CERT_UNTRUSTED_ISSUER' }));
    expect(() => parseTrustedCas(['not a certificate'])).toThrow(expect.objectContaining({ code: 'CA_INVALID' }));
  });

  it('finds the issuer among several trust anchors, and tolerates the CA sent along in the chain', () => {
    expect(verifyDeviceChain([validLeaf, ca.certPem], [otherCa.certPem, ca.certPem], NOW).deviceId).toBe(deviceFingerprint(device.publicKeyPem));
  });

  describe('when the leaf is self-signed', () => {
    it('rejects with CERT_SELF_SIGNED', () => {
      expect(rejectionCode([aLeaf({ keys: device })])).toBe('CERT_SELF_SIGNED');
    });
  });

  describe('when the leaf comes from another CA', () => {
    it('rejects with CERT_UNTRUSTED_ISSUER', () => {
      expect(rejectionCode([aLeaf({ keys: device, ca: otherCa })])).toBe('CERT_UNTRUSTED_ISSUER');
    });
  });

  describe('when another CA copies the factory CA name', () => {
    it('rejects with CERT_UNTRUSTED_ISSUER: the name matches, the signature does not', () => {
      const impostor = createFactoryCa({ commonName: 'Factory CA', now: NOW, validDays: 30 });
      const leaf = aLeaf({ keys: device, ca: impostor });
      expect(new X509Certificate(leaf).issuer).toBe(new X509Certificate(ca.certPem).subject);
      expect(rejectionCode([leaf])).toBe('CERT_UNTRUSTED_ISSUER');
    });
  });

  describe("when the leaf's authority key identifier names another key", () => {
    it('rejects with CERT_UNTRUSTED_ISSUER (checkIssued)', () => {
      const extensions = deviceExtensions(keyIdentifierOf(otherDevice.publicKeyPem));
      expect(rejectionCode([aLeaf({ keys: device, ca, extensions })])).toBe('CERT_UNTRUSTED_ISSUER');
    });
  });

  describe('when the certificate has expired', () => {
    it('rejects with CERT_EXPIRED', () => {
      const leaf = aLeaf({ keys: device, ca, now: new Date(NOW.getTime() - 40 * DAY_MS), validDays: 30 });
      expect(rejectionCode([leaf])).toBe('CERT_EXPIRED');
      expect(rejectionCode([validLeaf], [ca.certPem], new Date(NOW.getTime() + 366 * DAY_MS))).toBe('CERT_EXPIRED');
    });
  });

  describe('when the certificate is not valid yet', () => {
    it('rejects with CERT_NOT_YET_VALID', () => {
      // Issued a day from now: still not valid when the back-dating (an hour of clock skew) is taken off.
      const early = issueDeviceCertificate({ ca, devicePublicKeyPem: device.publicKeyPem, now: new Date(NOW.getTime() + DAY_MS), validDays: 365 });
      expect(rejectionCode([early], [ca.certPem], NOW)).toBe('CERT_NOT_YET_VALID');
    });
  });

  describe('when the leaf poses as a CA', () => {
    it.each<[string, { name: string; [k: string]: unknown }[]]>([
      ['basicConstraints CA true', [{ name: 'basicConstraints', cA: true, critical: true }]],
      ['keyUsage keyCertSign', [{ name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true }]],
      [
        'both, like a real CA',
        [
          { name: 'basicConstraints', cA: true },
          { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
        ],
      ],
    ])('rejects %s with CERT_IS_CA', (_label, replaced) => {
      const names = new Set(replaced.map((e) => e.name));
      const extensions = [...replaced, ...standardExtensions().filter((e) => !names.has(e.name))];
      expect(rejectionCode([aLeaf({ keys: device, ca, extensions })])).toBe('CERT_IS_CA');
    });
  });

  describe('when the leaf may not authenticate a client', () => {
    it.each<[string, (extension: { name: string }) => boolean, { name: string; [k: string]: unknown } | undefined]>([
      ['clientAuth is missing', sans('extKeyUsage'), { name: 'extKeyUsage', serverAuth: true }],
      ['extKeyUsage is absent', sans('extKeyUsage'), undefined],
      ['digitalSignature is missing', sans('keyUsage'), { name: 'keyUsage', keyEncipherment: true, critical: true }],
      ['keyUsage is absent', sans('keyUsage'), undefined],
    ])('rejects with CERT_BAD_USAGE when %s', (_label, keep, replacement) => {
      const extensions = standardExtensions().filter(keep);
      if (replacement !== undefined) extensions.push(replacement);
      expect(rejectionCode([aLeaf({ keys: device, ca, extensions })])).toBe('CERT_BAD_USAGE');
    });
  });

  describe('when the subject is not the fingerprint of the key', () => {
    it.each<[string, { name?: string; shortName?: string; value: string }[]]>([
      ['names another key', [{ name: 'commonName', value: 'x'.repeat(64) }]],
      [
        'adds an organisation',
        [
          { name: 'commonName', value: '' },
          { name: 'organizationName', value: 'Xiaomi' },
        ],
      ],
      [
        'carries an IMEI',
        [
          { name: 'serialNumber', value: '490154203237518' },
          { name: 'commonName', value: '' },
        ],
      ],
    ])('rejects with CERT_SUBJECT_MISMATCH when it %s', (_label, attributes) => {
      const fingerprint = deviceFingerprint(device.publicKeyPem);
      const subject = attributes.map((a) => (a.value === '' ? { ...a, value: fingerprint } : a));
      expect(rejectionCode([aLeaf({ keys: device, ca, subject })])).toBe('CERT_SUBJECT_MISMATCH');
    });

    it('rejects a subjectAltName with CERT_SUBJECT_MISMATCH', () => {
      const extensions = [...standardExtensions(), { name: 'subjectAltName', altNames: [{ type: 1, value: 'owner@example.com' }] }];
      expect(rejectionCode([aLeaf({ keys: device, ca, extensions })])).toBe('CERT_SUBJECT_MISMATCH');
    });
  });

  describe('when a PEM does not parse', () => {
    it('rejects with CERT_MALFORMED', () => {
      expect(rejectionCode(['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'])).toBe('CERT_MALFORMED');
      expect(rejectionCode(['hello'])).toBe('CERT_MALFORMED');
    });
  });

  describe('when the chain is empty or carries an intermediate', () => {
    it('rejects with CHAIN_INVALID', () => {
      expect(rejectionCode([])).toBe('CHAIN_INVALID');
      expect(rejectionCode([validLeaf, otherCa.certPem])).toBe('CHAIN_INVALID');
    });
  });

  describe('when the trusted CA is unusable', () => {
    it('rejects a CA expired at `now` with CA_INVALID', () => {
      expect(rejectionCode([validLeaf], [ca.certPem], new Date(NOW.getTime() + 3700 * DAY_MS))).toBe('CA_INVALID');
    });

    it('rejects an anchor that is no CA with CA_INVALID', () => {
      const fake = anAuthority(otherDevice, 'Not A CA', [{ name: 'basicConstraints', cA: false }, { name: 'subjectKeyIdentifier' }]);
      expect(rejectionCode([aLeaf({ keys: device, ca: fake })], [fake.certPem])).toBe('CA_INVALID');
    });

    it('rejects an empty or unparsable trust list with CA_INVALID', () => {
      expect(rejectionCode([validLeaf], [])).toBe('CA_INVALID');
      expect(rejectionCode([validLeaf], ['not a pem'])).toBe('CA_INVALID');
    });
  });

  it('gives each main rejection its own code', () => {
    const codes = [
      rejectionCode([aLeaf({ keys: device })]),
      rejectionCode([aLeaf({ keys: device, ca: otherCa })]),
      rejectionCode([validLeaf], [ca.certPem], new Date(NOW.getTime() + 366 * DAY_MS)),
      rejectionCode([
        aLeaf({ keys: device, ca, extensions: [{ name: 'basicConstraints', cA: true }, ...standardExtensions().filter(sans('basicConstraints'))] }),
      ]),
      rejectionCode([aLeaf({ keys: device, ca, subject: [{ name: 'commonName', value: 'imei-490154203237518' }] })]),
    ];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('never echoes the values of an untrusted name (D5: no IMEI in logs or responses)', () => {
    const imei = '490154203237518';
    const chains = [
      [
        aLeaf({
          keys: device,
          ca,
          subject: [
            { name: 'serialNumber', value: imei },
            { name: 'commonName', value: deviceFingerprint(device.publicKeyPem) },
          ],
        }),
      ],
      [aLeaf({ keys: device, subject: [{ name: 'commonName', value: imei }] })],
      [aLeaf({ keys: device, ca: anAuthority(otherDevice, `IMEI ${imei}`, [{ name: 'subjectKeyIdentifier' }]) })],
      [aLeaf({ keys: device, ca, extensions: [...standardExtensions(), { name: 'subjectAltName', altNames: [{ type: 1, value: `${imei}@sms` }] }] })],
    ];
    for (const chain of chains) {
      expect(() => verifyDeviceChain(chain, [ca.certPem], NOW)).toThrow(PkiError);
      expect(() => verifyDeviceChain(chain, [ca.certPem], NOW)).not.toThrow(new RegExp(imei));
    }
  });

  it('says what it expected and what it found', () => {
    const leaf = aLeaf({ keys: device, ca, now: new Date(NOW.getTime() - 40 * DAY_MS), validDays: 30 });
    expect(() => verifyDeviceChain([leaf], [ca.certPem], NOW)).toThrow(
      /expected a certificate valid at 2024-09-01T12:00:00.000Z, got one that expired 2024-08-22T12:00:00.000Z/,
    );
  });
});

/** The extensions `issueDeviceCertificate` uses, for variants that change one of them. */
function standardExtensions(): ReturnType<typeof deviceExtensions> {
  const caKeyPem = new X509Certificate(ca.certPem).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return deviceExtensions(keyIdentifierOf(caKeyPem));
}
