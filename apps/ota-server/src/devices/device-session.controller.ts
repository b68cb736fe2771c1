import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { nonceResponseSchema, sessionRequestSchema, sessionResponseSchema, type NonceResponse, type SessionRequest, type SessionResponse } from '@app/protocol';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { DeviceSessionService } from './device-session.service';

@ApiTags('device')
@Controller('device/v1')
export class DeviceSessionController {
  constructor(private readonly sessions: DeviceSessionService) {}

  @Get('nonce')
  @ApiOperation({ summary: 'A single-use nonce to sign for a session' })
  @ApiZodResponse(200, nonceResponseSchema, 'a nonce and when it expires')
  @ApiErrors(408, 431, 503)
  nonce(): Promise<NonceResponse> | NonceResponse {
    return this.sessions.nonce();
  }

  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Prove possession of the device key (certificate chain + signed nonce) for a short-lived token' })
  @ApiZodBody(sessionRequestSchema)
  @ApiZodResponse(200, sessionResponseSchema, 'the session token, when it expires, and the device id the server knows this device by (D5)')
  @ApiErrors(400, 401, 503)
  open(@Body(new ZodPipe(sessionRequestSchema)) body: SessionRequest): Promise<SessionResponse> {
    return this.sessions.open(body);
  }
}
