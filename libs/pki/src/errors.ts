import { CodedError } from '@app/protocol';
/**
 * Every way `@app/pki` refuses an input. The `CERT_*` codes tell apart the ways a device certificate fails
 * (D5); the server maps them all to one API code but logs them, so each rejection stays diagnosable.
 */
export type PkiErrorCode =
  | 'CERT_MALFORMED'
  | 'CERT_SELF_SIGNED'
  | 'CERT_UNTRUSTED_ISSUER'
  | 'CERT_EXPIRED'
  | 'CERT_NOT_YET_VALID'
  | 'CERT_IS_CA'
  | 'CERT_BAD_USAGE'
  | 'CERT_SUBJECT_MISMATCH'
  | 'CHAIN_INVALID'
  | 'CA_INVALID'
  | 'KEY_INVALID'
  | 'NONCE_SIGNATURE_INVALID'
  | 'INVALID_ARGUMENT';

/** The one error class of `@app/pki`. */
export class PkiError extends CodedError<PkiErrorCode> {
  override readonly name = 'PkiError';
}
