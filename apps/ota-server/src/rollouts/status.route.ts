import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as http from 'node:http';
import { statusAckSchema, statusReportSchema, type ApiErrorBody, type StatusAck } from '@app/protocol';
import { isStorageUnavailable } from '../database/storage-errors';
import { DeviceSessionService } from '../devices/device-session.service';
import { ApiError, validationFailed } from '../http/api-error';
import { DEVICE_BODY_LIMITS } from '../http/body-limits';
import { toErrorBody } from '../http/error.filter';
import type { FastLane } from '../http/fast-lane';
import { parseJsonBody } from '../http/json-body';
import { openApiSchemaOf } from '../http/openapi';
import { zodFieldErrors } from '../http/zod-body.pipe';
import { MetricsService } from '../metrics/metrics.service';
import { StatusReportsService } from './status-reports.service';

export const STATUS_PATH = '/device/v1/status';
const BODY_LIMIT = DEVICE_BODY_LIMITS[`POST ${STATUS_PATH}`];

/** The answer's JSON schema, from the wire contract (Fastify's serializer, OpenAPI). */
export const statusAckJsonSchema = openApiSchemaOf(statusAckSchema, 'output');

type Answer = { status: 200; body: StatusAck } | { status: number; body: ApiErrorBody };

/**
 * POST /device/v1/status, the fleet's write path (D4, D6). Like the poll it has two entrances sharing one
 * definition (`answer`): the fast lane takes an ordinary report (JSON body with a Content-Length within the
 * limit, a valid session token) straight from Node's HTTP server, and the plain Fastify route takes the rest
 * (no or a bad token, chunked or odd bodies, a closing server). Measured on the bench's report load, Nest's
 * pipeline (guard, pipe, interceptors) and then Fastify's (routing, hooks, a content-type parser that binds an
 * AsyncResource per body) cost more main-thread time than the report's own work; every report waits for its
 * group commit anyway. Rules and order are a controller's: the session token (401), the body (400, every bad
 * field at once), then the report itself.
 */
export function registerStatusRoute(app: NestFastifyApplication, lane: FastLane): void {
  const sessions = app.get(DeviceSessionService);
  const reports = app.get(StatusReportsService);
  const metrics = app.get(MetricsService);
  const logger = new Logger('http');

  const answer = async (authorization: string | undefined, body: unknown): Promise<Answer> => {
    let status = 'invalid';
    try {
      const device = authorization !== undefined && authorization.startsWith('Bearer ') ? sessions.claimsOf(authorization.slice(7)) : undefined;
      if (!device) throw new ApiError(401, 'UNAUTHENTICATED', 'missing, invalid or expired device session token; open a session at POST /device/v1/session');
      const parsed = statusReportSchema.safeParse(body);
      if (!parsed.success) throw validationFailed(zodFieldErrors(parsed.error.issues), 'request body is invalid');
      status = parsed.data.status;
      const ack = await reports.report(device, parsed.data);
      metrics.statusReports.inc({ status, result: ack.duplicate ? 'duplicate' : 'accepted' });
      return { status: 200, body: ack };
    } catch (err) {
      metrics.statusReports.inc({ status, result: err instanceof ApiError ? err.code : isStorageUnavailable(err) ? 'STORAGE_UNAVAILABLE' : 'error' });
      const error = toErrorBody(err);
      if (error.status === 500) logger.error({ err: (err as Error)?.message, stack: (err as Error)?.stack }, 'unhandled error');
      return error;
    }
  };

  const handler = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const a = await answer(req.headers.authorization, req.body);
    if (a.status === 503) void reply.header('retry-after', '5');
    return reply.status(a.status).send(a.body);
  };
  app
    .getHttpAdapter()
    .getInstance()
    .route({ method: 'POST', url: STATUS_PATH, schema: { response: { 200: statusAckJsonSchema } }, handler });

  lane.use((req, res) => {
    if (req.method !== 'POST' || req.url !== STATUS_PATH || !plainJsonBody(req)) return false;
    const authorization = req.headers.authorization;
    if (authorization === undefined || !authorization.startsWith('Bearer ') || !sessions.claimsOf(authorization.slice(7))) return false;
    // Taken: from here the lane owns the request (its body is read here); the gate counts it in flight and cuts
    // a body that does not arrive in time (http/overload.ts).
    lane.track(req, res);
    const started = performance.now();
    readBody(req, (text) => {
      let body: unknown;
      try {
        body = parseJsonBody(text);
      } catch (err) {
        return send(res, toErrorBody(err), started);
      }
      void answer(authorization, body).then((a) => send(res, a, started));
    });
    return true;
  });

  function send(res: http.ServerResponse, a: Answer, started: number): void {
    if (res.writableEnded || res.destroyed) return;
    const json = JSON.stringify(a.body);
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) };
    if (a.status === 503) headers['retry-after'] = '5';
    res.writeHead(a.status, headers);
    res.end(json);
    metrics.observeLatency(STATUS_PATH, a.status, (performance.now() - started) / 1000);
  }
}

/** A JSON body of known length within the route's limit: what the lane reads itself (the rest goes to Fastify). */
function plainJsonBody(req: http.IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  if (req.headers['transfer-encoding'] !== undefined) return false;
  const length = Number(req.headers['content-length']);
  return Number.isSafeInteger(length) && length > 0 && length <= BODY_LIMIT;
}

function readBody(req: http.IncomingMessage, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => done(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
}
