import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionRequest } from '@app/protocol';
import { ApiErrors, ApiZodBody } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { DeviceSessionService } from './device-session.service';
import { sessionRequestSchema } from './dto/session.dto';

@ApiTags('device')
@Controller('device/v1')
export class DeviceSessionController {
  constructor(private readonly sessions: DeviceSessionService) {}

  @Get('nonce')
  @ApiOperation({ summary: 'A single-use nonce to sign for a session' })
  @ApiErrors(503)
  nonce() {
    return this.sessions.nonce();
  }

  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Prove possession of the device key (certificate chain + signed nonce) for a short-lived token' })
  @ApiZodBody(sessionRequestSchema)
  @ApiErrors(400, 401, 503)
  open(@Body(new ZodPipe(sessionRequestSchema)) body: SessionRequest) {
    return this.sessions.open(body);
  }
}
