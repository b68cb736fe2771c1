import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, EnrollmentAllowed, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { AdminTokensService } from './admin-tokens.service';
import { AdminUsersService } from './admin-users.service';
import { adminTokenSchema, createdAdminTokenSchema, type AdminTokenDto, type CreatedAdminTokenDto } from './dto/admin-token.dto';
import { createTokenSchema, meSchema, type CreateTokenDto, type MeDto } from './dto/admin-user.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'id must be a UUID') });

/** A user's own session and tokens (D5): every user makes their own tokens; nobody makes them for another. */
@ApiTags('admin: users')
@AdminRoute()
@Roles('viewer')
@Controller('admin/v1')
export class AdminTokensController {
  constructor(
    private readonly tokens: AdminTokensService,
    private readonly users: AdminUsersService,
  ) {}

  @Get('me')
  @EnrollmentAllowed()
  @ApiOperation({ summary: 'Who this token belongs to, and the token itself' })
  @ApiZodResponse(200, meSchema, 'the user and the token presented')
  me(@CurrentAdmin() admin: AdminPrincipal): Promise<MeDto> {
    return this.users.me(admin);
  }

  @Post('me/tokens')
  @EnrollmentAllowed()
  @ApiOperation({ summary: 'Make a token of your own (an enrollment token makes one, then stops working); its secret is shown only in this answer' })
  @ApiZodBody(createTokenSchema)
  @ApiZodResponse(201, createdAdminTokenSchema, 'the token, with its secret (shown this once)')
  @ApiErrors(400)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createTokenSchema)) body: CreateTokenDto): Promise<CreatedAdminTokenDto> {
    return this.tokens.createOwn(admin, body);
  }

  @Get('users/:id/tokens')
  @ApiOperation({ summary: "A user's tokens (never their secrets): your own, or anyone's for an admin" })
  @ApiZodResponse(200, z.array(adminTokenSchema), 'every token of the user, oldest first, revoked and expired ones included')
  @ApiErrors(400, 404)
  list(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<AdminTokenDto[]> {
    return this.tokens.listOf(admin, id);
  }

  @Post('tokens/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke a token (your own, or anyone's for an admin); it stops working at once" })
  @ApiZodResponse(200, adminTokenSchema, 'the token, revoked (revoking twice answers the same)')
  @ApiErrors(400, 404)
  revoke(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<AdminTokenDto> {
    return this.tokens.revoke(admin, id);
  }
}
