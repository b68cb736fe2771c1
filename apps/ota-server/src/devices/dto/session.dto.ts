import { z } from 'zod';

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
  // Lengths of the device columns: a longer value would not fit (PostgreSQL refuses it).
  model: label(64),
  firmwareVersion: semverLike,
  channel: label(32),
  region: label(32),
});

export const pollQuerySchema = z.strictObject({ firmwareVersion: semverLike.optional() });
