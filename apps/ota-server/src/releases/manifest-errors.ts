import { ManifestError, type ManifestErrorCode } from '@app/manifest';
import type { ApiErrorCode } from '@app/protocol';
import { ApiError } from '../http/api-error';

const MAP: Record<ManifestErrorCode, { status: number; code: ApiErrorCode }> = {
  MANIFEST_INVALID: { status: 400, code: 'MANIFEST_INVALID' },
  UNSAFE_TARGET_PATH: { status: 400, code: 'MANIFEST_INVALID' },
  NOT_CANONICALIZABLE: { status: 400, code: 'MANIFEST_INVALID' },
  INVALID_KEY: { status: 400, code: 'VALIDATION_FAILED' },
  UNKNOWN_SIGNING_KEY: { status: 400, code: 'UNKNOWN_SIGNING_KEY' },
  SIGNATURE_INVALID: { status: 400, code: 'SIGNATURE_INVALID' },
  THRESHOLD_NOT_MET: { status: 409, code: 'INVALID_STATE' },
  STALE_PROPOSAL: { status: 409, code: 'STALE_PROPOSAL' },
  RELEASE_COUNTER_NOT_INCREASING: { status: 409, code: 'CONFLICT' },
  TARGET_CONFLICT: { status: 409, code: 'CONFLICT' },
  REPOSITORY_INVALID: { status: 500, code: 'INTERNAL' },
};

/** Runs `fn`, turning a `ManifestError` into the API answer its code stands for. */
export async function mapManifestErrors<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ManifestError) {
      const { status, code } = MAP[err.code];
      throw new ApiError(status, code, err.message, err.errors.length ? err.errors : undefined);
    }
    throw err;
  }
}
