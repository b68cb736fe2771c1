import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z, ZodType } from 'zod';
import { API_ERROR_CODES } from '@app/protocol';
import { MAX_BODY_DEPTH } from './json-body';

const errorSchema: SchemaObject = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', enum: [...API_ERROR_CODES] },
    message: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

const ERROR_TEXT: Record<number, string> = {
  400:
    'Invalid input: VALIDATION_FAILED (every bad field listed in `errors`), MALFORMED_JSON, ' +
    `BODY_TOO_DEEP (JSON nested more than ${MAX_BODY_DEPTH} levels), DUPLICATE_KEY (a key twice in one object); ` +
    'a submitted root (D7): ROOT_INVALID, PREVIOUS_ROOT_THRESHOLD_NOT_MET, ROOT_THRESHOLD_NOT_MET, ROOT_EXPIRED',
  401: 'UNAUTHENTICATED, TOKEN_REVOKED, TOKEN_EXPIRED or USER_DISABLED',
  403: "FORBIDDEN: the user's roles may not do this; ENROLLMENT_ONLY (an enrollment token only makes a first token); SELF_APPROVAL; NOT_KEY_OWNER, SIGNING_KEY_NOT_REGISTERED",
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT: the request did not arrive within HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS (answered before any route runs)',
  409:
    'CONFLICT, STALE_PROPOSAL, INVALID_STATE, APPROVAL_REQUIRED, OUT_OF_ORDER, REPORT_MISMATCH (a report naming another target than its rollout ships), ' +
    'ALREADY_SIGNED (one signature per person), KEY_ALREADY_REGISTERED, LAST_ADMIN, ' +
    'ROOT_VERSION_INVALID (a root that is not the current version + 1), ONLINE_KEY_UNAVAILABLE (the server lacks an online key the root names)',
  413: 'PAYLOAD_TOO_LARGE',
  431: 'PAYLOAD_TOO_LARGE: the request headers are too large (answered before any route runs)',
  503: 'OVERLOADED (shedding load) or STORAGE_UNAVAILABLE (nothing was stored): retry after the `Retry-After` header',
};

/** Documents the error answers of a route with our stable `code` body. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: ERROR_TEXT[status] ?? 'error', schema: errorSchema })));

/** Documents a zod-validated body in OpenAPI from the same schema that validates it. */
export const ApiZodBody = (schema: ZodType) => ApiBody({ schema: openApiSchemaOf(schema) });

/**
 * A zod schema as an OpenAPI 3.0 schema object (`io`: what a client sends, or what the server answers), in the
 * dialect the document declares (`nullable`, boolean `exclusiveMinimum`) and without a `$schema` key, which
 * OpenAPI does not allow there (nor Fastify's serializer needs).
 */
export function openApiSchemaOf(schema: ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const options = { io, unrepresentable: 'any', target: 'openapi-3.0', override: nullInNullableEnum } as const;
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, options) as Record<string, unknown>;
  return rest;
}

/**
 * OpenAPI 3.0.3 (Schema Object, `nullable`): other constraints keep their meaning, so a nullable enum must list
 * null itself. zod writes `{ nullable: true, enum: ['a'] }`, which refuses the null it means to allow.
 */
function nullInNullableEnum({ jsonSchema }: { jsonSchema: { nullable?: boolean; enum?: unknown[] } }): void {
  if (jsonSchema.nullable === true && jsonSchema.enum && !jsonSchema.enum.includes(null)) jsonSchema.enum.push(null);
}

/** Documents a 2xx answer from the zod schema that states it (the wire contract in @app/protocol, say). */
export const ApiZodResponse = (status: number, schema: ZodType, description: string) =>
  ApiResponse({ status, description, schema: openApiSchemaOf(schema, 'output') });

/** Documents a 2xx answer that is not JSON (Prometheus text, say) by its content type. */
export const ApiTextResponse = (status: number, contentType: string, description: string) =>
  ApiResponse({ status, description, content: { [contentType]: { schema: { type: 'string' } } } });

/**
 * Routes anyone may call (D5: a device has no credential before its session; TUF metadata and targets are
 * public by design, their signatures protect them; health and metrics are for the platform). Their operations
 * say so with `security: []`; every other operation must name its scheme, or the document is not built.
 */
const PUBLIC_PATHS = [/^\/device\/v1\/(nonce|session)$/, /^\/tuf\//, /^\/health(\/|$)/, /^\/metrics$/];

export function withDeclaredSecurity(doc: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const op of Object.values(item as Record<string, { security?: unknown[] }>)) {
      if (typeof op !== 'object' || op === null || !('responses' in op) || op.security !== undefined) continue;
      if (!PUBLIC_PATHS.some((p) => p.test(path))) throw new Error(`OpenAPI: ${path} names no security scheme and is not a public route`);
      op.security = [];
    }
  }
  return doc;
}
