/**
 * tuf-js failures as device error codes (D3). Classes decide where tuf-js keeps them; `Updater.loadSnapshot`
 * and `loadTargets` wrap the real failure into `RuntimeError("Unable to load ... error <inner>")` with no
 * `cause`, so those are classified by the inner message. A failure to reach the server is not a verdict on
 * the update: it becomes a transient `ClientError` and the agent retries later. Anything unknown is INTERNAL,
 * still reported: a verification error is never swallowed.
 */
import { CryptoError, LengthOrHashMismatchError, UnsignedMetadataError } from '@tufjs/models/dist/error';
import { BadVersionError, DownloadError, DownloadHTTPError, DownloadLengthMismatchError, ExpiredMetadataError } from 'tuf-js/dist/error';
import { types } from 'node:util';
import type { DeviceErrorCode } from '@app/protocol';
import { ClientError } from '../client/client-error';
import { UpdateRejection } from './update-rejection';

/** Inner messages of wrapped failures (tuf-js 5 / @tufjs/models 4), most specific first. */
const MESSAGE_CODES: readonly [RegExp, DeviceErrorCode][] = [
  [/was signed by \d+\/\d+ keys|failed to verify .* signature|no signature for key|no public key found|multiple signatures found/, 'SIGNATURE_INVALID'],
  [/is expired/, 'EXPIRED'],
  [/less than current version|does not match snapshot version|doesn't match timestamp|Expected version \d+, got \d+/, 'ROLLBACK'],
  [/Expected hash /, 'HASH_MISMATCH'],
  [/Expected length \d+ but got \d+|Max length reached/, 'LENGTH_MISMATCH'],
];

/** An unreachable or overloaded server inside a wrapped message (the status code is lost there). */
const TRANSIENT_MESSAGE = /Failed to download|fetch failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|TimeoutError|aborted/;

function codeOfMessage(message: string): DeviceErrorCode | undefined {
  return MESSAGE_CODES.find(([pattern]) => pattern.test(message))?.[1];
}

function codeOfClass(error: Error): DeviceErrorCode | undefined {
  if (error instanceof UnsignedMetadataError || error instanceof CryptoError) return 'SIGNATURE_INVALID';
  if (error instanceof ExpiredMetadataError) return 'EXPIRED';
  if (error instanceof BadVersionError) return 'ROLLBACK';
  if (error instanceof DownloadLengthMismatchError) return 'LENGTH_MISMATCH';
  // TUF 5.7.3: one class for both; a length that differs is told apart so dashboards can.
  if (error instanceof LengthOrHashMismatchError) return /^Expected length/.test(error.message) ? 'LENGTH_MISMATCH' : 'HASH_MISMATCH';
  return undefined;
}

function isTransientHttp(error: Error): boolean {
  return error instanceof DownloadHTTPError && (error.statusCode >= 500 || error.statusCode === 429);
}

/** The `UpdateRejection` to report for a tuf-js failure, or a transient `ClientError` to retry later. */
export function classifyTufError(error: unknown): UpdateRejection | ClientError {
  if (error instanceof UpdateRejection || error instanceof ClientError) return error;
  // Errors from Node's own fetch may come from another realm (a jest sandbox, say): test by shape, not class.
  if (!(error instanceof Error || types.isNativeError(error)))
    return new UpdateRejection('INTERNAL', `TUF update failed with a non-error: ${String(error)}`, { cause: error });
  const byClass = codeOfClass(error);
  if (byClass) return new UpdateRejection(byClass, `TUF verification failed: ${error.message}`, { cause: error });
  if (isTransientHttp(error)) {
    const status = (error as DownloadHTTPError).statusCode;
    return new ClientError(status === 503 ? 'OVERLOADED' : 'SERVER_ERROR', `TUF download answered ${status}`, { status, cause: error });
  }
  if (error instanceof DownloadError) return new UpdateRejection('DOWNLOAD_FAILED', `TUF download failed: ${error.message}`, { cause: error });
  const byMessage = codeOfMessage(error.message);
  if (byMessage) return new UpdateRejection(byMessage, `TUF verification failed: ${error.message}`, { cause: error });
  if (TRANSIENT_MESSAGE.test(`${error.name} ${error.message}`))
    return new ClientError('NETWORK_FAILED', `TUF download did not complete: ${error.message}`, { cause: error });
  return new UpdateRejection('INTERNAL', `TUF update failed: ${error.name}: ${error.message}`, { cause: error });
}
