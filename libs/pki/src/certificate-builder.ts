import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { PkiError } from './errors';
import { generateRsaKeyPair } from './keys';

/**
 * The one place node-forge builds X.509 certificates (D5). Verification never goes through forge: it is done
 * by node:crypto (`verify.ts`). forge's extension objects are untyped (`any[]` in @types/node-forge); this
 * module keeps them behind a small typed surface.
 */

/** A CA able to sign: its certificate and private key, both PEM. */
export interface CertificateAuthority {
  certPem: string;
  privateKeyPem: string;
}

/** forge extension descriptors, e.g. `{ name: 'keyUsage', digitalSignature: true, critical: true }`. */
export type ForgeExtension = { name: string; critical?: boolean } & Record<string, unknown>;

export interface CertificateSpec {
  subject: forge.pki.CertificateField[];
  publicKeyPem: string;
  /** The issuing CA; absent for a self-signed certificate, which `selfSignKeyPem` then signs. */
  issuer?: CertificateAuthority;
  selfSignKeyPem?: string;
  now: Date;
  validDays: number;
  extensions: ForgeExtension[];
}

/** How far certificates are valid before their issue time (RFC 5280 leaves it to the issuer; an hour is common). */
export const CLOCK_SKEW_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds, signs with SHA-256 and returns the PEM of a certificate valid from `now` for `validDays`. */
export function buildCertificate(spec: CertificateSpec): string {
  assertValidity(spec.now, spec.validDays);
  const cert = forge.pki.createCertificate();
  cert.publicKey = parsePublicKey(spec.publicKeyPem);
  cert.serialNumber = randomSerialHex();
  // Back-dated: a device or server whose clock runs a little behind the factory's must still accept it.
  cert.validity.notBefore = new Date(spec.now.getTime() - CLOCK_SKEW_MS);
  cert.validity.notAfter = new Date(spec.now.getTime() + spec.validDays * DAY_MS);
  cert.setSubject(spec.subject);
  const signer = signerOf(spec);
  cert.setIssuer(signer.issuerAttributes ?? spec.subject);
  cert.setExtensions(spec.extensions);
  cert.sign(signer.key, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** The issuer's subject key identifier (hex), to put in an authorityKeyIdentifier; `CA_INVALID` if absent. */
export function subjectKeyIdentifierOf(certPem: string): string {
  const ext = parseCertificate(certPem).getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | undefined;
  if (ext?.subjectKeyIdentifier === undefined) {
    throw new PkiError('CA_INVALID', 'expected the CA certificate to carry a subjectKeyIdentifier, found none');
  }
  return ext.subjectKeyIdentifier;
}

/**
 * RFC 5280 4.1.2.2: a positive serial of at most 20 octets, unpredictable (CA/B BR: >= 64 random bits). 16
 * random bytes, top bit cleared so the INTEGER is positive, first byte non-zero so the DER stays minimal.
 */
function randomSerialHex(): string {
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  if (serial[0] === 0) serial[0] = 0x01;
  return serial.toString('hex');
}

function signerOf(spec: CertificateSpec): { key: forge.pki.rsa.PrivateKey; issuerAttributes?: forge.pki.CertificateField[] } {
  if (spec.issuer !== undefined) {
    const caCert = parseCertificate(spec.issuer.certPem);
    const key = parsePrivateKey(spec.issuer.privateKeyPem, 'CA_INVALID');
    const caPublic = caCert.publicKey as forge.pki.rsa.PublicKey;
    if (!caPublic.n.equals(key.n)) {
      throw new PkiError('CA_INVALID', 'expected the CA private key to match the CA certificate, found a different key');
    }
    return { key, issuerAttributes: caCert.subject.attributes };
  }
  if (spec.selfSignKeyPem === undefined) {
    throw new PkiError('INVALID_ARGUMENT', 'expected an issuer CA or a self-signing key, got neither');
  }
  return { key: parsePrivateKey(spec.selfSignKeyPem, 'KEY_INVALID') };
}

/**
 * A self-signed root with a fresh RSA-2048 key (forge's X.509 handles RSA only), subject `CN=<commonName>`, that
 * certifies leaves only (`pathLen 0`): the factory CA and the server TLS CA are both this, with keys of their own.
 */
export function createLeafIssuingRootCa(options: { commonName: string; now: Date; validDays: number }): CertificateAuthority {
  if (typeof options.commonName !== 'string' || options.commonName.trim() === '') {
    throw new PkiError('INVALID_ARGUMENT', `expected a non-empty CA common name, got ${JSON.stringify(options.commonName)}`);
  }
  assertValidity(options.now, options.validDays);
  const keys = generateRsaKeyPair();
  const certPem = buildCertificate({
    subject: [{ name: 'commonName', value: options.commonName }],
    publicKeyPem: keys.publicKeyPem,
    selfSignKeyPem: keys.privateKeyPem,
    now: options.now,
    validDays: options.validDays,
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  return { certPem, privateKeyPem: keys.privateKeyPem };
}

/** `INVALID_ARGUMENT` unless `now` is a valid Date and `validDays` an integer >= 1; callers check before keygen. */
export function assertValidity(now: Date, validDays: number): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new PkiError('INVALID_ARGUMENT', `expected a valid Date for now, got ${String(now)}`);
  }
  if (!Number.isSafeInteger(validDays) || validDays < 1) {
    throw new PkiError('INVALID_ARGUMENT', `expected validDays to be an integer >= 1, got ${validDays}`);
  }
}

function parseCertificate(certPem: string): forge.pki.Certificate {
  try {
    return forge.pki.certificateFromPem(certPem);
  } catch (cause) {
    throw new PkiError('CA_INVALID', 'expected a PEM RSA CA certificate, got one forge cannot parse', { cause });
  }
}

function parsePublicKey(publicKeyPem: string): forge.pki.rsa.PublicKey {
  try {
    return forge.pki.publicKeyFromPem(publicKeyPem);
  } catch (cause) {
    throw new PkiError('KEY_INVALID', 'expected a PEM RSA public key (forge builds RSA certificates only), got something else', { cause });
  }
}

function parsePrivateKey(privateKeyPem: string, code: 'CA_INVALID' | 'KEY_INVALID'): forge.pki.rsa.PrivateKey {
  try {
    return forge.pki.privateKeyFromPem(privateKeyPem);
  } catch (cause) {
    throw new PkiError(code, 'expected an unencrypted PEM RSA private key, got something else', { cause });
  }
}
