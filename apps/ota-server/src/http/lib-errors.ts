import { ManifestError, type ManifestErrorCode } from '@app/manifest';
import { PkiError, type PkiErrorCode } from '@app/pki';
import type { ApiErrorCode } from '@app/protocol';
import { RolloutError } from '@app/rollout';
import { ApiError } from './api-error';

interface Answer {
  status: number;
  code: ApiErrorCode;
}

/**
 * What each lib's error codes answer over HTTP, in one place. Several lib codes may share an API code (a
 * device is told "certificate invalid", not which check failed); where they do, the lib's code leads the
 * message so the answer and the log still say which it was.
 */
const MANIFEST: Record<ManifestErrorCode, Answer> = {
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
  ROOT_INVALID: { status: 400, code: 'ROOT_INVALID' },
  ROOT_VERSION_INVALID: { status: 409, code: 'ROOT_VERSION_INVALID' },
  PREVIOUS_ROOT_THRESHOLD_NOT_MET: { status: 400, code: 'PREVIOUS_ROOT_THRESHOLD_NOT_MET' },
  ROOT_THRESHOLD_NOT_MET: { status: 400, code: 'ROOT_THRESHOLD_NOT_MET' },
  ROOT_EXPIRED: { status: 400, code: 'ROOT_EXPIRED' },
  REPOSITORY_INVALID: { status: 500, code: 'INTERNAL' },
};

/** A device is told its certificate is invalid, not which check failed (the message names the check). */
const CERTIFICATE_INVALID: Answer = { status: 401, code: 'CERTIFICATE_INVALID' };
const pkiAnswer = (code: PkiErrorCode): Answer => (code === 'NONCE_SIGNATURE_INVALID' ? { status: 401, code: 'SIGNATURE_INVALID' } : CERTIFICATE_INVALID);

/** Every rollout lib code is a refusal of the plan or policy given. */
const INVALID_ROLLOUT: Answer = { status: 400, code: 'VALIDATION_FAILED' };

/** The API answer a lib error stands for, or undefined when `err` is not one of theirs. */
export function apiErrorOf(err: unknown): ApiError | undefined {
  if (err instanceof ManifestError) return answer(MANIFEST[err.code], err.message, err);
  if (err instanceof PkiError) return answer(pkiAnswer(err.code), `${err.code}: ${err.message}`, err);
  if (err instanceof RolloutError) return answer(INVALID_ROLLOUT, err.message, err);
  return undefined;
}

/** Runs `fn`, turning a lib's error into the API answer its code stands for; anything else passes unchanged. */
export async function mapLibErrors<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw apiErrorOf(err) ?? err;
  }
}

function answer({ status, code }: Answer, message: string, err: ManifestError | PkiError | RolloutError): ApiError {
  return new ApiError(status, code, message, err.errors.length ? [...err.errors] : undefined);
}
