import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { DeviceTagsService } from './device-tags.service';
import {
  bulkDeviceTagsSchema,
  bulkTagsResultSchema,
  deviceIdSchema,
  deviceTagsResultSchema,
  deviceTagsSchema,
  type BulkDeviceTagsDto,
  type BulkTagsResultDto,
  type DeviceTagsDto,
  type DeviceTagsResultDto,
} from './dto/group.dto';

@ApiTags('admin: devices')
@AdminRoute()
@Roles('release-engineer')
@Controller('admin/v1/devices')
export class DeviceTagsController {
  constructor(private readonly tags: DeviceTagsService) {}

  @Post('tags')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add and remove admin-assigned tags on many devices at once (D8)' })
  @ApiZodBody(bulkDeviceTagsSchema)
  @ApiZodResponse(200, bulkTagsResultSchema, 'how many devices were changed and how many of them are registered')
  @ApiErrors(400)
  bulk(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(bulkDeviceTagsSchema)) body: BulkDeviceTagsDto): Promise<BulkTagsResultDto> {
    return this.tags.tagMany(admin, body.deviceIds, body);
  }

  @Post(':id/tags')
  @HttpCode(200)
  @ApiOperation({ summary: "Add and remove a device's admin-assigned tags (D8); the device may not have registered yet" })
  @ApiZodBody(deviceTagsSchema)
  @ApiZodResponse(200, deviceTagsResultSchema, "the device's tags after the change")
  @ApiErrors(400)
  tag(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('id', new ZodPipe(deviceIdSchema)) id: string,
    @Body(new ZodPipe(deviceTagsSchema)) body: DeviceTagsDto,
  ): Promise<DeviceTagsResultDto> {
    return this.tags.tagOne(admin, id, body);
  }
}
