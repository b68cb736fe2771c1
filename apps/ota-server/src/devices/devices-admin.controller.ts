import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AdminAuthGuard } from '../auth/admin-auth.guard';
import { Roles } from '../auth/roles';
import { notFound } from '../http/api-error';
import { AdminRoute, ApiErrors, ApiZodResponse } from '../http/openapi';
import { textField } from '@app/protocol';
import { ZodPipe } from '../http/zod-body.pipe';
import { DeviceRolloutEntity } from '../rollouts/device-rollout.entity';
import { Storage } from '../database/storage.service';
import { DeviceStateWriter } from '../rollouts/device-state-writer.service';
import { DeviceRegistryService } from './device-registry.service';
import { deviceDetailSchema, devicePageSchema, type DeviceDetailDto, type DevicePageDto } from './dto/device.dto';

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
@UseGuards(AdminAuthGuard)
@Roles('viewer')
@Controller('admin/v1/devices')
export class DevicesAdminController {
  constructor(
    private readonly registry: DeviceRegistryService,
    private readonly writer: DeviceStateWriter,
    private readonly storage: Storage,
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
  async list(@Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>): Promise<DevicePageDto> {
    const { offset, limit, ...filter } = q;
    await this.registry.flush();
    return this.registry.list(filter, { offset, limit });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One device with its rollout history' })
  @ApiZodResponse(200, deviceDetailSchema, 'the device and its rollouts, oldest offer first')
  @ApiErrors(400, 404)
  async show(@Param('id', deviceId) id: string): Promise<DeviceDetailDto> {
    // Offers made by polls are buffered (D6); write them first so the history includes the latest offer.
    await Promise.all([this.registry.flush(), this.writer.flushOffers()]);
    const [device] = await this.registry.findMany([id]);
    if (!device) throw notFound(`device ${id}`);
    const rollouts = await this.storage.read((m) => m.getRepository(DeviceRolloutEntity).find({ where: { deviceId: id }, order: { offeredAt: 'ASC' } }));
    return { ...device, rollouts: rollouts.map(({ deviceId: _d, ...r }) => r) };
  }
}
