import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../webhook-events';

/** POST /admin/v1/webhooks: where to send which events (D9). */
export const createWebhookSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .meta({ description: 'http(s) URL that receives a signed POST per event' }),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
});
export type CreateWebhookDto = z.infer<typeof createWebhookSchema>;

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
  disabledAt: z.string().nullable(),
});
export type WebhookDto = z.infer<typeof webhookSchema>;

export const createdWebhookSchema = z.object({
  subscription: webhookSchema,
  secret: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]+=*$/)
    .meta({ description: 'Standard Webhooks signing secret (whsec_ + base64 key); shown this once' }),
});
export type CreatedWebhookDto = z.infer<typeof createdWebhookSchema>;

/** One event for one subscription, with its attempts (the delivery log). */
export const webhookDeliverySchema = z.object({
  eventId: z.string().meta({ description: 'the webhook-id header: the same on every attempt' }),
  eventType: z.enum(WEBHOOK_EVENT_TYPES),
  attempts: z.int().min(0),
  lastStatusCode: z.int().nullable().meta({ description: "the receiver's last HTTP status; null when none (no answer)" }),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable().meta({ description: 'ISO 8601; null once delivered or given up' }),
  deliveredAt: z.string().nullable(),
  gaveUpAt: z.string().nullable().meta({ description: 'set after WEBHOOK_MAX_ATTEMPTS failures, or when the subscription was disabled' }),
  createdAt: z.string(),
});
export type WebhookDeliveryDto = z.infer<typeof webhookDeliverySchema>;
