import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../http/api-error';
import { ADMIN_ROUTE_KEY, ENROLLMENT_KEY, ROLES_KEY, roleAllows, type AdminRequest, type AdminRole } from '../http/admin-route';
import { AdminTokensService } from './admin-tokens.service';

/**
 * The one guard of the admin API (D5), installed for every route by AuthModule: a route declared `@AdminRoute()`,
 * or any route under /admin/ (so a controller that forgets the declaration fails closed), needs a bearer admin
 * token of an enabled user; `@Roles` narrows who may call it (default: admin only), and an enrollment token
 * passes only where `@EnrollmentAllowed()` says so. Other routes (device, TUF, health) pass.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AdminTokensService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AdminRequest>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    const declared = this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE_KEY, targets) === true;
    if (!declared && !(req.routeOptions.url ?? req.url).startsWith('/admin/')) return true;
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new ApiError(401, 'UNAUTHENTICATED', 'missing "Authorization: Bearer <admin token>" header');
    const principal = await this.tokens.authenticate(match[1]);
    if (principal.tokenScope === 'enroll' && this.reflector.getAllAndOverride<boolean>(ENROLLMENT_KEY, targets) !== true) {
      throw new ApiError(403, 'ENROLLMENT_ONLY', 'an enrollment token only makes your own first token: POST /admin/v1/me/tokens');
    }
    const need = this.reflector.getAllAndOverride<AdminRole[]>(ROLES_KEY, targets) ?? ['admin'];
    if (!roleAllows(principal.roles, need)) {
      throw new ApiError(403, 'FORBIDDEN', `roles "${principal.roles.join(', ')}" may not do this; needs one of: ${need.join(', ')}`);
    }
    req.admin = principal;
    return true;
  }
}
