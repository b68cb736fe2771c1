/**
 * Stable error codes shared by the server (HTTP bodies) and the agent (status reports). A code, once shipped,
 * keeps its meaning: devices in the field report them and dashboards count them.
 */

/** Codes a device reports when it refuses or fails an update (D3, D2). */
export const DEVICE_ERROR_CODES = [
  'SIGNATURE_INVALID',
  'EXPIRED',
  'ROLLBACK',
  'NOT_APPLICABLE',
  'HASH_MISMATCH',
  'LENGTH_MISMATCH',
  'TARGET_NOT_FOUND',
  'MANIFEST_INVALID',
  'MIGRATION_FAILED',
  'BOOT_FAILED',
  'DOWNLOAD_FAILED',
  'CANCELLED',
  /** The server's answer and the signed target disagree on the release (D4: a report is bound to its offer). */
  'OFFER_MISMATCH',
  'INTERNAL',
] as const;
export type DeviceErrorCode = (typeof DEVICE_ERROR_CODES)[number];

/** Codes in the `code` field of every 4xx/5xx body the server returns. */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'TOKEN_REVOKED',
  /** D5: admin tokens expire (ADMIN_TOKEN_TTL_DAYS); make a new one with a working token or a new enrollment. */
  'TOKEN_EXPIRED',
  /** D5: a disabled user's tokens all stop working. */
  'USER_DISABLED',
  /** An enrollment token only makes the user's own first token (and says who they are). */
  'ENROLLMENT_ONLY',
  /** The last enabled admin cannot be disabled: nobody could administer the server after it. */
  'LAST_ADMIN',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_PROPOSAL',
  'INVALID_STATE',
  'APPROVAL_REQUIRED',
  /** D4, D8: a rollout's audience matches no registered device (refused at start; the preview warns). */
  'AUDIENCE_EMPTY',
  /** D4: the rollout's audience overlaps a running or paused rollout on the same stream (named in the message). */
  'ROLLOUT_OVERLAP',
  'SELF_APPROVAL',
  'SIGNATURE_INVALID',
  'UNKNOWN_SIGNING_KEY',
  /** D5: a release signature names a key that no user has registered (or whose registration was revoked). */
  'SIGNING_KEY_NOT_REGISTERED',
  /** D5: a release signature is accepted only from the user who owns the key. */
  'NOT_KEY_OWNER',
  /** D5: one person supplies at most one signature per proposal, whichever keys they hold. */
  'ALREADY_SIGNED',
  /** A signing key is registered to one user only. */
  'KEY_ALREADY_REGISTERED',
  'MANIFEST_INVALID',
  /** D8: a release names an image (path, length, sha256) whose bytes were not uploaded first. */
  'IMAGE_NOT_UPLOADED',
  'NONCE_INVALID',
  'CERTIFICATE_INVALID',
  'OUT_OF_ORDER',
  /** A status report names another target or hash than the release of the rollout it reports to (D4). */
  'REPORT_MISMATCH',
  /** A JSON body nested deeper than the server reads. */
  'BODY_TOO_DEEP',
  /** A JSON body with the same key twice in one object (which one would win is parser-dependent). */
  'DUPLICATE_KEY',
  /** The request (its headers or body) did not arrive within the server's deadline; send it again. */
  'REQUEST_TIMEOUT',
  /** D7 root rotation: the submitted root is not root metadata clients would use (roles, consistent snapshots). */
  'ROOT_INVALID',
  /** D7 root rotation: the submitted root is not exactly the current version + 1 (TUF 5.3.5). */
  'ROOT_VERSION_INVALID',
  /** D7 root rotation: not signed by a threshold of the current root's root keys (TUF 5.3.4). */
  'PREVIOUS_ROOT_THRESHOLD_NOT_MET',
  /** D7 root rotation: not signed by a threshold of its own root keys (TUF 5.3.4). */
  'ROOT_THRESHOLD_NOT_MET',
  /** D7 root rotation: the submitted root has expired. */
  'ROOT_EXPIRED',
  /** D7: the root names an online (snapshot/timestamp) key whose private key the server's key provider lacks. */
  'ONLINE_KEY_UNAVAILABLE',
  'OVERLOADED',
  /** The database cannot take the write (or the read) now: nothing was stored; retry after `Retry-After` (D6). */
  'STORAGE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every error answer. `errors` lists each bad field at once when validation failed. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  errors?: FieldError[];
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `appliesTo.firmware` or `migrations.2.key`. */
  path: string;
  message: string;
}

export function isDeviceErrorCode(value: unknown): value is DeviceErrorCode {
  return typeof value === 'string' && (DEVICE_ERROR_CODES as readonly string[]).includes(value);
}
