import { PkiError } from './errors';

/**
 * Just enough DER to read the two extensions node:crypto's X509Certificate does not expose on Node 20: keyUsage
 * (its `keyUsage` property is the *extended* key usage) and basicConstraints (its `ca` is OpenSSL's
 * X509_check_ca, which answers false for `CA:TRUE` without keyCertSign, so a leaf could claim CA:TRUE unseen).
 * The input has already been parsed by OpenSSL as a certificate; every read is still bounds-checked.
 */

interface Tlv {
  tag: number;
  /** Offset of the first value byte. */
  start: number;
  /** Offset one past the last value byte. */
  end: number;
}

/** RFC 5280 4.2.1.3 KeyUsage bit names, by bit number. */
const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsage = (typeof KEY_USAGE_BITS)[number];

export interface CertificateExtensions {
  /** Absent when the certificate has no keyUsage extension. */
  keyUsage?: { critical: boolean; usages: ReadonlySet<KeyUsage> };
  /** Absent when the certificate has no basicConstraints extension (then it is no CA). */
  basicConstraints?: { critical: boolean; ca: boolean };
}

const SEQUENCE = 0x30;
const EXTENSIONS = 0xa3; // [3] EXPLICIT in TBSCertificate
const OID = 0x06;
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const BIT_STRING = 0x03;
const KEY_USAGE_OID = '551d0f'; // 2.5.29.15
const BASIC_CONSTRAINTS_OID = '551d13'; // 2.5.29.19

/** keyUsage and basicConstraints of a DER certificate. */
export function readExtensions(der: Buffer): CertificateExtensions {
  const result: CertificateExtensions = {};
  const certificate = expectTag(readTlv(der, 0), SEQUENCE);
  const tbs = expectTag(childrenOf(der, certificate)[0], SEQUENCE);
  const wrapper = childrenOf(der, tbs).find((child) => child.tag === EXTENSIONS);
  if (wrapper === undefined) return result;
  const list = expectTag(childrenOf(der, wrapper)[0], SEQUENCE);
  for (const extension of childrenOf(der, list)) {
    const [oid, ...rest] = childrenOf(der, expectTag(extension, SEQUENCE));
    const id = valueOf(der, expectTag(oid, OID)).toString('hex');
    const critical = rest[0]?.tag === BOOLEAN && der[rest[0].start] !== 0;
    const inner = readTlv(der, expectTag(rest[rest.length - 1], OCTET_STRING).start);
    if (id === KEY_USAGE_OID) {
      result.keyUsage = { critical, usages: decodeKeyUsageBits(valueOf(der, expectTag(inner, BIT_STRING))) };
    } else if (id === BASIC_CONSTRAINTS_OID) {
      // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }
      const first = childrenOf(der, expectTag(inner, SEQUENCE))[0];
      result.basicConstraints = { critical, ca: first?.tag === BOOLEAN && der[first.start] !== 0 };
    }
  }
  return result;
}

/** BIT STRING value: one byte of unused-bit count, then the bits, bit 0 being the first byte's top bit. */
function decodeKeyUsageBits(value: Buffer): Set<KeyUsage> {
  const usages = new Set<KeyUsage>();
  KEY_USAGE_BITS.forEach((name, bit) => {
    const byte = value[1 + (bit >> 3)];
    if (byte !== undefined && (byte & (0x80 >> (bit & 7))) !== 0) usages.add(name);
  });
  return usages;
}

function readTlv(der: Buffer, offset: number): Tlv {
  if (offset + 2 > der.length) throw malformed(`a DER header at offset ${offset}, found the end of the data`);
  const tag = der[offset];
  const first = der[offset + 1];
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || start + octets > der.length) throw malformed(`a definite DER length at offset ${offset}`);
    length = der.readUIntBE(start, octets);
    start += octets;
  }
  if (start + length > der.length) throw malformed(`${length} value bytes at offset ${start}, found ${der.length - start}`);
  return { tag, start, end: start + length };
}

function childrenOf(der: Buffer, parent: Tlv | undefined): Tlv[] {
  if (parent === undefined) throw malformed('a constructed DER element, found none');
  const children: Tlv[] = [];
  for (let offset = parent.start; offset < parent.end;) {
    const child = readTlv(der, offset);
    if (child.end > parent.end) throw malformed(`a DER element inside its parent at offset ${offset}`);
    children.push(child);
    offset = child.end;
  }
  return children;
}

function expectTag(tlv: Tlv | undefined, tag: number): Tlv {
  if (tlv === undefined || tlv.tag !== tag) {
    throw malformed(`DER tag 0x${tag.toString(16)}, found ${tlv === undefined ? 'nothing' : `0x${tlv.tag.toString(16)}`}`);
  }
  return tlv;
}

function valueOf(der: Buffer, tlv: Tlv): Buffer {
  return der.subarray(tlv.start, tlv.end);
}

function malformed(expected: string): PkiError {
  return new PkiError('CERT_MALFORMED', `expected ${expected} while reading certificate extensions`);
}
