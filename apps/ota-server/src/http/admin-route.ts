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

/**
 * Who called an admin route: the person (D5: approvals and signatures compare users, never tokens) and the
 * token they presented. An enrollment token only lets a new user make their own first token.
 */
export interface AdminPrincipal {
  userId: string;
  /** Unique and never changed: what the audit log names. */
  userName: string;
  roles: AdminRole[];
  tokenId: string;
  tokenScope: TokenScope;
}

export const TOKEN_SCOPES = ['full', 'enroll'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type AdminRequest = FastifyRequest & { admin?: AdminPrincipal };

export const ADMIN_ROUTE_KEY = 'admin-route';
export const ROLES_KEY = 'admin-roles';
export const ENROLLMENT_KEY = 'admin-enrollment';

/** Marks a controller (or route) as admin API: a bearer admin token is required, and documented. */
export const AdminRoute = () => applyDecorators(SetMetadata(ADMIN_ROUTE_KEY, true), ApiBearerAuth('admin'), ApiErrors(401, 403, 503));

/** The roles that may call a route; `admin` may call every route; without it only `admin` may. */
export const Roles = (...roles: AdminRole[]) => SetMetadata(ROLES_KEY, roles);

/** The few routes an enrollment token may call (who am I, make my first token); every other refuses it. */
export const EnrollmentAllowed = () => SetMetadata(ENROLLMENT_KEY, true);

/** What a route needs, read as "at least": viewer routes are open to every role; `admin` may call all. */
export function roleAllows(have: readonly AdminRole[], need: readonly AdminRole[]): boolean {
  if (have.includes('admin')) return true;
  if (need.includes('viewer')) return have.length > 0;
  return need.some((role) => have.includes(role));
}

/** The admin principal the guard authenticated. */
export const CurrentAdmin = createParamDecorator((_: unknown, ctx: ExecutionContext): AdminPrincipal => {
  const req = ctx.switchToHttp().getRequest<AdminRequest>();
  if (!req.admin) throw new Error('CurrentAdmin used on a route that is not an AdminRoute');
  return req.admin;
});
