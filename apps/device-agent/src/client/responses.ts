/** The server's answers, validated before the agent acts on them: a device trusts no field it has not checked. */
import { UPDATE_ACTIONS } from '@app/protocol';
import type { NonceResponse, SessionResponse, StatusAck, UpdateResponse } from '@app/protocol';
import { z } from 'zod';

export const nonceResponseSchema: z.ZodType<NonceResponse> = z.object({ nonce: z.string().min(1), expiresAt: z.string() });

export const sessionResponseSchema: z.ZodType<SessionResponse> = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  deviceId: z.string().regex(/^[0-9a-f]{64}$/),
});

export const updateResponseSchema: z.ZodType<UpdateResponse> = z
  .object({
    action: z.enum(UPDATE_ACTIONS),
    rolloutId: z.string().min(1).optional(),
    releaseId: z.string().min(1).optional(),
    target: z.object({ path: z.string().min(1), stream: z.string().min(1), releaseCounter: z.number().int().positive() }).optional(),
    pollAfterSeconds: z.number().finite().nonnegative(),
  })
  .refine((r) => r.action === 'none' || r.rolloutId !== undefined, { message: 'install and cancel name a rolloutId', path: ['rolloutId'] })
  // D4: every report names the offer's target, a `cancelled` one included.
  .refine((r) => r.action === 'none' || r.target !== undefined, { message: 'install and cancel name a target', path: ['target'] });

export const statusAckSchema: z.ZodType<StatusAck> = z.object({ accepted: z.boolean(), duplicate: z.boolean() });
