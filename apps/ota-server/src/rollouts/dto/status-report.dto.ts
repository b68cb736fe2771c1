import { z } from 'zod';
import { DEVICE_ERROR_CODES, DEVICE_ROLLOUT_STATUSES, KEY_OUTCOME_RESULTS, MIGRATION_OPS } from '@app/protocol';
import { textField } from '../../http/text-field';

const outcome = z.strictObject({
  key: textField(200).min(1),
  op: z.enum(MIGRATION_OPS),
  result: z.enum(KEY_OUTCOME_RESULTS),
  reason: textField(500).optional(),
});

/** POST /device/v1/status: a failure names its code; outcomes come with success only. */
export const statusReportSchema = z
  .strictObject({
    rolloutId: z.uuid(),
    status: z.enum(DEVICE_ROLLOUT_STATUSES).exclude(['offered']),
    code: z.enum(DEVICE_ERROR_CODES).optional(),
    outcomes: z.array(outcome).max(500).optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.status === 'failed' || r.status === 'rolled-back') && !r.code) ctx.addIssue({ code: 'custom', path: ['code'], message: `a "${r.status}" report needs a code` });
    if (r.outcomes && r.status !== 'succeeded') ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'outcomes come with a "succeeded" report only' });
  });
