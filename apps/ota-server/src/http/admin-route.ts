import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from './openapi';

/**
 * How an admin route is declared (D5): every feature's admin controller says it is one and which roles may call
 * it; the auth feature's global guard (auth/admin-auth.guard.ts) enforces it. Kept here, below every feature,
 * so that declaring a route depends on nothing but HTTP.
 */
export const ADMIN_ROLES = ['viewer', 'release-engineer', 'approver', 'admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Who called an admin route: the token the guard authenticated. */
export interface AdminPrincipal {
  tokenId: string;
  name: string;
  role: AdminRole;
}

export type AdminRequest = FastifyRequest & { admin?: AdminPrincipal };

export const ADMIN_ROUTE_KEY = 'admin-route';
export const ROLES_KEY = 'admin-roles';

/** Marks a controller (or route) as admin API: a bearer admin token is required, and documented. */
export const AdminRoute = () => applyDecorators(SetMetadata(ADMIN_ROUTE_KEY, true), ApiBearerAuth('admin'), ApiErrors(401, 403, 503));

/** The roles that may call a route; `admin` may call every route; without it only `admin` may. */
export const Roles = (...roles: AdminRole[]) => SetMetadata(ROLES_KEY, roles);

/** What a route needs, read as "at least": viewer routes are open to every role. */
export function roleAllows(have: AdminRole, need: readonly AdminRole[]): boolean {
  if (have === 'admin') return true;
  if (need.includes('viewer')) return true;
  return need.includes(have);
}

/** The admin principal the guard authenticated. */
export const CurrentAdmin = createParamDecorator((_: unknown, ctx: ExecutionContext): AdminPrincipal => {
  const req = ctx.switchToHttp().getRequest<AdminRequest>();
  if (!req.admin) throw new Error('CurrentAdmin used on a route that is not an AdminRoute');
  return req.admin;
});
