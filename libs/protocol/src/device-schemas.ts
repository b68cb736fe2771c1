/**
 * The device API's wire contract as zod schemas (D4, D5): the server validates requests with them, the agent
 * parses the server's answers with them, and the OpenAPI document (and the poll's compiled serializer) is
 * derived from them. The TypeScript shapes are in device-api.ts; each schema is checked against its type.
 */
import { z } from 'zod';
import type { NonceResponse, SessionResponse, StatusAck, UpdateResponse } from './device-api';
import { DEVICE_ROLLOUT_STATUSES, SERVER_STATUSES, STATUS_MESSAGE_MAX, STATUSES_WITH_VERIFIED_TARGET, UPDATE_ACTIONS } from './device-api';
import { DEVICE_ERROR_CODES } from './errors';
import { KEY_OUTCOME_RESULTS, MIGRATION_OPS } from './outcomes';
import { textField } from './text-field';

const label = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only');
const semverLike = z
  .string()
  .min(1)
  .max(64)
  .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/, 'must be a semantic version like 5.8.0');

/** POST /device/v1/session. Strict: a device that sends more (an IMEI, say) is refused, not silently trimmed. */
export const sessionRequestSchema = z.strictObject({
  certificateChain: z
    .array(
      z
        .string()
        .min(1)
        .max(16 * 1024),
    )
    .min(1)
    .max(4),
  nonce: z.string().min(1).max(512),
  signature: z.string().min(1).max(2048),
  // Lengths of the server's device columns: a longer value would not fit (PostgreSQL refuses it).
  model: label(64),
  firmwareVersion: semverLike,
  channel: label(32),
  region: label(32),
});

/** GET /device/v1/update's query string. */
export const pollQuerySchema = z.strictObject({ firmwareVersion: semverLike.optional() });

const outcome = z.strictObject({
  key: textField(200).min(1),
  op: z.enum(MIGRATION_OPS),
  result: z.enum(KEY_OUTCOME_RESULTS),
  reason: textField(500).optional(),
});

/** The target the device verified (D4: a report is bound to its offer); its hash once TUF has verified it. */
const reportedTarget = z.strictObject({
  path: textField(255).min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits')
    .optional(),
});

/** POST /device/v1/status: a failure names its code; outcomes come with success only. */
export const statusReportSchema = z
  .strictObject({
    rolloutId: z.uuid(),
    status: z.enum(DEVICE_ROLLOUT_STATUSES).exclude([...SERVER_STATUSES] as ['offered', 'timed-out']),
    target: reportedTarget,
    code: z.enum(DEVICE_ERROR_CODES).optional(),
    outcomes: z.array(outcome).max(500).optional(),
    message: textField(STATUS_MESSAGE_MAX)
      .optional()
      .meta({ description: "a short fixed text from the agent's own code for people (why it failed); never an identifier (D5)" }),
  })
  .superRefine((r, ctx) => {
    if ((r.status === 'failed' || r.status === 'rolled-back') && !r.code)
      ctx.addIssue({ code: 'custom', path: ['code'], message: `a "${r.status}" report needs a code` });
    if (r.outcomes && r.status !== 'succeeded') ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'outcomes come with a "succeeded" report only' });
    if (STATUSES_WITH_VERIFIED_TARGET.includes(r.status) && !r.target.sha256) {
      ctx.addIssue({ code: 'custom', path: ['target', 'sha256'], message: `a "${r.status}" report names the SHA-256 of the target the device verified` });
    }
  });

/** GET /device/v1/nonce's answer. */
export const nonceResponseSchema: z.ZodType<NonceResponse> = z.object({ nonce: z.string().min(1), expiresAt: z.string() });

/** POST /device/v1/session's answer. */
export const sessionResponseSchema: z.ZodType<SessionResponse> = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  deviceId: z.string().regex(/^[0-9a-f]{64}$/),
});

/** GET /device/v1/update's answer (the poll). */
export const updateResponseSchema: z.ZodType<UpdateResponse> = z
  .object({
    action: z.enum(UPDATE_ACTIONS),
    rolloutId: z.string().min(1).optional(),
    releaseId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "with install and cancel: the release the rollout ships, as the signed target's custom.releaseId names it" }),
    target: z.object({ path: z.string().min(1), stream: z.string().min(1), releaseCounter: z.number().int().min(1) }).optional(),
    pollAfterSeconds: z.number().int().nonnegative(),
  })
  .refine((r) => r.action === 'none' || r.rolloutId !== undefined, { message: 'install and cancel name a rolloutId', path: ['rolloutId'] })
  // D4: every report names the offer's target, a `cancelled` one included.
  .refine((r) => r.action === 'none' || r.target !== undefined, { message: 'install and cancel name a target', path: ['target'] });

/** POST /device/v1/status's answer. */
export const statusAckSchema: z.ZodType<StatusAck> = z.object({
  accepted: z.boolean(),
  duplicate: z.boolean().meta({ description: 'the same report had been stored before (idempotent replay)' }),
});
