import { z } from 'zod';

const databaseSchema = z.object({
  reachable: z.boolean(),
  ok: z.boolean().meta({ description: 'reachable and takes writes' }),
  error: z.string().optional().meta({ description: 'why it is not reachable' }),
  failingSince: z.string().optional().meta({ description: 'since when writes fail (ISO 8601), while they do' }),
  lastError: z.string().optional(),
});

const roleFreshness = z.object({ version: z.int().min(1), expiresInSeconds: z.int() });

/** The TUF metadata devices would fetch, and how long each role has left (D3). */
const tufSchema = z.object({
  ok: z.boolean().meta({ description: 'timestamp, snapshot and targets all unexpired' }),
  timestamp: roleFreshness,
  snapshot: roleFreshness,
  targets: roleFreshness,
  root: roleFreshness,
});

/** GET /health's answer (200 when ok, 503 when degraded). */
export const healthSchema = z.object({ status: z.enum(['ok', 'degraded']), database: databaseSchema, tuf: tufSchema });
export type HealthDto = z.infer<typeof healthSchema>;

/** GET /health/live's answer. */
export const livenessSchema = z.object({ status: z.literal('ok') });
export type LivenessDto = z.infer<typeof livenessSchema>;

/** GET /health/ready's answer (200 when ready, 503 when not), D6. */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  ready: z.boolean(),
  database: databaseSchema,
  tuf: tufSchema,
  serving: z.object({
    ok: z.boolean(),
    reason: z.enum(['draining', 'shedding']).optional(),
    detail: z.string().optional(),
  }),
});
export type ReadinessDto = z.infer<typeof readinessSchema>;
