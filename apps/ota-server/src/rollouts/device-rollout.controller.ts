import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StatusReport, UpdateResponse } from '@app/protocol';
import { CurrentDevice } from '../devices/current-device.decorator';
import { DeviceAuthGuard } from '../devices/device-auth.guard';
import { DeviceRegistryService } from '../devices/device-registry.service';
import type { DeviceClaims } from '../devices/session-tokens';
import { pollQuerySchema } from '../devices/dto/session.dto';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { MetricsService } from '../metrics/metrics.service';
import { DeviceStatusService } from './device-status.service';
import { statusReportSchema } from './dto/status-report.dto';
import { UpdateDecisionService } from './update-decision.service';

@ApiTags('device')
@ApiBearerAuth('device')
@UseGuards(DeviceAuthGuard)
@Controller('device/v1')
export class DeviceRolloutController {
  constructor(
    private readonly registry: DeviceRegistryService,
    private readonly decisions: UpdateDecisionService,
    private readonly status: DeviceStatusService,
    private readonly metrics: MetricsService,
  ) {}

  @Get('update')
  @ApiOperation({ summary: 'Poll for an update: none, install (a TUF target path) or cancel; honour pollAfterSeconds' })
  @ApiErrors(400, 401, 503)
  update(@CurrentDevice() session: DeviceClaims, @Query(new ZodPipe(pollQuerySchema)) q: { firmwareVersion?: string }): UpdateResponse {
    // The device's firmware may have changed since its session opened (it just installed an update).
    const device = q.firmwareVersion ? { ...session, firmwareVersion: q.firmwareVersion } : session;
    this.registry.checkin(device);
    const answer = this.decisions.decide(device);
    this.metrics.polls.inc({ action: answer.action });
    return answer;
  }

  @Post('status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report progress in a rollout; idempotent, in order, for this device only' })
  @ApiZodBody(statusReportSchema)
  @ApiErrors(400, 401, 404, 409, 503)
  async report(@CurrentDevice() device: DeviceClaims, @Body(new ZodPipe(statusReportSchema)) body: StatusReport) {
    try {
      const ack = await this.status.report(device, body);
      this.metrics.statusReports.inc({ status: body.status, result: ack.duplicate ? 'duplicate' : 'accepted' });
      return ack;
    } catch (err) {
      this.metrics.statusReports.inc({ status: body.status, result: err instanceof ApiError ? err.code : 'error' });
      throw err;
    }
  }
}
