import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { DeviceRequest } from './device-auth.guard';

/** The device id the session token names. */
export const CurrentDevice = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const id = ctx.switchToHttp().getRequest<DeviceRequest>().deviceId;
  if (!id) throw new Error('CurrentDevice used on a route without DeviceAuthGuard');
  return id;
});
