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
  /** A root submitted for rotation does not parse, or breaks a rule clients check (roles, consistent snapshots). */
  | 'ROOT_INVALID'
  /** TUF 5.3.5: a new root must be exactly one version after the current one (N+1, never N again or N+2). */
  | 'ROOT_VERSION_INVALID'
  /** TUF 5.3.4: root N+1 lacks a threshold of signatures by root N's root keys (clients trusting N refuse it). */
  | 'PREVIOUS_ROOT_THRESHOLD_NOT_MET'
  /** TUF 5.3.4: root N+1 lacks a threshold of signatures by its own root keys. */
  | 'ROOT_THRESHOLD_NOT_MET'
  /** TUF 5.3.10: a root that has expired would be refused by every client. */
  | 'ROOT_EXPIRED'
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
