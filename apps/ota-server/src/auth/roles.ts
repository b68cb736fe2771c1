import { SetMetadata } from '@nestjs/common';
import type { AdminRole } from './admin-token.entity';

export const ROLES_KEY = 'admin-roles';

/** The roles that may call a route; `admin` may call every route. */
export const Roles = (...roles: AdminRole[]) => SetMetadata(ROLES_KEY, roles);

/** What a route needs, read as "at least": viewer routes are open to every role. */
export function roleAllows(have: AdminRole, need: readonly AdminRole[]): boolean {
  if (have === 'admin') return true;
  if (need.includes('viewer')) return true;
  return need.includes(have);
}

export interface AdminPrincipal {
  tokenId: string;
  name: string;
  role: AdminRole;
}
