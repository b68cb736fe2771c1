import type { OpenAPIObject } from '@nestjs/swagger';
import { API_ERROR_CODES } from '@app/protocol';
import { POLL_PATH, updateResponseSchema } from './poll.route';

const errorBody = { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: [...API_ERROR_CODES] }, message: { type: 'string' } } };

/** The poll route is a plain Fastify route (see poll.route.ts), so its OpenAPI entry is written here. */
export function withPollRoute(doc: OpenAPIObject): OpenAPIObject {
  doc.paths[POLL_PATH] = {
    get: {
      operationId: 'pollForUpdate',
      tags: ['device'],
      summary: 'Poll for an update: none, install (a release and its TUF target path) or cancel; honour pollAfterSeconds',
      description:
        "An install (and a cancel) names the rollout, the release it ships and the manifest's TUF target. The signed targets metadata lists the same release id in the target's `custom.releaseId`: a device refuses an answer where they differ (OFFER_MISMATCH), and reports the target path and the SHA-256 it verified with every status (D4).",
      security: [{ device: [] }],
      parameters: [{ name: 'firmwareVersion', in: 'query', required: false, description: 'the firmware running now, when it changed since the session opened', schema: { type: 'string' } }],
      responses: {
        200: { description: 'what to do', content: { 'application/json': { schema: updateResponseSchema as object } } },
        400: { description: 'VALIDATION_FAILED: an unknown or malformed query parameter', content: { 'application/json': { schema: errorBody } } },
        401: { description: 'UNAUTHENTICATED: missing, invalid or expired session token', content: { 'application/json': { schema: errorBody } } },
        503: { description: 'OVERLOADED: retry after the `Retry-After` header', content: { 'application/json': { schema: errorBody } } },
      },
    },
  };
  return doc;
}
