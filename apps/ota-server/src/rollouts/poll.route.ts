import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPDATE_ACTIONS, type UpdateResponse } from '@app/protocol';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { DeviceSessionService } from '../devices/device-session.service';
import { pollQuerySchema } from '../devices/dto/session.dto';
import { ApiError, validationFailed } from '../http/api-error';
import { toErrorBody } from '../http/error.filter';
import { zodFieldErrors } from '../http/zod-body.pipe';
import { MetricsService } from '../metrics/metrics.service';
import { UpdateDecisionService } from './update-decision.service';

export const POLL_PATH = '/device/v1/update';

/** The answer's JSON schema: Fastify compiles a serializer from it (fast-json-stringify) and OpenAPI shows it. */
export const updateResponseSchema = {
  type: 'object',
  required: ['action', 'pollAfterSeconds'],
  properties: {
    action: { type: 'string', enum: [...UPDATE_ACTIONS] },
    rolloutId: { type: 'string' },
    target: {
      type: 'object',
      required: ['path', 'stream', 'releaseCounter'],
      properties: { path: { type: 'string' }, stream: { type: 'string' }, releaseCounter: { type: 'integer' } },
    },
    pollAfterSeconds: { type: 'integer' },
  },
} as const;

/**
 * GET /device/v1/update, the hot path (D6), as a plain Fastify route: the whole fleet polls it, mostly to hear
 * "none", so it skips Nest's per-request pipeline (guards, pipes, interceptors) and does only what the answer
 * needs: verify the MACed session token, validate the query, buffer the check-in, decide from memory. The same
 * services back it as the rest of the device API; errors answer with the same `{ code, message }` bodies.
 */
export function registerPollRoute(app: NestFastifyApplication): void {
  const sessions = app.get(DeviceSessionService);
  const registry = app.get(DeviceRegistryService);
  const decisions = app.get(UpdateDecisionService);
  const metrics = app.get(MetricsService);
  const pollCounters = Object.fromEntries(UPDATE_ACTIONS.map((action) => [action, metrics.polls.labels({ action })]));

  const handler = (req: FastifyRequest, reply: FastifyReply): UpdateResponse | FastifyReply => {
    try {
      const header = req.headers.authorization;
      const session = header?.startsWith('Bearer ') ? sessions.claimsOf(header.slice(7)) : undefined;
      if (!session) throw new ApiError(401, 'UNAUTHENTICATED', 'missing, invalid or expired device session token; open a session at POST /device/v1/session');
      const query = pollQuerySchema.safeParse(req.query);
      if (!query.success) throw validationFailed(zodFieldErrors(query.error.issues, '(query)'), 'query string is invalid');
      // The device's firmware may have changed since its session opened (it just installed an update).
      const firmwareVersion = query.data.firmwareVersion;
      const device = firmwareVersion ? { ...session, firmwareVersion } : session;
      registry.checkin(device);
      const answer = decisions.decide(device);
      pollCounters[answer.action].inc();
      return answer;
    } catch (err) {
      const { status, body } = toErrorBody(err);
      return reply.status(status).send(body);
    }
  };

  app
    .getHttpAdapter()
    .getInstance()
    .route({ method: 'GET', url: POLL_PATH, schema: { response: { 200: updateResponseSchema } }, handler });
}
