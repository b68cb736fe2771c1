import { z } from 'zod';
import { ADMIN_ROLES } from '../../http/admin-route';

/** An admin token as answers show it: never its secret nor the secret's hash (D5). */
export const adminTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(ADMIN_ROLES),
  createdBy: z.string().nullable().meta({ description: 'the token that created it; null for the bootstrap token' }),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
  revokedAt: z.string().nullable().meta({ description: 'ISO 8601 time; null while the token works' }),
});
export type AdminTokenDto = z.infer<typeof adminTokenSchema>;

/** POST /admin/v1/tokens' answer: the only time the secret is shown. */
export const createdAdminTokenSchema = adminTokenSchema.extend({ token: z.string().meta({ description: 'the bearer secret; store it now' }) });
export type CreatedAdminTokenDto = z.infer<typeof createdAdminTokenSchema>;
