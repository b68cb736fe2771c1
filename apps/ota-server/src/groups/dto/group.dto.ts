import { z } from 'zod';

/** D5 device ids: the 64-hex fingerprint of the device's key (devices/device-key.ts). */
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a device id is 64 lowercase hex digits');
/** Group names and tags are labels: they appear in audiences, URLs and CLI arguments. */
export const labelSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a label is 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit');
const deviceIds = z.array(deviceIdSchema).min(1).max(10_000);

export const createGroupSchema = z.strictObject({ name: labelSchema, deviceIds: z.array(deviceIdSchema).max(10_000).default([]) });
export const groupDevicesSchema = z.strictObject({ deviceIds });

export const groupSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  size: z.number().int().meta({ description: 'device ids listed' }),
  registered: z.number().int().meta({ description: 'listed ids whose device has registered (a device may register later)' }),
});
export const groupListSchema = z.object({ groups: z.array(groupSchema) });
export const groupDetailSchema = groupSchema.extend({
  deviceIds: z.array(z.string()).meta({ description: 'one page of the listed ids, in id order' }),
  offset: z.number().int(),
  limit: z.number().int(),
});

const tagList = z.array(labelSchema).max(100).default([]);
export const deviceTagsSchema = z.strictObject({ add: tagList, remove: tagList });
export const bulkDeviceTagsSchema = deviceTagsSchema.extend({ deviceIds });
export const deviceTagsResultSchema = z.object({
  deviceId: z.string(),
  tags: z.array(z.string()).meta({ description: "the device's tags after the change" }),
  registered: z.boolean(),
});
export const bulkTagsResultSchema = z.object({ devices: z.number().int(), registered: z.number().int().meta({ description: 'of them registered' }) });

export type CreateGroupDto = z.infer<typeof createGroupSchema>;
export type GroupDevicesDto = z.infer<typeof groupDevicesSchema>;
export type GroupDto = z.infer<typeof groupSchema>;
export type GroupListDto = z.infer<typeof groupListSchema>;
export type GroupDetailDto = z.infer<typeof groupDetailSchema>;
export type DeviceTagsDto = z.infer<typeof deviceTagsSchema>;
export type BulkDeviceTagsDto = z.infer<typeof bulkDeviceTagsSchema>;
export type DeviceTagsResultDto = z.infer<typeof deviceTagsResultSchema>;
export type BulkTagsResultDto = z.infer<typeof bulkTagsResultSchema>;
