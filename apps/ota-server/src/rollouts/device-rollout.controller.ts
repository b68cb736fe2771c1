import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StatusReport } from '@app/protocol';
import { CurrentDevice } from '../devices/current-device.decorator';
import { DeviceAuthGuard } from '../devices/device-auth.guard';
import type { DeviceClaims } from '../devices/session-tokens';
import { isStorageUnavailable } from '../database/storage-errors';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { MetricsService } from '../metrics/metrics.service';
import { StatusReportsService } from './status-reports.service';
import { statusReportSchema } from './dto/status-report.dto';

@ApiTags('device')
@ApiBearerAuth('device')
@UseGuards(DeviceAuthGuard)
@Controller('device/v1')
export class DeviceRolloutController {
  constructor(
    private readonly status: StatusReportsService,
    private readonly metrics: MetricsService,
  ) {}

  @Post('status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report progress in a rollout: bound to its offer (the target the device verified), idempotent, in order, for this device only; acknowledged once committed' })
  @ApiZodBody(statusReportSchema)
  @ApiErrors(400, 401, 404, 409, 503)
  async report(@CurrentDevice() device: DeviceClaims, @Body(new ZodPipe(statusReportSchema)) body: StatusReport) {
    try {
      const ack = await this.status.report(device, body);
      this.metrics.statusReports.inc({ status: body.status, result: ack.duplicate ? 'duplicate' : 'accepted' });
      return ack;
    } catch (err) {
      this.metrics.statusReports.inc({ status: body.status, result: err instanceof ApiError ? err.code : isStorageUnavailable(err) ? 'STORAGE_UNAVAILABLE' : 'error' });
      throw err;
    }
  }
}
