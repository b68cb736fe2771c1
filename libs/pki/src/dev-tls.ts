import { isIP } from 'node:net';
import forge from 'node-forge';
import {
  type CertificateAuthority,
  type ForgeExtension,
  assertValidity,
  buildCertificate,
  createLeafIssuingRootCa,
  subjectKeyIdentifierOf,
} from './certificate-builder';
import { PkiError } from './errors';
import { type KeyPairPem, generateRsaKeyPair } from './keys';

export interface ServerTlsCaOptions {
  commonName: string;
  now: Date;
  validDays: number;
}

export interface ServerTlsCertificateOptions {
  ca: CertificateAuthority;
  now: Date;
  validDays: number;
  /** Subject alternative names; DNS names and IP addresses. Default: localhost, 127.0.0.1 and ::1. */
  hostnames?: string[];
}

/** A TLS server's certificate and private key, both PEM: what `TLS_CERT` and `TLS_KEY` name. */
export interface ServerTlsCertificate {
  certPem: string;
  privateKeyPem: string;
}

const DEFAULT_HOSTNAMES = ['localhost', '127.0.0.1', '::1'];

/**
 * The CA devices pin for the server's TLS (D5 transport). A CA rather than a self-signed server certificate:
 * the server's certificate can be re-issued (new key, new names, before expiry) without touching the pin that
 * devices carry in their firmware. `pathLen 0`: it certifies servers only, never another CA. A key of its own,
 * never the factory CA's: a factory certificate means "a manufactured device" and nothing else.
 */
export function createServerTlsCa(options: ServerTlsCaOptions): CertificateAuthority {
  return createLeafIssuingRootCa(options);
}

/** A TLS server certificate for `hostnames` from the server TLS CA, with a fresh RSA-2048 key. */
export function issueServerTlsCertificate(options: ServerTlsCertificateOptions): ServerTlsCertificate {
  const hostnames = options.hostnames ?? DEFAULT_HOSTNAMES;
  if (hostnames.length === 0 || hostnames.some((h) => typeof h !== 'string' || h === '')) {
    throw new PkiError('INVALID_ARGUMENT', `expected at least one non-empty hostname, got ${JSON.stringify(hostnames)}`);
  }
  assertValidity(options.now, options.validDays);
  const keys: KeyPairPem = generateRsaKeyPair();
  const certPem = buildCertificate({
    subject: [{ name: 'commonName', value: hostnames[0] }],
    publicKeyPem: keys.publicKeyPem,
    issuer: options.ca,
    now: options.now,
    validDays: options.validDays,
    extensions: serverExtensions(hostnames, subjectKeyIdentifierOf(options.ca.certPem)),
  });
  return { certPem, privateKeyPem: keys.privateKeyPem };
}

function serverExtensions(hostnames: string[], caKeyIdentifierHex: string): ForgeExtension[] {
  // forge's GeneralName types: 2 = dNSName, 7 = iPAddress.
  const altNames = hostnames.map((h) => (isIP(h) === 0 ? { type: 2, value: h } : { type: 7, ip: h }));
  return [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: forge.util.hexToBytes(caKeyIdentifierHex) },
  ];
}
