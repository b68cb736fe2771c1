import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pollQuerySchema, updateResponseSchema, type UpdateResponse } from '@app/protocol';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { DeviceSessionService } from '../devices/device-session.service';
import { profileKeyOf, type DeviceClaims } from '../devices/session-tokens';
import { ApiError, validationFailed } from '../http/api-error';
import type { FastLane } from '../http/fast-lane';
import { toErrorBody } from '../http/error.filter';
import { openApiSchemaOf } from '../http/openapi';
import { zodFieldErrors } from '../http/zod-body.pipe';
import { MetricsService } from '../metrics/metrics.service';
import { DeviceKey } from '../devices/device-key';
import { UpdateDecisionService } from './update-decision.service';

export const POLL_PATH = '/device/v1/update';

/** The answer's JSON schema, from the wire contract: Fastify compiles a serializer from it (fast-json-stringify) and OpenAPI shows it. */
export const updateResponseJsonSchema = openApiSchemaOf(updateResponseSchema, 'output');

/**
 * GET /device/v1/update, the hot path (D6): the whole fleet polls it, mostly to hear "none". It does only what
 * the answer needs: verify the MACed session token, validate the query, buffer the check-in, decide from memory.
 *
 * Two entrances share that work. The fast lane (see FastLane) answers an ordinary poll straight from Node's HTTP
 * server. Whatever it does not take (a missing or bad token, an unusual query string, HEAD, a closing server)
 * reaches the plain Fastify route, which skips Nest's per-request pipeline too and answers
 * errors with the same `{ code, message }` bodies as the rest of the API.
 */
export function registerPollRoute(app: NestFastifyApplication, lane: FastLane): void {
  const sessions = app.get(DeviceSessionService);
  const registry = app.get(DeviceRegistryService);
  const decisions = app.get(UpdateDecisionService);
  const metrics = app.get(MetricsService);

  // The device id parsed once per poll, for the check-in and every rollout's lookup (the handlers are synchronous).
  const key = new DeviceKey();

  /** The answer for a device; `firmwareVersion` is what the poll says it runs now (it may just have installed). */
  const answer = (session: DeviceClaims, firmwareVersion: string | undefined): UpdateResponse => {
    if (firmwareVersion && firmwareVersion !== session.firmwareVersion) {
      session.firmwareVersion = firmwareVersion;
      session.profile = profileKeyOf(session);
    }
    key.load(session.id);
    registry.checkin(session, key);
    const result = decisions.decide(session, key);
    metrics.countPoll(result.action);
    return result;
  };

  const handler = (req: FastifyRequest, reply: FastifyReply): UpdateResponse | FastifyReply => {
    try {
      const session = claimsOf(sessions, req.headers.authorization);
      if (!session) throw new ApiError(401, 'UNAUTHENTICATED', 'missing, invalid or expired device session token; open a session at POST /device/v1/session');
      const query = pollQuerySchema.safeParse(req.query);
      if (!query.success) throw validationFailed(zodFieldErrors(query.error.issues, '(query)'), 'query string is invalid');
      return answer(session, query.data.firmwareVersion);
    } catch (err) {
      const { status, body } = toErrorBody(err);
      return reply.status(status).send(body);
    }
  };

  app
    .getHttpAdapter()
    .getInstance()
    .route({ method: 'GET', url: POLL_PATH, schema: { response: { 200: updateResponseJsonSchema } }, handler });

  // An overloaded server never gets here: the gate in front of the lane sheds device requests (http/overload.ts).
  lane.use((req, res) => {
    if (req.method !== 'GET') return false;
    const firmwareVersion = plainPollQuery(req.url);
    if (firmwareVersion === undefined) return false;
    const session = claimsOf(sessions, authorizationOf(req.rawHeaders));
    if (!session) return false;
    // Not timed: the answer is synchronous (microseconds); what a poll waits for is the event loop
    // (ota_nodejs_eventloop_lag_seconds), and two clock reads cost more than the rest of the bookkeeping.
    const body = answerJson(answer(session, firmwareVersion || undefined));
    res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return true;
  });
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const QUERY_PREFIX = `${POLL_PATH}?firmwareVersion=`;
/** A version the query schema accepts that needs no URL decoding (no "+", no "%"). */
const PLAIN_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*)?$/;

/**
 * The fast lane's query check: '' for no query string, the version for exactly `?firmwareVersion=<plain
 * version>`, undefined for anything else (which goes to the Fastify route and its full validation).
 */
export function plainPollQuery(url: string | undefined): string | undefined {
  if (url === POLL_PATH) return '';
  if (url === undefined || !url.startsWith(QUERY_PREFIX) || url.length > QUERY_PREFIX.length + 64) return undefined;
  const version = url.slice(QUERY_PREFIX.length);
  return PLAIN_VERSION.test(version) ? version : undefined;
}

/** The first Authorization header, read from the raw list: `req.headers` would build an object of them all. */
function authorizationOf(raw: string[]): string | undefined {
  for (let i = 0; i < raw.length; i += 2) if (raw[i].length === 13 && raw[i].toLowerCase() === 'authorization') return raw[i + 1];
  return undefined;
}

function claimsOf(sessions: DeviceSessionService, header: string | undefined): DeviceClaims | undefined {
  return header !== undefined && header.startsWith('Bearer ') ? sessions.claimsOf(header.slice(7)) : undefined;
}

/**
 * The answer as the Fastify route's compiled serializer writes it (required properties first, then the rest in
 * schema order); fast-lane.spec.ts compares both entrances byte for byte.
 */
export function answerJson(a: UpdateResponse): string {
  const head = `{"action":${JSON.stringify(a.action)},"pollAfterSeconds":${a.pollAfterSeconds}`;
  const rollout = a.rolloutId === undefined ? '' : `,"rolloutId":${JSON.stringify(a.rolloutId)}`;
  const release = a.releaseId === undefined ? '' : `,"releaseId":${JSON.stringify(a.releaseId)}`;
  const target = a.target ? `,"target":${JSON.stringify({ path: a.target.path, stream: a.target.stream, releaseCounter: a.target.releaseCounter })}` : '';
  return `${head}${rollout}${release}${target}}`;
}
