import { CodedError } from '@app/protocol';

/** Every way a call to the server's device API can fail, as the agent needs to tell them apart (D4). */
export type ClientErrorCode =
  /** No answer (connection refused or reset, DNS, timeout), or the server timed the request out (408). Transient. */
  | 'NETWORK_FAILED'
  /** 503 with or without Retry-After: the server sheds load (D4). Transient. */
  | 'OVERLOADED'
  /** Any other 5xx. Transient. */
  | 'SERVER_ERROR'
  /** 401 even after a fresh session. */
  | 'UNAUTHENTICATED'
  /** Any other 4xx: `apiCode` holds the server's stable code (e.g. OUT_OF_ORDER). */
  | 'REJECTED'
  /** A 2xx whose body is not what the protocol says. */
  | 'BAD_RESPONSE'
  /**
   * An https server whose certificate does not chain to the CA pinned in the firmware or does not name the host
   * (D5 transport), or an https URL with no pin at all. Not retried as it is: the pin or the server must change.
   */
  | 'TLS_UNTRUSTED';

const TRANSIENT: readonly ClientErrorCode[] = ['NETWORK_FAILED', 'OVERLOADED', 'SERVER_ERROR'];

export interface ClientErrorOptions {
  status?: number;
  apiCode?: string;
  /** From a `Retry-After` header: the server's floor for the next attempt. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class ClientError extends CodedError<ClientErrorCode> {
  override readonly name = 'ClientError';
  readonly status?: number;
  readonly apiCode?: string;
  readonly retryAfterSeconds?: number;

  constructor(code: ClientErrorCode, message: string, options: ClientErrorOptions = {}) {
    super(code, message, { cause: options.cause });
    this.status = options.status;
    this.apiCode = options.apiCode;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Worth retrying later as it is (the agent backs off); the others need something to change first. */
  get transient(): boolean {
    return TRANSIENT.includes(this.code);
  }
}

export function isClientError(error: unknown, code?: ClientErrorCode): error is ClientError {
  return error instanceof ClientError && (code === undefined || error.code === code);
}

/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date = new Date()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** The ClientError for an HTTP answer that is not 2xx. */
export function clientErrorForStatus(status: number, body: unknown, retryAfter: string | null): ClientError {
  const apiCode = typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string' ? body.code : undefined;
  const detail = typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? `: ${body.message}` : '';
  const message = `expected a 2xx answer, got ${status}${apiCode ? ` ${apiCode}` : ''}${detail}`;
  const options = { status, apiCode, retryAfterSeconds: parseRetryAfter(retryAfter) };
  if (status === 503) return new ClientError('OVERLOADED', message, options);
  // The server cut a request whose body did not arrive in time (a slow network): send it again later.
  if (status === 408) return new ClientError('NETWORK_FAILED', message, options);
  if (status >= 500) return new ClientError('SERVER_ERROR', message, options);
  if (status === 401) return new ClientError('UNAUTHENTICATED', message, options);
  return new ClientError('REJECTED', message, options);
}
