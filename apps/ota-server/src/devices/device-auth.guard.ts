import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import { DeviceSessionService } from './device-session.service';
import type { DeviceClaims } from './session-tokens';

export type DeviceRequest = FastifyRequest & { device?: DeviceClaims };

/** Device routes need a session token; the device id comes from the token only, so a device acts for itself. */
@Injectable()
export class DeviceAuthGuard implements CanActivate {
  constructor(private readonly sessions: DeviceSessionService) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<DeviceRequest>();
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
    const device = token ? this.sessions.claimsOf(token) : undefined;
    if (!device) throw new ApiError(401, 'UNAUTHENTICATED', 'missing, invalid or expired device session token; open a session at POST /device/v1/session');
    req.device = device;
    return true;
  }
}
