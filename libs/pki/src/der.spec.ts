import { X509Certificate } from 'node:crypto';
import { generateDeviceKeyPair } from '@app/pki';
import { buildCertificate } from './certificate-builder';
import { readExtensions } from './der';
import { NOW } from './pki.testing';

let withExtensions: Buffer;
let withoutExtensions: Buffer;

beforeAll(() => {
  const keys = generateDeviceKeyPair();
  const build = (extensions: { name: string; [k: string]: unknown }[]) =>
    new X509Certificate(
      buildCertificate({
        subject: [{ name: 'commonName', value: 't' }],
        publicKeyPem: keys.publicKeyPem,
        selfSignKeyPem: keys.privateKeyPem,
        now: NOW,
        validDays: 1,
        extensions,
      }),
    ).raw;
  withExtensions = build([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0 },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, cRLSign: true, decipherOnly: true, critical: true },
  ]);
  withoutExtensions = build([]);
});

describe('readExtensions', () => {
  it('reads keyUsage bits across both bytes, criticality and basicConstraints', () => {
    expect(readExtensions(withExtensions)).toEqual({
      keyUsage: { critical: true, usages: new Set(['digitalSignature', 'keyEncipherment', 'cRLSign', 'decipherOnly']) },
      basicConstraints: { critical: false, ca: true },
    });
  });

  it('returns nothing for a certificate without extensions', () => {
    expect(readExtensions(withoutExtensions)).toEqual({});
  });

  describe('when the DER is truncated or not a certificate', () => {
    it.each([
      ['truncated', () => withExtensions.subarray(0, withExtensions.length - 10)],
      ['empty', () => Buffer.alloc(0)],
      ['an INTEGER', () => Buffer.from([0x02, 0x01, 0x05])],
      ['a length of 5 octets', () => Buffer.from([0x30, 0x85, 1, 0, 0, 0, 0])],
    ])('throws CERT_MALFORMED for %s', (_label, der) => {
      expect(() => readExtensions(der())).toThrow(expect.objectContaining({ code: 'CERT_MALFORMED' }));
    });
  });
});
