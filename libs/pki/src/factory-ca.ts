import forge from 'node-forge';
import { type CertificateAuthority, type ForgeExtension, buildCertificate, createLeafIssuingRootCa, subjectKeyIdentifierOf } from './certificate-builder';
import { deviceFingerprint } from './keys';

export interface FactoryCaOptions {
  commonName: string;
  now: Date;
  validDays: number;
}

export interface DeviceCertificateOptions {
  ca: CertificateAuthority;
  devicePublicKeyPem: string;
  now: Date;
  validDays: number;
}

/**
 * The factory CA of D5: a self-signed root that issues device certificates directly. `pathLen 0` forbids it to
 * certify further CAs, so every valid chain is exactly leaf -> factory CA. The key is fresh RSA-2048 (forge's
 * X.509 handles RSA only); the serial is random, the subject is `CN=<commonName>`.
 */
export function createFactoryCa(options: FactoryCaOptions): CertificateAuthority {
  return createLeafIssuingRootCa(options);
}

/**
 * A device certificate (D5). The subject is `CN=<device fingerprint>` and nothing else: the certificate names
 * the key, never the person or the handset (no IMEI, serial number or model). It authenticates the device as a
 * TLS/API client only: not a CA, `digitalSignature` (critical) and `clientAuth`. The authorityKeyIdentifier
 * ties it to the CA key that signed it.
 */
export function issueDeviceCertificate(options: DeviceCertificateOptions): string {
  const fingerprint = deviceFingerprint(options.devicePublicKeyPem);
  return buildCertificate({
    subject: [{ name: 'commonName', value: fingerprint }],
    publicKeyPem: options.devicePublicKeyPem,
    issuer: options.ca,
    now: options.now,
    validDays: options.validDays,
    extensions: deviceExtensions(subjectKeyIdentifierOf(options.ca.certPem)),
  });
}

/** The device-certificate extensions; exported for the specs, which build deliberately wrong variants. */
export function deviceExtensions(caKeyIdentifierHex: string): ForgeExtension[] {
  return [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: forge.util.hexToBytes(caKeyIdentifierHex) },
  ];
}
