import { z } from 'zod';

/**
 * POST /admin/v1/rollouts. Shapes are checked here; the D4 rules (increasing percents, policy ranges, semver
 * range) by `@app/rollout`'s validators, and both lists of problems are answered together.
 */
export const createRolloutSchema = z.strictObject({
  releaseId: z.uuid(),
  name: z.string().min(1).max(200).optional(),
  audience: z.unknown().optional(),
  stages: z.unknown(),
  policy: z.unknown(),
});
export type CreateRolloutDto = z.infer<typeof createRolloutSchema>;

export const DEFAULT_STAGES = [
  { percent: 1, soakSeconds: 3600 },
  { percent: 10, soakSeconds: 6 * 3600 },
  { percent: 50, soakSeconds: 24 * 3600 },
  { percent: 100, soakSeconds: 0 },
];

export const reasonSchema = z.strictObject({ reason: z.string().min(1).max(500).optional() });
