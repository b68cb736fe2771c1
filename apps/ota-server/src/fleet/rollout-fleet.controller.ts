import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { DEVICE_ERROR_CODES, DEVICE_ROLLOUT_STATUSES } from '@app/protocol';
import { ApiError } from '../http/api-error';
import { AdminRoute, Roles } from '../http/admin-route';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { createRolloutSchema, type CreateRolloutDto } from '../rollouts/dto/create-rollout.dto';
import {
  rolloutDevicePageSchema,
  rolloutHistorySchema,
  rolloutPreviewSchema,
  statusFilterSchema,
  type RolloutDevicePageDto,
  type RolloutHistoryDto,
  type RolloutPreviewDto,
} from './dto/fleet.dto';
import { RolloutDevicesService } from './rollout-devices.service';
import { RolloutPreviewService } from './rollout-preview.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'rollout id must be a UUID') });

const devicesQuery = z.strictObject({
  status: statusFilterSchema,
  code: z.enum(DEVICE_ERROR_CODES, { error: (i) => `unknown code ${JSON.stringify(i.input)}; expected one of: ${DEVICE_ERROR_CODES.join(', ')}` }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

/** The fleet side of a rollout (D9): its devices by status, its progress over time, and a plan's reach before it starts. */
@ApiTags('admin: rollouts')
@AdminRoute()
@Controller('admin/v1/rollouts')
export class RolloutFleetController {
  constructor(
    private readonly devices: RolloutDevicesService,
    private readonly previews: RolloutPreviewService,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: "A plan's audience size and expected devices per stage, from the registered devices; nothing is created" })
  @ApiZodBody(createRolloutSchema)
  @ApiZodResponse(200, rolloutPreviewSchema, 'the reach of the plan, with warnings (an audience matching no device, an empty stage)')
  @ApiErrors(400, 404)
  preview(@Body(new ZodPipe(createRolloutSchema)) body: CreateRolloutDto): Promise<RolloutPreviewDto> {
    return this.previews.preview(body);
  }

  @Get(':id/devices')
  @Roles('viewer')
  @ApiOperation({ summary: "A rollout's devices in device id order, by status and code, one page after the cursor" })
  @ApiQuery({ name: 'status', required: false, isArray: true, enum: DEVICE_ROLLOUT_STATUSES, description: 'repeat or comma-separate for several' })
  @ApiQuery({ name: 'code', required: false, enum: DEVICE_ERROR_CODES })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: '1..500, default 100' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: "the previous page's nextCursor" })
  @ApiZodResponse(200, rolloutDevicePageSchema, 'one page of devices with their status, code and message')
  @ApiErrors(400, 404)
  list(@Param('id', uuid) id: string, @Query(new ZodPipe(devicesQuery)) q: z.infer<typeof devicesQuery>): Promise<RolloutDevicePageDto> {
    return this.devices.devices(id, q);
  }

  @Get(':id/history')
  @Roles('viewer')
  @ApiOperation({ summary: "A rollout's counts by status over time (sampled by the engine tick and at every transition)" })
  @ApiZodResponse(200, rolloutHistorySchema, 'the points, oldest first')
  @ApiErrors(400, 404)
  history(@Param('id', uuid) id: string): Promise<RolloutHistoryDto> {
    return this.devices.history(id);
  }
}
