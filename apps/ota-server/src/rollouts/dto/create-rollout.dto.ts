import { z } from 'zod';
import type { FieldError } from '@app/protocol';
import { validateAudience, validateHealthPolicy, validateStagePlan } from '@app/rollout';
import { textField } from '@app/protocol';
import { audienceFilterSchema, healthPolicySchema, stagePlanSchema } from './rollout-plan.dto';

/**
 * A plan field of the create body, decided by its D4 validator: the answer lists the validator's own paths and
 * messages (as it did when the service alone checked the plan), beside zod's for the other fields. The typed
 * shape runs only on what the validator passed, so it narrows the type and documents the field without a second
 * set of rules; it never refuses what the validator accepts (rollout-plan.dto.spec.ts).
 */
function checkedBy<T extends z.ZodType>(field: string, validate: (value: unknown, path: string) => FieldError[], shape: T) {
  return z.preprocess((value, ctx) => {
    for (const e of validate(value, field)) ctx.addIssue({ code: 'custom', message: e.message, path: e.path.split('.').slice(1) });
    return value;
  }, shape);
}

/** POST /admin/v1/rollouts. An absent (or null) audience is the whole fleet. */
export const createRolloutSchema = z.strictObject({
  releaseId: z.uuid(),
  name: textField(200).min(1).optional(),
  audience: checkedBy(
    'audience',
    (value, path) => validateAudience(value ?? {}, path),
    audienceFilterSchema.nullish().transform((a) => a ?? undefined),
  ).optional(),
  stages: checkedBy('stages', validateStagePlan, stagePlanSchema),
  policy: checkedBy('policy', validateHealthPolicy, healthPolicySchema),
  startAt: z.iso.datetime({ offset: true }).optional().meta({
    description: 'D8: ISO 8601 time the rollout may start; `start` before it keeps the draft scheduled and the engine starts it then',
  }),
  supersedes: z.uuid().optional().meta({
    description: 'D4: an overlapping running or paused rollout of the same stream that this one replaces; it is cancelled when this one starts',
  }),
});
export type CreateRolloutDto = z.infer<typeof createRolloutSchema>;

export const reasonSchema = z.strictObject({
  reason: textField(500).min(1).optional().meta({ description: 'required to resume a halted rollout (approver); recorded and audited' }),
  allowEmptyAudience: z
    .boolean()
    .optional()
    .meta({ description: 'start: start even when the audience matches no registered device yet (its devices register later); otherwise 409 AUDIENCE_EMPTY' }),
});

/** POST /admin/v1/rollouts/:id/clone: a new draft with the same plan; optionally named, optionally superseding. */
export const cloneRolloutSchema = z.strictObject({
  name: textField(200).min(1).optional(),
  supersedes: z.uuid().optional(),
});
export type CloneRolloutDto = z.infer<typeof cloneRolloutSchema>;
