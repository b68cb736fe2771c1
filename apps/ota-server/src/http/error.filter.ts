import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApiErrorBody, ApiErrorCode } from '@app/protocol';
import { isStorageUnavailable } from '../database/storage-errors';
import { ApiError } from './api-error';

/** Fastify's own errors (body parsing, limits, bad URLs) mapped to our stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: ApiErrorCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_BAD_URL: { status: 400, code: 'VALIDATION_FAILED' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'VALIDATION_FAILED' },
};

/** The ApiError a Fastify error stands for, or undefined when it is not one of Fastify's known codes. */
export function fastifyApiError(err: unknown): ApiError | undefined {
  const fastifyCode = (err as { code?: unknown } | null)?.code;
  const known = typeof fastifyCode === 'string' ? FASTIFY_CODES[fastifyCode] : undefined;
  return known && new ApiError(known.status, known.code, (err as Error).message);
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'OVERLOADED',
};

/** Maps every error to `{ code, message }` (STYLE.md: one filter). A 500 is a bug and is logged as one. */
export function toErrorBody(err: unknown): { status: number; body: ApiErrorBody } {
  if (err instanceof ApiError) {
    return { status: err.status, body: { code: err.code, message: err.message, ...(err.errors ? { errors: err.errors } : {}) } };
  }
  const fastifyError = fastifyApiError(err);
  if (fastifyError) return toErrorBody(fastifyError);
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    return { status, body: { code, message: status === 404 ? 'no such route' : err.message } };
  }
  // D6: a database that cannot take the request now is not a bug: nothing was stored, retry later.
  if (isStorageUnavailable(err))
    return { status: 503, body: { code: 'STORAGE_UNAVAILABLE', message: 'the database is unavailable; nothing was stored; retry after Retry-After' } };
  const status = (err as { statusCode?: number } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { code: STATUS_CODES[status] ?? 'VALIDATION_FAILED', message: (err as Error).message } };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'internal error' } };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(err: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body } = toErrorBody(err);
    // A 503 (storage, overload) is an expected condition, logged where it is detected; a 500 is a bug.
    if (status === 500) this.logger.error({ err: (err as Error)?.message, stack: (err as Error)?.stack }, 'unhandled error');
    if (status === 503) reply.header('retry-after', '5');
    void reply.status(status).send(body);
  }
}
