import { z } from 'zod';
import { textField } from '@app/protocol';
import { ADMIN_ROLES } from '../../http/admin-route';
import { adminTokenSchema, createdAdminTokenSchema } from './admin-token.dto';

/** Names the audit log uses for what no person did; a user may not take them. */
export const RESERVED_USER_NAMES = ['system', 'engine', 'server'] as const;

/** POST /admin/v1/users: a person's name (unique, never changed: the audit log names them by it) and roles. */
export const createUserSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._@-]{0,99}$/, 'a user name is 1-100 of a-z, 0-9 and . _ @ -, starting with a letter or digit')
    .refine((n) => !(RESERVED_USER_NAMES as readonly string[]).includes(n), 'this name is reserved'),
  roles: z.array(z.enum(ADMIN_ROLES)).min(1).max(ADMIN_ROLES.length),
});
export type CreateUserDto = z.infer<typeof createUserSchema>;

/** POST /admin/v1/me/tokens: a token of one's own; it expires after at most ADMIN_TOKEN_TTL_DAYS. */
export const createTokenSchema = z.strictObject({
  name: textField(200).min(1),
  expiresInDays: z.int().min(1).max(3650).optional().meta({ description: 'default and maximum: ADMIN_TOKEN_TTL_DAYS (90)' }),
});
export type CreateTokenDto = z.infer<typeof createTokenSchema>;

export const adminUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  roles: z.array(z.enum(ADMIN_ROLES)),
  createdBy: z.string().nullable().meta({ description: 'the admin who created the user; null for the bootstrap admin' }),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
  disabledAt: z.string().nullable().meta({ description: "ISO 8601 time; a disabled user's tokens stop working" }),
});
export type AdminUserDto = z.infer<typeof adminUserSchema>;

/** A new user, or a re-enrolled one: the one-time token they use to make their own token. */
export const enrolledUserSchema = z.object({
  user: adminUserSchema,
  enrollmentToken: createdAdminTokenSchema.meta({ description: 'hand it to the user; it makes one token of their own, then stops working' }),
});
export type EnrolledUserDto = z.infer<typeof enrolledUserSchema>;

export const meSchema = z.object({ user: adminUserSchema, token: adminTokenSchema });
export type MeDto = z.infer<typeof meSchema>;
