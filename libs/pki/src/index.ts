/**
 * `@app/pki`: the fleet PKI of D5. node-forge BUILDS certificates (RSA-2048); node:crypto VERIFIES them.
 *
 * - `generateDeviceKeyPair(): KeyPairPem` ({ publicKeyPem (SPKI), privateKeyPem (PKCS#8) }).
 * - `deviceFingerprint(key: string | KeyObject): string`: hex SHA-256 of the SPKI DER, the device id.
 * - `createFactoryCa({ commonName, now, validDays }): CertificateAuthority` ({ certPem, privateKeyPem }).
 * - `issueDeviceCertificate({ ca, devicePublicKeyPem, now, validDays }): string` (PEM, subject CN = fingerprint).
 * - `createServerTlsCa({ commonName, now, validDays }): CertificateAuthority`: the CA devices pin for the server's TLS;
 *   `issueServerTlsCertificate({ ca, now, validDays, hostnames? }): ServerTlsCertificate` ({ certPem, privateKeyPem }).
 * - `verifyDeviceChain(chainPems, trustedCaPems | TrustedCas, now): VerifiedDevice` ({ deviceId, publicKey,
 *   certificate }); `parseTrustedCas(pems): TrustedCas` parses the anchors once for many checks.
 * - `signNonce(privateKey, nonce): string` (base64 RSA-PSS/SHA-256 over `NONCE_CONTEXT` + nonce);
 *   `verifyNonceSignature(publicKey, nonce, signatureB64): void`, throws `NONCE_SIGNATURE_INVALID`.
 * - `PkiError` with `code: PkiErrorCode`.
 */
export type { CertificateAuthority } from './certificate-builder';
export { createServerTlsCa, issueServerTlsCertificate, type ServerTlsCaOptions, type ServerTlsCertificate, type ServerTlsCertificateOptions } from './dev-tls';
export { PkiError, type PkiErrorCode } from './errors';
export { createFactoryCa, issueDeviceCertificate, type DeviceCertificateOptions, type FactoryCaOptions } from './factory-ca';
export { deviceFingerprint, generateDeviceKeyPair, type KeyPairPem } from './keys';
export { NONCE_CONTEXT, signNonce, verifyNonceSignature } from './nonce';
export { parseTrustedCas, verifyDeviceChain, type TrustedCas, type VerifiedDevice } from './verify';
