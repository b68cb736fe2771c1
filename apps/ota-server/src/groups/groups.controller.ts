import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import {
  createGroupSchema,
  groupDetailSchema,
  groupDevicesSchema,
  groupListSchema,
  groupSchema,
  labelSchema,
  type CreateGroupDto,
  type GroupDetailDto,
  type GroupDevicesDto,
  type GroupDto,
  type GroupListDto,
} from './dto/group.dto';
import { GroupsService } from './groups.service';

const groupName = new ZodPipe(labelSchema);
const pageQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

@ApiTags('admin: groups')
@AdminRoute()
@Controller('admin/v1/groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Post()
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Create a static device group (D8); ids of devices not registered yet may be listed' })
  @ApiZodBody(createGroupSchema)
  @ApiZodResponse(201, groupSchema, 'the group, with how many of its ids are registered devices')
  @ApiErrors(400, 409)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createGroupSchema)) body: CreateGroupDto): Promise<GroupDto> {
    return this.groups.create(admin, body);
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List device groups' })
  @ApiZodResponse(200, groupListSchema, 'every group by name')
  list(): Promise<GroupListDto> {
    return this.groups.list();
  }

  @Get(':name')
  @Roles('viewer')
  @ApiOperation({ summary: 'A device group with one page of its device ids' })
  @ApiQuery({ name: 'offset', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1..1000, default 100' })
  @ApiZodResponse(200, groupDetailSchema, 'the group and a page of its ids')
  @ApiErrors(400, 404)
  show(@Param('name', groupName) name: string, @Query(new ZodPipe(pageQuery)) q: z.infer<typeof pageQuery>): Promise<GroupDetailDto> {
    return this.groups.show(name, q.offset, q.limit);
  }

  @Post(':name/devices')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Add device ids to a group (ids already listed are kept once)' })
  @ApiZodBody(groupDevicesSchema)
  @ApiZodResponse(200, groupSchema, 'the group after the change')
  @ApiErrors(400, 404)
  add(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('name', groupName) name: string,
    @Body(new ZodPipe(groupDevicesSchema)) body: GroupDevicesDto,
  ): Promise<GroupDto> {
    return this.groups.change(admin, name, body.deviceIds, false);
  }

  @Post(':name/devices/remove')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Remove device ids from a group (ids not listed are ignored)' })
  @ApiZodBody(groupDevicesSchema)
  @ApiZodResponse(200, groupSchema, 'the group after the change')
  @ApiErrors(400, 404)
  remove(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('name', groupName) name: string,
    @Body(new ZodPipe(groupDevicesSchema)) body: GroupDevicesDto,
  ): Promise<GroupDto> {
    return this.groups.change(admin, name, body.deviceIds, true);
  }
}
