import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { ApiError } from './api-error';

/**
 * Routes whose body is a binary stream read by the route itself (D8: firmware images of up to IMAGE_MAX_BYTES,
 * written to storage as they arrive, never buffered). Fastify's bodyLimit applies only to bodies it reads, so
 * these routes enforce their own limit while streaming. Every other route answers 415 to a binary body.
 */
export const STREAM_BODY_ROUTES: ReadonlySet<string> = new Set(['PUT /admin/v1/images']);

/** Hands the unread request stream to the route as its body. */
export function streamBodyParser(req: FastifyRequest, payload: Readable, done: (err: Error | null, body?: Readable) => void): void {
  if (!STREAM_BODY_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) {
    done(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'this route reads application/json bodies only'));
    return;
  }
  done(null, payload);
}
