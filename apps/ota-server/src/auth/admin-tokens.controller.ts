import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ADMIN_ROLES, AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { textField } from '@app/protocol';
import { ZodPipe } from '../http/zod-body.pipe';
import { AdminTokensService } from './admin-tokens.service';
import { adminTokenSchema, createdAdminTokenSchema, type AdminTokenDto, type CreatedAdminTokenDto } from './dto/admin-token.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'token id must be a UUID') });
const createTokenSchema = z.strictObject({ name: textField(200).min(1), role: z.enum(ADMIN_ROLES) });

@ApiTags('admin: tokens')
@AdminRoute()
@Roles('admin')
@Controller('admin/v1/tokens')
export class AdminTokensController {
  constructor(private readonly tokens: AdminTokensService) {}

  @Post()
  @ApiOperation({ summary: 'Create a token; its secret is shown only in this answer' })
  @ApiZodBody(createTokenSchema)
  @ApiZodResponse(201, createdAdminTokenSchema, 'the token, with its secret (shown this once)')
  @ApiErrors(400)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createTokenSchema)) body: z.infer<typeof createTokenSchema>): Promise<CreatedAdminTokenDto> {
    return this.tokens.create(admin, body.name, body.role);
  }

  @Get()
  @ApiOperation({ summary: 'List tokens (never their secrets)' })
  @ApiZodResponse(200, z.array(adminTokenSchema), 'every token, oldest first, revoked ones included')
  list(): Promise<AdminTokenDto[]> {
    return this.tokens.list();
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a token; it stops working at once' })
  @ApiZodResponse(200, adminTokenSchema, 'the token, revoked (revoking twice answers the same)')
  @ApiErrors(400, 404)
  revoke(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<AdminTokenDto> {
    return this.tokens.revoke(admin, id);
  }
}
