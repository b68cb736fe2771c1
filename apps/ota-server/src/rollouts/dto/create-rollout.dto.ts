import { z } from 'zod';
import type { FieldError } from '@app/protocol';
import { validateAudience, validateHealthPolicy, validateStagePlan } from '@app/rollout';
import { textField } from '@app/protocol';

/**
 * POST /admin/v1/rollouts. Shapes are checked here; the D4 rules (increasing percents, policy ranges, semver
 * range) by `@app/rollout`'s validators, and both lists of problems are answered together.
 */
export const createRolloutSchema = z.strictObject({
  releaseId: z.uuid(),
  name: textField(200).min(1).optional(),
  audience: z.unknown().optional(),
  stages: z.unknown(),
  policy: z.unknown(),
});
export type CreateRolloutDto = z.infer<typeof createRolloutSchema>;

/** The D4 plan rules of a create body, for answering them together with shape errors (the service checks them too). */
export function rolloutPlanErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const { audience, stages, policy } = body as Record<string, unknown>;
  return [...validateAudience(audience ?? {}), ...validateStagePlan(stages), ...validateHealthPolicy(policy)];
}

export const reasonSchema = z.strictObject({ reason: textField(500).min(1).optional() });
