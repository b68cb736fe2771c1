import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastLane } from './fast-lane';
import { answerClientError } from './client-errors';
import { fastifyApiError, toErrorBody } from './error.filter';
import { jsonBodyParser } from './json-body';
import { streamBodyParser } from './stream-body';

type ErrorHandler = Parameters<FastifyAdapter['setErrorHandler']>[0];

/**
 * The Fastify adapter with one error path and one body format.
 *
 * Fastify raises some errors before a route runs: body parsing and size limits reach the error handler Nest
 * installs (which would turn them into bare HttpExceptions and lose their codes), bad URLs and over-long path
 * parameters reach `frameworkErrors` (which bypasses every handler). Both are translated to `ApiError` here, so
 * `ErrorFilter` answers them with the same stable codes as everything else, and nobody overrides Nest's handler.
 *
 * Bodies are JSON only, read by our parser (json-body.ts: Fastify's `bodyLimit` and prototype-key refusal, plus a
 * nesting limit and no duplicate keys) in place of Fastify's. Nest would add a form-urlencoded parser and Fastify
 * has a text/plain one: either would let a body that is not JSON (a plain HTML form, say) reach a route, so both
 * are left out and such a body answers 415. The one exception: `application/octet-stream` on the routes listed in
 * STREAM_BODY_ROUTES (firmware images) is handed to the route unread, under a limit of its own.
 */
export class OtaFastifyAdapter extends FastifyAdapter {
  constructor(options: { bodyLimit: number; serverFactory?: FastLane['serverFactory']; headersTimeoutMs: number; requestTimeoutMs: number }) {
    super({
      bodyLimit: options.bodyLimit,
      serverFactory: options.serverFactory,
      // No Nest middleware is used: without @fastify/middie one global hook less runs on every request.
      skipMiddie: true,
      logger: false,
      return503OnClosing: true,
      // Devices poll once an hour: a long keep-alive only holds sockets open. Fastify's 72 s default also held a
      // shutdown that long when a request was in flight at close (its socket became idle after the idle sweep).
      keepAliveTimeout: 5_000,
      // D6: a connection cannot hold the server. Node closes one whose headers (HEADERS_TIMEOUT_MS) or whole
      // request (REQUEST_TIMEOUT_MS; Fastify's default 0 turned Node's off) have not arrived in time, checking
      // every second rather than Node's 30 s, so a slowloris is gone a second after its deadline. Device bodies
      // have a shorter deadline of their own (DEVICE_BODY_TIMEOUT_MS, overload.ts).
      requestTimeout: options.requestTimeoutMs,
      http: { headersTimeout: options.headersTimeoutMs, requestTimeout: options.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
      clientErrorHandler: answerClientError,
      frameworkErrors: (err: FastifyError, _req: FastifyRequest, reply: FastifyReply) => {
        const { status, body } = toErrorBody(err);
        void reply.status(status).send(body);
      },
    });
    const fastify = this.getInstance();
    fastify.removeContentTypeParser(['application/json', 'text/plain']);
    // Read as text, under the route's bodyLimit or else the instance's (Fastify's default for a parser added without one).
    fastify.addContentTypeParser('application/json', { parseAs: 'string' }, jsonBodyParser);
    // D8 image uploads: the body reaches the route as a stream (stream-body.ts), on the routes that read one only.
    fastify.addContentTypeParser('application/octet-stream', streamBodyParser);
  }

  /** Keeps our JSON parser as the only one (see above). */
  override registerParserMiddleware(): void {}

  override setErrorHandler(handler: ErrorHandler) {
    return super.setErrorHandler(function (this: FastifyInstance, err, req, reply) {
      return handler.call(this, (fastifyApiError(err) as unknown as FastifyError | undefined) ?? err, req, reply);
    } as ErrorHandler);
  }
}
