import { z } from 'zod';
import { TOKEN_SCOPES } from '../../http/admin-route';

/** An admin token as answers show it: never its secret nor the secret's hash (D5). */
export const adminTokenSchema = z.object({
  id: z.uuid(),
  userId: z.string().meta({ description: 'the user the token belongs to' }),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES).meta({ description: "`enroll`: a new user's one-time token that can only make their own first token" }),
  createdBy: z.string().nullable().meta({ description: 'the user who made it (the owner, or the admin who enrolled them); null at bootstrap' }),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
  expiresAt: z.string().nullable().meta({ description: 'ISO 8601 time; null only for the token configured as ADMIN_TOKEN' }),
  revokedAt: z.string().nullable().meta({ description: 'ISO 8601 time; null while the token works' }),
});
export type AdminTokenDto = z.infer<typeof adminTokenSchema>;

/** A newly made token: the only time its secret is shown. */
export const createdAdminTokenSchema = adminTokenSchema.extend({ token: z.string().meta({ description: 'the bearer secret; store it now' }) });
export type CreatedAdminTokenDto = z.infer<typeof createdAdminTokenSchema>;
