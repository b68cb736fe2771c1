import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { registerSigningKeySchema, signingKeySchema, type RegisterSigningKeyDto, type SigningKeyDto } from './dto/signing-key.dto';
import { SigningKeysService } from './signing-keys.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'user id must be a UUID') });
const keyidPipe = new ZodPipe(z.string().regex(/^[0-9a-f]{64}$/, 'a TUF keyid is 64 lowercase hex digits'));

@ApiTags('admin: signing keys')
@AdminRoute()
@Controller('admin/v1')
export class SigningKeysController {
  constructor(private readonly keys: SigningKeysService) {}

  @Post('users/:id/signing-keys')
  @Roles('admin')
  @ApiOperation({ summary: "Register a release signer's public key to them: only they may sign with it" })
  @ApiZodBody(registerSigningKeySchema)
  @ApiZodResponse(201, signingKeySchema, 'the key, registered')
  @ApiErrors(400, 404, 409)
  register(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(registerSigningKeySchema)) body: RegisterSigningKeyDto,
  ): Promise<SigningKeyDto> {
    return this.keys.register(admin, id, body);
  }

  @Get('signing-keys')
  @Roles('viewer')
  @ApiOperation({ summary: 'Release signing keys and who holds each' })
  @ApiZodResponse(200, z.array(signingKeySchema), 'every registered key, oldest first, revoked ones included')
  list(): Promise<SigningKeyDto[]> {
    return this.keys.list();
  }

  @Post('signing-keys/:keyid/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke a key registration (a lost laptop): its signatures stop counting; rotate it out of root too' })
  @ApiZodResponse(200, signingKeySchema, 'the key, revoked')
  @ApiErrors(400, 404)
  revoke(@CurrentAdmin() admin: AdminPrincipal, @Param('keyid', keyidPipe) keyid: string): Promise<SigningKeyDto> {
    return this.keys.revoke(admin, keyid);
  }
}
