import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiErrors } from '../http/openapi';
import { AdminRoute, Roles } from '../http/admin-route';
import { textField } from '@app/protocol';
import { ZodPipe } from '../http/zod-body.pipe';
import { FleetService } from './fleet.service';

const listQuery = z.strictObject({
  model: textField(64).optional(),
  channel: textField(32).optional(),
  region: textField(32).optional(),
  firmwareVersion: textField(64).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const deviceId = new ZodPipe(z.string().regex(/^[0-9a-f]{64}$/, 'a device id is 64 lowercase hex digits'));

@ApiTags('admin: devices')
@AdminRoute()
@Roles('viewer')
@Controller('admin/v1/devices')
export class DevicesAdminController {
  constructor(private readonly fleet: FleetService) {}

  @Get()
  @ApiOperation({ summary: 'List devices (fingerprint, model, firmware, channel, region; nothing else is known)' })
  @ApiErrors(400)
  list(@Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>) {
    const { offset, limit, ...filter } = q;
    return this.fleet.devices(filter, { offset, limit });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One device with its rollout history' })
  @ApiErrors(400, 404)
  show(@Param('id', deviceId) id: string) {
    return this.fleet.device(id);
  }
}
