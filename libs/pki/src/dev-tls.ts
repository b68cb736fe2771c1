import { isIP } from 'node:net';
import { type ForgeExtension, assertValidity, buildCertificate } from './certificate-builder';
import { PkiError } from './errors';
import { type KeyPairPem, generateRsaKeyPair } from './keys';

export interface DevTlsOptions {
  now: Date;
  validDays: number;
  /** Subject alternative names; DNS names and IP addresses. Default: localhost, 127.0.0.1 and ::1. */
  hostnames?: string[];
}

export interface DevTlsCertificate {
  certPem: string;
  privateKeyPem: string;
}

const DEFAULT_HOSTNAMES = ['localhost', '127.0.0.1', '::1'];

/**
 * A self-signed TLS server certificate for development (D1 `keys/`): clients pin it as their only CA. Never
 * signed by the factory CA, whose certificates mean "a manufactured device" and nothing else.
 */
export function createDevTlsCertificate(options: DevTlsOptions): DevTlsCertificate {
  const hostnames = options.hostnames ?? DEFAULT_HOSTNAMES;
  if (hostnames.length === 0 || hostnames.some((h) => typeof h !== 'string' || h === '')) {
    throw new PkiError('INVALID_ARGUMENT', `expected at least one non-empty hostname, got ${JSON.stringify(hostnames)}`);
  }
  assertValidity(options.now, options.validDays);
  const keys: KeyPairPem = generateRsaKeyPair();
  const certPem = buildCertificate({
    subject: [{ name: 'commonName', value: hostnames[0] }],
    publicKeyPem: keys.publicKeyPem,
    selfSignKeyPem: keys.privateKeyPem,
    now: options.now,
    validDays: options.validDays,
    extensions: devTlsExtensions(hostnames),
  });
  return { certPem, privateKeyPem: keys.privateKeyPem };
}

function devTlsExtensions(hostnames: string[]): ForgeExtension[] {
  // forge's GeneralName types: 2 = dNSName, 7 = iPAddress.
  const altNames = hostnames.map((h) => (isIP(h) === 0 ? { type: 2, value: h } : { type: 7, ip: h }));
  return [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames },
    { name: 'subjectKeyIdentifier' },
  ];
}
