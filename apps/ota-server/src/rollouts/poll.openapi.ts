import type { OpenAPIObject } from '@nestjs/swagger';
import { API_ERROR_CODES, statusReportSchema } from '@app/protocol';
import { openApiSchemaOf } from '../http/openapi';
import { POLL_PATH, updateResponseJsonSchema } from './poll.route';
import { STATUS_PATH, statusAckJsonSchema } from './status.route';

const errorBody = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string', enum: [...API_ERROR_CODES] }, message: { type: 'string' } },
};

const json = (schema: object) => ({ 'application/json': { schema } });
const statusRequestSchema = openApiSchemaOf(statusReportSchema);
const error = (description: string) => ({ description, content: json(errorBody) });

/** The poll and the status report are plain Fastify routes (poll.route.ts, status.route.ts): their OpenAPI entries are written here. */
export function withDeviceRoutes(doc: OpenAPIObject): OpenAPIObject {
  doc.paths[STATUS_PATH] = {
    post: {
      operationId: 'reportStatus',
      tags: ['device'],
      summary: 'Report progress in a rollout: bound to its offer, idempotent, in order, for this device only; answered once committed',
      description:
        'The report names the TUF target path of the manifest and, from `installing` on, the SHA-256 the device verified; the server accepts it only for the rollout that ships that release (D4). A 2xx means the report is committed (D6); a 503 means nothing was stored.',
      security: [{ device: [] }],
      requestBody: { required: true, content: json(statusRequestSchema) },
      responses: {
        200: { description: 'stored (or stored before: duplicate)', content: json(statusAckJsonSchema) },
        400: error('VALIDATION_FAILED (every bad field in `errors`), MALFORMED_JSON, BODY_TOO_DEEP, DUPLICATE_KEY'),
        401: error('UNAUTHENTICATED: missing, invalid or expired session token'),
        404: error('NOT_FOUND: no such rollout, or never offered to this device'),
        408: error('REQUEST_TIMEOUT: the body did not arrive within DEVICE_BODY_TIMEOUT_MS'),
        409: error('OUT_OF_ORDER (a status cannot follow the stored one), REPORT_MISMATCH (another target than the rollout ships)'),
        413: error('PAYLOAD_TOO_LARGE'),
        503: error('OVERLOADED or STORAGE_UNAVAILABLE: nothing was stored; retry after `Retry-After`'),
      },
    },
  };
  doc.paths[POLL_PATH] = {
    get: {
      operationId: 'pollForUpdate',
      tags: ['device'],
      summary: 'Poll for an update: none, install (a release and its TUF target path) or cancel; honour pollAfterSeconds',
      description:
        "An install (and a cancel) names the rollout, the release it ships and the manifest's TUF target. The signed targets metadata lists the same release id in the target's `custom.releaseId`: a device refuses an answer where they differ (OFFER_MISMATCH), and reports the target path and the SHA-256 it verified with every status (D4).",
      security: [{ device: [] }],
      parameters: [
        {
          name: 'firmwareVersion',
          in: 'query',
          required: false,
          description: 'the firmware running now, when it changed since the session opened',
          schema: { type: 'string' },
        },
      ],
      responses: {
        200: { description: 'what to do', content: { 'application/json': { schema: updateResponseJsonSchema as object } } },
        400: { description: 'VALIDATION_FAILED: an unknown or malformed query parameter', content: { 'application/json': { schema: errorBody } } },
        401: { description: 'UNAUTHENTICATED: missing, invalid or expired session token', content: { 'application/json': { schema: errorBody } } },
        503: { description: 'OVERLOADED: retry after the `Retry-After` header', content: { 'application/json': { schema: errorBody } } },
      },
    },
  };
  return doc;
}
