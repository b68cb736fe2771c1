import type { Socket } from 'node:net';
import type { ApiErrorCode } from '@app/protocol';

const ANSWERS: Record<string, { status: number; reason: string; code: ApiErrorCode; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'REQUEST_TIMEOUT', message: 'the request did not arrive in time; send it again' },
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', code: 'PAYLOAD_TOO_LARGE', message: 'the request headers are too large' },
};
const MALFORMED = { status: 400, reason: 'Bad Request', code: 'VALIDATION_FAILED' as ApiErrorCode, message: 'the request is not well-formed HTTP' };

/**
 * Answers what Node refuses before any route runs (its headers and request timeouts, unparsable HTTP) with our
 * `{ code, message }` body, as Fastify's default handler does with its own shape; then closes the connection.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const a = (err.code && ANSWERS[err.code]) || MALFORMED;
  const body = JSON.stringify({ code: a.code, message: a.message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${a.status} ${a.reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
