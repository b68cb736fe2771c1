import { z } from 'zod';
import { WEEKDAYS, type AudienceFilter, type HealthPolicy, type MaintenanceWindow, type Stage } from '@app/rollout';

const nonEmptyList = z.array(z.string().min(1));
const hhmm = z.string().regex(/^([01]\d|2[0-3]):([0-5]\d)$/);

export const maintenanceWindowSchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).min(1).meta({ description: 'days the window opens on (local to timeZone)' }),
    from: hhmm.meta({ description: 'local opening time HH:MM' }),
    to: hhmm.meta({ description: 'local closing time HH:MM; at or before `from` = closes the next day (22:00-04:00)' }),
    timeZone: z.string().min(1).meta({ description: 'IANA time zone, e.g. Asia/Shanghai' }),
    regions: nonEmptyList.min(1).optional().meta({ description: 'device regions this window governs; absent = every region no other window names' }),
  })
  .meta({ description: 'D8 maintenance window: devices of the stage are offered the update only inside it' }) satisfies z.ZodType<MaintenanceWindow>;

/**
 * The D4 plan types of `@app/rollout` as zod schemas: what the OpenAPI document and its generated clients say a
 * plan is. The rules themselves are the lib's validators (`validateStagePlan` and the others, which the engine
 * applies too); these shapes repeat only the bounds JSON Schema can state, and never refuse a plan the validators
 * accept (rollout-plan.dto.spec.ts holds them to that). Rules they cannot state are in the descriptions.
 */
export const stageSchema = z.strictObject({
  percent: z
    .number()
    .gt(0)
    .max(100)
    .meta({ description: 'share of the audience offered, at most 4 decimals (one bucket is 0.0001 %); strictly above the previous stage' }),
  soakSeconds: z.int().min(0).meta({ description: 'minimum time in this stage before it may advance' }),
  windows: z.array(maintenanceWindowSchema).optional().meta({ description: 'D8: when this stage may install, per region; absent or empty = any time' }),
}) satisfies z.ZodType<Stage>;

export const stagePlanSchema = z.array(stageSchema).min(1).meta({ description: 'stages in order; percents strictly increase (D4)' });

export const healthPolicySchema = z.strictObject({
  maxFailureRate: z.number().gt(0).lt(1).meta({ description: 'highest acceptable failure rate (0.05 = 5 %)' }),
  minSamples: z.int().min(1).meta({ description: 'terminal reports a stage needs before it may advance' }),
  confidence: z.number().min(0.5).max(0.9999).meta({ description: "two-sided confidence of the failure rate's Wilson interval (0.95 is usual)" }),
  allowSmallCohort: z.boolean().optional().meta({ description: 'a cohort too small for minSamples may advance once all its devices reported' }),
  inProgressTimeoutSeconds: z
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .optional()
    .meta({ description: 'an offered, downloading or installing device that does not move for this long becomes timed-out (default one day)' }),
  timedOutCountsAsFailure: z.boolean().optional().meta({ description: 'whether a timed-out device counts as a failure (default false)' }),
}) satisfies z.ZodType<HealthPolicy>;

export const audienceFilterSchema = z
  .strictObject({
    models: nonEmptyList.optional(),
    regions: nonEmptyList.optional(),
    channels: nonEmptyList.optional(),
    firmware: z.string().optional().meta({ description: 'a semver range the installed firmware satisfies, e.g. ">=14.0.0 <15.0.0"' }),
    tags: nonEmptyList.optional().meta({ description: 'the device carries all of these admin-assigned tags (POST /admin/v1/devices/{id}/tags)' }),
    groups: nonEmptyList.optional().meta({ description: 'the device is listed in one of these groups (POST /admin/v1/groups)' }),
  })
  .meta({ description: 'every criterion optional, combined with AND; an absent or empty list means any' }) satisfies z.ZodType<AudienceFilter>;

export type StageDto = z.infer<typeof stageSchema>;
export type HealthPolicyDto = z.infer<typeof healthPolicySchema>;
export type AudienceFilterDto = z.infer<typeof audienceFilterSchema>;
