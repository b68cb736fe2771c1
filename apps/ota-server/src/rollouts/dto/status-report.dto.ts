import { z } from 'zod';
import { DEVICE_ERROR_CODES, DEVICE_ROLLOUT_STATUSES, KEY_OUTCOME_RESULTS, MIGRATION_OPS, SERVER_STATUSES, STATUSES_WITH_VERIFIED_TARGET } from '@app/protocol';
import { textField } from '../../http/text-field';

const outcome = z.strictObject({
  key: textField(200).min(1),
  op: z.enum(MIGRATION_OPS),
  result: z.enum(KEY_OUTCOME_RESULTS),
  reason: textField(500).optional(),
});

/** The target the device verified (D4: a report is bound to its offer); its hash once TUF has verified it. */
const reportedTarget = z.strictObject({
  path: textField(255).min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits')
    .optional(),
});

/** POST /device/v1/status: a failure names its code; outcomes come with success only. */
export const statusReportSchema = z
  .strictObject({
    rolloutId: z.uuid(),
    status: z.enum(DEVICE_ROLLOUT_STATUSES).exclude([...SERVER_STATUSES] as ['offered', 'timed-out']),
    target: reportedTarget,
    code: z.enum(DEVICE_ERROR_CODES).optional(),
    outcomes: z.array(outcome).max(500).optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.status === 'failed' || r.status === 'rolled-back') && !r.code)
      ctx.addIssue({ code: 'custom', path: ['code'], message: `a "${r.status}" report needs a code` });
    if (r.outcomes && r.status !== 'succeeded') ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'outcomes come with a "succeeded" report only' });
    if (STATUSES_WITH_VERIFIED_TARGET.includes(r.status) && !r.target.sha256) {
      ctx.addIssue({ code: 'custom', path: ['target', 'sha256'], message: `a "${r.status}" report names the SHA-256 of the target the device verified` });
    }
  });
