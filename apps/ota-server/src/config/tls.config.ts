import { X509Certificate, createPrivateKey } from 'node:crypto';
import * as fs from 'node:fs';

/** The server's own TLS identity (D5 transport): PEM read once at start, checked before anything listens. */
export interface TlsIdentity {
  certPem: string;
  keyPem: string;
  certFile: string;
  keyFile: string;
}

/**
 * `TLS_CERT` and `TLS_KEY` name PEM files: both set serves HTTPS, neither plain HTTP (the default), one alone is
 * refused. Returns the problems by variable name (the caller reports them with the rest of the configuration).
 */
export function readTlsIdentity(certFile: string | undefined, keyFile: string | undefined): { tls?: TlsIdentity; problems: string[] } {
  if (certFile === undefined && keyFile === undefined) return { problems: [] };
  if (certFile === undefined) return { problems: ['TLS_CERT: must be set with TLS_KEY (both or neither)'] };
  if (keyFile === undefined) return { problems: ['TLS_KEY: must be set with TLS_CERT (both or neither)'] };
  const certPem = readPem('TLS_CERT', certFile);
  const keyPem = readPem('TLS_KEY', keyFile);
  const problems = [certPem, keyPem].filter((r): r is { problem: string } => 'problem' in r).map((r) => r.problem);
  if (problems.length > 0 || !('pem' in certPem) || !('pem' in keyPem)) return { problems };
  const mismatch = checkPair(certFile, certPem.pem, keyFile, keyPem.pem);
  if (mismatch) return { problems: [mismatch] };
  return { tls: { certPem: certPem.pem, keyPem: keyPem.pem, certFile, keyFile }, problems: [] };
}

function readPem(variable: string, file: string): { pem: string } | { problem: string } {
  try {
    return { pem: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    return { problem: `${variable}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** The certificate parses, the key parses, and the key is the certificate's: else the first handshake would fail. */
function checkPair(certFile: string, certPem: string, keyFile: string, keyPem: string): string | undefined {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return `TLS_CERT: expected a PEM X.509 certificate in ${certFile}, found none that parses`;
  }
  try {
    return cert.checkPrivateKey(createPrivateKey(keyPem)) ? undefined : `TLS_KEY: the key in ${keyFile} is not the key of the certificate in ${certFile}`;
  } catch {
    return `TLS_KEY: expected an unencrypted PEM private key in ${keyFile}, found none that parses`;
  }
}
