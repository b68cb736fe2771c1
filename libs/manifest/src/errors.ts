import { CodedError, type CodedErrorOptions, type FieldError } from '@app/protocol';

/**
 * Every way this lib refuses something. Codes are stable: the server maps them to HTTP answers and the agent
 * reports them, so a code keeps its meaning once shipped.
 */
export type ManifestErrorCode =
  /** The manifest document breaks the `ota-manifest/1` schema; `errors` lists every bad field. */
  | 'MANIFEST_INVALID'
  /** A target path could escape its directory or is not plain ASCII path segments. */
  | 'UNSAFE_TARGET_PATH'
  /** Content that TUF canonical JSON cannot represent faithfully (floats, NaN, control characters, ...). */
  | 'NOT_CANONICALIZABLE'
  /** A key is not an Ed25519 public key we can use, or a role's key set / threshold is impossible. */
  | 'INVALID_KEY'
  /** A signature was made with a key the role does not list. */
  | 'UNKNOWN_SIGNING_KEY'
  /** A signature does not verify over the canonical bytes of the metadata. */
  | 'SIGNATURE_INVALID'
  /** Fewer distinct valid signatures than the role's threshold. */
  | 'THRESHOLD_NOT_MET'
  /** A targets proposal was built on a version that is no longer current, or has expired. */
  | 'STALE_PROPOSAL'
  /** D3: `releaseCounter` must strictly increase per stream. */
  | 'RELEASE_COUNTER_NOT_INCREASING'
  /** A target path is already listed with different content. */
  | 'TARGET_CONFLICT'
  /** Stored repository state does not parse or contradicts itself. */
  | 'REPOSITORY_INVALID';

/** What a `ManifestError` carries besides its code and message: `errors` lists every bad field of a document. */
export type ManifestErrorOptions = CodedErrorOptions;

export class ManifestError extends CodedError<ManifestErrorCode> {
  override readonly name = 'ManifestError';
}

/** `path: message; path: message` for error messages that must stand on their own in a log line. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join('; ');
}
