import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AdminRequest } from './admin-auth.guard';
import type { AdminPrincipal } from './roles';

/** The admin principal the guard authenticated. */
export const CurrentAdmin = createParamDecorator((_: unknown, ctx: ExecutionContext): AdminPrincipal => {
  const req = ctx.switchToHttp().getRequest<AdminRequest>();
  if (!req.admin) throw new Error('CurrentAdmin used on a route without AdminAuthGuard');
  return req.admin;
});
