import { z } from 'zod';

const databaseSchema = z.object({
  reachable: z.boolean(),
  ok: z.boolean().meta({ description: 'reachable and takes writes' }),
  error: z.string().optional().meta({ description: 'why it is not reachable' }),
  failingSince: z.string().optional().meta({ description: 'since when writes fail (ISO 8601), while they do' }),
  lastError: z.string().optional(),
});

const EXPIRING_ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;

const roleFreshness = z.object({
  version: z.int().min(1),
  expires: z.string().meta({ description: 'ISO 8601 time' }),
  expiresInSeconds: z.int().meta({ description: 'computed when asked; negative once expired' }),
  warnBeforeSeconds: z.int().min(0).meta({ description: 'how long before expiry a warning is raised (D7)' }),
  state: z.enum(['ok', 'warning', 'expired']),
});

/** The TUF metadata devices would fetch, how long each role has left, and what an operator must do (D3, D7). */
const tufSchema = z.object({
  ok: z.boolean().meta({ description: 'every role (root, targets, snapshot, timestamp) unexpired' }),
  timestamp: roleFreshness,
  snapshot: roleFreshness,
  targets: roleFreshness,
  root: roleFreshness,
  warnings: z.array(
    z.object({
      role: z.enum(EXPIRING_ROLES),
      state: z.enum(['warning', 'expired']),
      expires: z.string(),
      expiresInSeconds: z.int(),
      action: z.string().meta({ description: 'who has to act, and how' }),
    }),
  ),
  installs: z.object({
    withheld: z.boolean().meta({ description: 'installs are answered `none` because devices would refuse the metadata' }),
    reason: z.string().optional(),
  }),
});

/** GET /health's answer (200 when ok, 503 when degraded). */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: databaseSchema,
  tuf: tufSchema,
  targetsBaseUrl: z
    .string()
    .optional()
    .meta({ description: 'TARGETS_BASE_URL: the mirror or CDN serving target files (D8; untrusted, TUF verifies them); absent: this server /tuf/targets' }),
});
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
  degraded: z.boolean().meta({ description: 'ready, but a TUF role is in its warning period or installs are withheld (D7)' }),
  serving: z.object({
    ok: z.boolean(),
    reason: z.enum(['draining', 'shedding']).optional(),
    detail: z.string().optional(),
  }),
});
export type ReadinessDto = z.infer<typeof readinessSchema>;
