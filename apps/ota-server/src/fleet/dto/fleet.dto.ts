import { z } from 'zod';
import { DEVICE_ROLLOUT_STATUSES } from '@app/protocol';
import { stageCountsSchema } from '../../rollouts/dto/rollout-view.dto';

const STATUSES = DEVICE_ROLLOUT_STATUSES.join(', ');
const nextCursor = z.string().nullable().meta({ description: 'pass as `cursor` for the next page; null on the last page' });
const time = z.string().meta({ description: 'ISO 8601 time' });

/** `?status=failed&status=rolled-back` or `?status=failed,rolled-back`: each a device status (D4). */
export const statusFilterSchema = z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','))),
  z
    .array(z.enum(DEVICE_ROLLOUT_STATUSES, { error: (i) => `unknown status ${JSON.stringify(i.input)}; expected one of: ${STATUSES}` }))
    .min(1)
    .max(DEVICE_ROLLOUT_STATUSES.length)
    .optional(),
);

/** One device of a rollout (D9: "failed devices with their codes and messages"). */
export const rolloutDeviceSchema = z.object({
  deviceId: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(DEVICE_ROLLOUT_STATUSES),
  code: z.string().nullable().meta({ description: 'the device error code of a failure, e.g. BOOT_FAILED' }),
  message: z.string().nullable().meta({ description: "the agent's short fixed text with its last report (never an identifier)" }),
  stageIndex: z.int().min(0).optional().meta({ description: 'the stage at which the device was offered the release' }),
  updatedAt: time,
});

export const rolloutDevicePageSchema = z.object({ items: z.array(rolloutDeviceSchema), nextCursor });
export type RolloutDevicePageDto = z.infer<typeof rolloutDevicePageSchema>;

/** One status transition of a device. */
export const deviceEventSchema = z.object({
  at: time,
  rolloutId: z.uuid(),
  status: z.enum(DEVICE_ROLLOUT_STATUSES),
  code: z.string().nullable(),
  message: z.string().nullable().meta({ description: "the agent's short fixed text (at most 200 characters, never an identifier)" }),
});

export const deviceEventPageSchema = z.object({
  items: z.array(deviceEventSchema).meta({ description: 'oldest first; a device keeps its last 50 or so transitions' }),
  nextCursor,
});
export type DeviceEventPageDto = z.infer<typeof deviceEventPageSchema>;

/** Counts over time (D9: progress plotted), oldest first. */
export const rolloutHistorySchema = z.object({
  points: z
    .array(
      z.object({
        at: time,
        stageIndex: z.int().min(0),
        state: z.string().meta({ description: 'the rollout state at that time' }),
        counts: stageCountsSchema.meta({ description: 'devices by status over all stages' }),
      }),
    )
    .meta({ description: 'a point per engine tick that changed something and per transition; the last 1000' }),
});
export type RolloutHistoryDto = z.infer<typeof rolloutHistorySchema>;

/** What a plan would reach if started now (D4: computed from the registered devices). */
export const rolloutPreviewSchema = z.object({
  audienceSize: z.int().min(0).meta({ description: 'registered devices in the audience' }),
  stages: z.array(
    z.object({
      percent: z.number(),
      expectedDevices: z
        .int()
        .min(0)
        .meta({ description: "registered audience devices this stage's cohort adds (with a fresh salt: the rollout's own salt splits slightly differently)" }),
    }),
  ),
  warnings: z.array(z.string()),
});
export type RolloutPreviewDto = z.infer<typeof rolloutPreviewSchema>;
