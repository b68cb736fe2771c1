import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { textField } from '@app/protocol';
import { deviceDetailSchema, devicePageSchema, type DeviceDetailDto, type DevicePageDto } from '../devices/dto/device.dto';
import { AdminRoute, Roles } from '../http/admin-route';
import { ApiErrors, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { deviceEventPageSchema, type DeviceEventPageDto } from './dto/fleet.dto';
import { FleetService } from './fleet.service';
import { RolloutDevicesService } from './rollout-devices.service';

const listQuery = z.strictObject({
  model: textField(64).optional(),
  channel: textField(32).optional(),
  region: textField(32).optional(),
  firmwareVersion: textField(64).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const eventsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
const deviceId = new ZodPipe(z.string().regex(/^[0-9a-f]{64}$/, 'a device id is 64 lowercase hex digits'));

@ApiTags('admin: devices')
@AdminRoute()
@Roles('viewer')
@Controller('admin/v1/devices')
export class DevicesAdminController {
  constructor(
    private readonly fleet: FleetService,
    private readonly rolloutDevices: RolloutDevicesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List devices (fingerprint, model, firmware, channel, region; nothing else is known)' })
  @ApiQuery({ name: 'model', required: false, type: String })
  @ApiQuery({ name: 'channel', required: false, type: String })
  @ApiQuery({ name: 'region', required: false, type: String })
  @ApiQuery({ name: 'firmwareVersion', required: false, type: String })
  @ApiQuery({ name: 'offset', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1..1000, default 100' })
  @ApiZodResponse(200, devicePageSchema, 'the matching devices by id, one page, and how many match in all')
  @ApiErrors(400)
  list(@Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>): Promise<DevicePageDto> {
    const { offset, limit, ...filter } = q;
    return this.fleet.devices(filter, { offset, limit });
  }

  @Get(':id/events')
  @ApiOperation({ summary: "A device's status transitions with time, rollout, code and the agent's short message" })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1..200, default 50' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: "the previous page's nextCursor" })
  @ApiZodResponse(200, deviceEventPageSchema, 'the transitions kept (the last 50 or so), oldest first')
  @ApiErrors(400)
  events(@Param('id', deviceId) id: string, @Query(new ZodPipe(eventsQuery)) q: z.infer<typeof eventsQuery>): Promise<DeviceEventPageDto> {
    return this.rolloutDevices.events(id, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One device with its rollout history' })
  @ApiZodResponse(200, deviceDetailSchema, 'the device and its rollouts, oldest offer first')
  @ApiErrors(400, 404)
  show(@Param('id', deviceId) id: string): Promise<DeviceDetailDto> {
    return this.fleet.device(id);
  }
}
