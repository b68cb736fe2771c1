import { type KeyObject, X509Certificate } from 'node:crypto';
import { type CertificateExtensions, readExtensions } from './der';
import { PkiError } from './errors';
import { deviceFingerprint } from './keys';

/**
 * D5 device authentication, verified with node:crypto (OpenSSL) and never with node-forge, which only builds
 * certificates. A chain is exactly leaf -> trusted factory CA: the CA has `pathLen 0`, so there are no
 * intermediates. Steps, each with its own error code so a rejection says which rule failed:
 * 1. parse the chain and the trust anchors;       4. the CA is a CA, usable at `now`;
 * 2. the leaf is not self-signed;                  5. the leaf is valid at `now`, is no CA, may sign as a client;
 * 3. a trusted CA issued and signed the leaf;      6. its subject is `CN=<fingerprint of its key>`, nothing else.
 */
export interface VerifiedDevice {
  /** SHA-256 of the leaf's SPKI DER, hex: the device's only identifier (D5). */
  deviceId: string;
  publicKey: KeyObject;
  certificate: X509Certificate;
}

const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';

/**
 * D5 privacy: a rejected certificate is untrusted input and may carry an IMEI or a phone number in its names.
 * Messages reach logs and response bodies, so they name the attribute TYPES of such names, never the values.
 * Names of the configured trust anchors are ours and are shown as they are.
 */
function nameShape(name: string): string {
  const types = name.split('\n').map((rdn) => rdn.slice(0, Math.max(0, rdn.indexOf('='))) || '?');
  return `a name of ${types.length} attribute(s) [${types.join(', ')}]`;
}

function altNameShape(altNames: string): string {
  return altNames
    .split(', ')
    .map((entry) => entry.slice(0, Math.max(0, entry.indexOf(':'))) || '?')
    .join(', ');
}

/** Trust anchors parsed once (parsing a certificate costs about as much as the rest of a chain check). */
export interface TrustedCas {
  readonly certificates: readonly X509Certificate[];
}

/** Parses the factory CA certificates a server trusts; throws `CA_INVALID` for one that does not parse. */
export function parseTrustedCas(pems: readonly string[]): TrustedCas {
  return { certificates: parseTrustAnchors(pems) };
}

export function verifyDeviceChain(chainPems: readonly string[], trusted: readonly string[] | TrustedCas, now: Date): VerifiedDevice {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new PkiError('INVALID_ARGUMENT', `expected a valid Date for now, got ${String(now)}`);
  }
  const anchors = 'certificates' in trusted ? trusted.certificates : parseTrustAnchors(trusted);
  const leaf = parseChain(chainPems, anchors);
  assertNotSelfSigned(leaf);
  const ca = findIssuer(leaf, anchors);
  assertUsableCa(ca, now);
  assertIssuedBy(leaf, ca);
  assertWithinValidity(leaf, now);
  const extensions = readExtensions(leaf.raw);
  assertEndEntity(leaf, extensions);
  assertClientUsage(leaf, extensions);
  const deviceId = assertSubjectIsFingerprint(leaf);
  return { deviceId, publicKey: leaf.publicKey, certificate: leaf };
}

function parseTrustAnchors(pems: readonly string[]): X509Certificate[] {
  if (!Array.isArray(pems) || pems.length === 0) {
    throw new PkiError('CA_INVALID', 'expected at least one trusted CA certificate, got none');
  }
  return pems.map((pem, i) => parseCertificate(pem, 'CA_INVALID', `trusted CA ${i}`));
}

/** The leaf. Further certificates are tolerated only when they are trust anchors themselves (sent along). */
function parseChain(pems: readonly string[], anchors: readonly X509Certificate[]): X509Certificate {
  if (!Array.isArray(pems) || pems.length === 0) {
    throw new PkiError('CHAIN_INVALID', 'expected a chain (array of PEM) starting with the device certificate, got none');
  }
  const [leaf, ...rest] = pems.map((pem, i) => parseCertificate(pem, 'CERT_MALFORMED', `chain certificate ${i}`));
  for (const extra of rest) {
    if (!anchors.some((anchor) => anchor.raw.equals(extra.raw))) {
      throw new PkiError(
        'CHAIN_INVALID',
        `expected no intermediate CA (the factory CA issues devices directly), got a certificate for ${nameShape(extra.subject)}`,
      );
    }
  }
  return leaf;
}

function parseCertificate(pem: unknown, code: 'CA_INVALID' | 'CERT_MALFORMED', what: string): X509Certificate {
  if (typeof pem !== 'string') throw new PkiError(code, `expected ${what} to be a PEM string, got ${typeof pem}`);
  try {
    return new X509Certificate(pem);
  } catch (cause) {
    throw new PkiError(code, `expected ${what} to be a PEM X.509 certificate, got something that does not parse`, { cause });
  }
}

function assertNotSelfSigned(leaf: X509Certificate): void {
  if (leaf.issuer === leaf.subject && verifiesWith(leaf, leaf.publicKey)) {
    throw new PkiError('CERT_SELF_SIGNED', `expected a certificate issued by the factory CA, got one self-signed by ${nameShape(leaf.subject)}`);
  }
}

/** Issuer name AND signature must both match a trust anchor: a name alone is free to copy. */
function findIssuer(leaf: X509Certificate, anchors: readonly X509Certificate[]): X509Certificate {
  const named = anchors.filter((anchor) => anchor.subject === leaf.issuer);
  if (named.length === 0) {
    const trusted = anchors.map((anchor) => anchor.subject).join(' | ');
    throw new PkiError(
      'CERT_UNTRUSTED_ISSUER',
      `expected a certificate issued by a trusted CA (${trusted}), got one from an unknown issuer ${nameShape(leaf.issuer)}`,
    );
  }
  const signer = named.find((anchor) => verifiesWith(leaf, anchor.publicKey));
  if (signer === undefined) {
    throw new PkiError('CERT_UNTRUSTED_ISSUER', `expected a signature by the key of ${leaf.issuer}, got one that does not verify with it`);
  }
  return signer;
}

/**
 * OpenSSL's issuer check on top of name and signature: the leaf's authorityKeyIdentifier names the CA's key.
 * Run after `assertUsableCa`, since it also fails for a CA without keyCertSign, which deserves `CA_INVALID`.
 */
function assertIssuedBy(leaf: X509Certificate, ca: X509Certificate): void {
  if (!leaf.checkIssued(ca)) {
    throw new PkiError('CERT_UNTRUSTED_ISSUER', `expected the leaf's authority key identifier to name the key of ${ca.subject}, it does not`);
  }
}

function assertUsableCa(ca: X509Certificate, now: Date): void {
  const { basicConstraints, keyUsage } = readExtensions(ca.raw);
  if (basicConstraints?.ca !== true || (keyUsage !== undefined && !keyUsage.usages.has('keyCertSign'))) {
    throw new PkiError('CA_INVALID', `expected ${ca.subject} to be a CA allowed to sign certificates, it is not`);
  }
  const { notBefore, notAfter } = validityOf(ca, 'CA_INVALID');
  if (now < notBefore || now > notAfter) {
    throw new PkiError(
      'CA_INVALID',
      `expected ${ca.subject} to be valid at ${now.toISOString()}, it is valid ${notBefore.toISOString()} to ${notAfter.toISOString()}`,
    );
  }
}

function assertWithinValidity(leaf: X509Certificate, now: Date): void {
  const { notBefore, notAfter } = validityOf(leaf, 'CERT_MALFORMED');
  if (now < notBefore) {
    throw new PkiError('CERT_NOT_YET_VALID', `expected a certificate valid at ${now.toISOString()}, got one valid from ${notBefore.toISOString()}`);
  }
  if (now > notAfter) {
    throw new PkiError('CERT_EXPIRED', `expected a certificate valid at ${now.toISOString()}, got one that expired ${notAfter.toISOString()}`);
  }
}

/**
 * A device certificate must not be able to certify other keys. `leaf.ca` alone is not enough: OpenSSL calls a
 * `CA:TRUE` certificate without keyCertSign no CA, so basicConstraints is read as well.
 */
function assertEndEntity(leaf: X509Certificate, { basicConstraints, keyUsage }: CertificateExtensions): void {
  if (leaf.ca || basicConstraints?.ca === true || keyUsage?.usages.has('keyCertSign') === true) {
    throw new PkiError('CERT_IS_CA', 'expected an end-entity certificate (CA false, no keyCertSign), got one that may certify other keys');
  }
}

function assertClientUsage(leaf: X509Certificate, { keyUsage }: CertificateExtensions): void {
  if (keyUsage === undefined || !keyUsage.usages.has('digitalSignature')) {
    const found = keyUsage === undefined ? 'no keyUsage extension' : `keyUsage ${[...keyUsage.usages].join(', ') || '(empty)'}`;
    throw new PkiError('CERT_BAD_USAGE', `expected keyUsage digitalSignature, found ${found}`);
  }
  // On Node 20 `X509Certificate.keyUsage` lists the EXTENDED key usage OIDs; undefined without the extension.
  const extended = leaf.keyUsage as string[] | undefined;
  if (extended === undefined || !extended.includes(CLIENT_AUTH_OID)) {
    throw new PkiError('CERT_BAD_USAGE', `expected extKeyUsage clientAuth (${CLIENT_AUTH_OID}), found ${extended?.join(', ') ?? 'no extKeyUsage extension'}`);
  }
}

/** D5: the subject is the fingerprint of the certified key and nothing else; no alternative names either. */
function assertSubjectIsFingerprint(leaf: X509Certificate): string {
  const fingerprint = deviceFingerprint(leaf.publicKey);
  if (leaf.subject !== `CN=${fingerprint}`) {
    throw new PkiError('CERT_SUBJECT_MISMATCH', `expected subject CN=${fingerprint} (the key's fingerprint) and nothing else, got ${nameShape(leaf.subject)}`);
  }
  if (leaf.subjectAltName !== undefined) {
    throw new PkiError(
      'CERT_SUBJECT_MISMATCH',
      `expected no subjectAltName (the fingerprint is the device's only name), got entries of type ${altNameShape(leaf.subjectAltName)}`,
    );
  }
  return fingerprint;
}

function validityOf(cert: X509Certificate, code: 'CA_INVALID' | 'CERT_MALFORMED'): { notBefore: Date; notAfter: Date } {
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) {
    throw new PkiError(code, `expected readable validity dates, got "${cert.validFrom}" and "${cert.validTo}"`);
  }
  return { notBefore, notAfter };
}

function verifiesWith(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.verify(key);
  } catch {
    return false;
  }
}
