import type { ApiErrorCode, FieldError } from '@app/protocol';

/** The one error type services throw; the exception filter turns it into `{ code, message, errors? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what} not found`);
export const invalidState = (message: string) => new ApiError(409, 'INVALID_STATE', message);
export const validationFailed = (errors: FieldError[], message = 'request body is invalid') => new ApiError(400, 'VALIDATION_FAILED', message, errors);
