import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { DeviceRequest } from './device-auth.guard';
import type { DeviceClaims } from './session-tokens';

/** The device the session token vouches for (its id and what it said of itself at the session). */
export const CurrentDevice = createParamDecorator((_: unknown, ctx: ExecutionContext): DeviceClaims => {
  const device = ctx.switchToHttp().getRequest<DeviceRequest>().device;
  if (!device) throw new Error('CurrentDevice used on a route without DeviceAuthGuard');
  return device;
});
