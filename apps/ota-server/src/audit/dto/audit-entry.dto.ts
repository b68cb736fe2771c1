import { z } from 'zod';

/** One audit entry (D5), its summary parsed. */
export const auditEntrySchema = z.object({
  seq: z.int().min(1),
  at: z.string().meta({ description: 'ISO 8601 time' }),
  actor: z.string().meta({ description: 'admin token id, or `system` for the rollout engine' }),
  action: z.string().meta({ description: 'e.g. `rollout.start`, `release.sign`, `token.revoke`' }),
  target: z.string().meta({ description: 'e.g. `rollout:<id>`' }),
  summary: z.object({ before: z.unknown(), after: z.unknown() }).meta({ description: 'what changed; null where there is no before or after' }),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'SHA-256 over the entry and prevHash' }),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

/** GET /admin/v1/audit/verify's answer. */
export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.int().min(0).meta({ description: 'entries checked and found good' }),
  brokenAt: z.int().min(1).optional().meta({ description: 'the first entry whose hash or link does not match, when ok is false' }),
  reason: z.string().optional(),
});
export type AuditVerificationDto = z.infer<typeof auditVerificationSchema>;
