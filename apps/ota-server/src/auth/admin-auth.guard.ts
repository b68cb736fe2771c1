import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import type { AdminRole } from './admin-token.entity';
import { AdminTokensService } from './admin-tokens.service';
import { AdminPrincipal, ROLES_KEY, roleAllows } from './roles';

export type AdminRequest = FastifyRequest & { admin?: AdminPrincipal };

/** Every admin route needs a bearer token; `@Roles` narrows who may call it (default: admin only). */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AdminTokensService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AdminRequest>();
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new ApiError(401, 'UNAUTHENTICATED', 'missing "Authorization: Bearer <admin token>" header');
    const principal = await this.tokens.authenticate(match[1]);
    const need = this.reflector.getAllAndOverride<AdminRole[]>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]) ?? ['admin'];
    if (!roleAllows(principal.role, need)) {
      throw new ApiError(403, 'FORBIDDEN', `role "${principal.role}" may not do this; needs one of: ${need.join(', ')}`);
    }
    req.admin = principal;
    return true;
  }
}
