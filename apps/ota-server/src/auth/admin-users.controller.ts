import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { AdminUsersService } from './admin-users.service';
import { adminUserSchema, createUserSchema, enrolledUserSchema, type AdminUserDto, type CreateUserDto, type EnrolledUserDto } from './dto/admin-user.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'user id must be a UUID') });

@ApiTags('admin: users')
@AdminRoute()
@Controller('admin/v1/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user; the answer holds their one-time enrollment token, with which they make their own token' })
  @ApiZodBody(createUserSchema)
  @ApiZodResponse(201, enrolledUserSchema, 'the user and their enrollment token (shown this once)')
  @ApiErrors(400, 409)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createUserSchema)) body: CreateUserDto): Promise<EnrolledUserDto> {
    return this.users.create(admin, body);
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List users' })
  @ApiZodResponse(200, z.array(adminUserSchema), 'every user, oldest first, disabled ones included')
  list(): Promise<AdminUserDto[]> {
    return this.users.list();
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A user' })
  @ApiZodResponse(200, adminUserSchema, 'the user')
  @ApiErrors(400, 404)
  show(@Param('id', uuid) id: string): Promise<AdminUserDto> {
    return this.users.get(id);
  }

  @Post(':id/enrollment')
  @Roles('admin')
  @ApiOperation({ summary: 'A new enrollment token for a user who lost their tokens' })
  @ApiZodResponse(201, enrolledUserSchema, 'the user and a new enrollment token (shown this once)')
  @ApiErrors(400, 404, 409)
  reenroll(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<EnrolledUserDto> {
    return this.users.reenroll(admin, id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Disable a user: every token of theirs stops working at once' })
  @ApiZodResponse(200, adminUserSchema, 'the user, disabled (disabling twice answers the same)')
  @ApiErrors(400, 404, 409)
  disable(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<AdminUserDto> {
    return this.users.disable(admin, id);
  }
}
