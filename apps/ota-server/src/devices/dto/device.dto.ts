import { z } from 'zod';
import { DEVICE_ERROR_CODES, DEVICE_ROLLOUT_STATUSES } from '@app/protocol';

/** What the server knows of a device (D5: its key's fingerprint and what it reports; no IMEI, no address). */
export const deviceSchema = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: "SHA-256 of the device's public key" }),
  model: z.string(),
  firmwareVersion: z.string(),
  channel: z.string(),
  region: z.string(),
  firstSeen: z.string().meta({ description: 'ISO 8601 time' }),
  lastSeen: z.string().meta({ description: 'ISO 8601 time' }),
});
export type DeviceDto = z.infer<typeof deviceSchema>;

/** GET /admin/v1/devices' answer: one page, and how many devices match in all. */
export const devicePageSchema = z.object({ total: z.int().min(0), items: z.array(deviceSchema) });
export type DevicePageDto = z.infer<typeof devicePageSchema>;

/** One device's progress in one rollout (D4). */
export const deviceRolloutSchema = z.object({
  rolloutId: z.uuid(),
  status: z.enum(DEVICE_ROLLOUT_STATUSES),
  code: z.enum(DEVICE_ERROR_CODES).nullable(),
  stageIndex: z.int().min(0).meta({ description: 'the stage at which the device was offered the release' }),
  offeredAt: z.string(),
  updatedAt: z.string(),
});

/** GET /admin/v1/devices/{id}'s answer: the device with its rollout history, oldest offer first. */
export const deviceDetailSchema = deviceSchema.extend({ rollouts: z.array(deviceRolloutSchema) });
export type DeviceDetailDto = z.infer<typeof deviceDetailSchema>;
