import forge from 'node-forge';
import { type CertificateAuthority, type ForgeExtension, buildCertificate, subjectKeyIdentifierOf } from './certificate-builder';
import { deviceExtensions } from './factory-ca';
import { type KeyPairPem, deviceFingerprint } from './keys';

/**
 * Spec builders: certificates that are right except for the one thing a test changes. They go through the same
 * forge builder as the real issuer, so a "bad" certificate differs from a good one only where intended.
 */
export const NOW = new Date('2024-09-01T12:00:00Z');
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface LeafOptions {
  /** The device key certified; its fingerprint is the default subject. */
  keys: KeyPairPem;
  /** Signs the leaf; absent = self-signed with `keys`. */
  ca?: CertificateAuthority;
  subject?: forge.pki.CertificateField[];
  /** Replaces the standard device extensions entirely. */
  extensions?: ForgeExtension[];
  now?: Date;
  validDays?: number;
}

export function aLeaf(options: LeafOptions): string {
  const subject = options.subject ?? [{ name: 'commonName', value: deviceFingerprint(options.keys.publicKeyPem) }];
  const keyId = options.ca === undefined ? keyIdentifierOf(options.keys.publicKeyPem) : subjectKeyIdentifierOf(options.ca.certPem);
  return buildCertificate({
    subject,
    publicKeyPem: options.keys.publicKeyPem,
    issuer: options.ca,
    selfSignKeyPem: options.ca === undefined ? options.keys.privateKeyPem : undefined,
    now: options.now ?? NOW,
    validDays: options.validDays ?? 365,
    extensions: options.extensions ?? deviceExtensions(keyId),
  });
}

/** forge's subjectKeyIdentifier of a key (SHA-1 of the RSAPublicKey), hex. */
export function keyIdentifierOf(publicKeyPem: string): string {
  return forge.pki.getPublicKeyFingerprint(forge.pki.publicKeyFromPem(publicKeyPem), { encoding: 'hex' });
}

/** A self-signed "CA" with chosen extensions, for anchors that are not proper CAs. */
export function anAuthority(keys: KeyPairPem, commonName: string, extensions: ForgeExtension[], now = NOW, validDays = 3650): CertificateAuthority {
  const certPem = buildCertificate({
    subject: [{ name: 'commonName', value: commonName }],
    publicKeyPem: keys.publicKeyPem,
    selfSignKeyPem: keys.privateKeyPem,
    now,
    validDays,
    extensions,
  });
  return { certPem, privateKeyPem: keys.privateKeyPem };
}
