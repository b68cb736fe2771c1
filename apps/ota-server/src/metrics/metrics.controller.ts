import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiTextResponse } from '../http/openapi';
import { MetricsService } from './metrics.service';

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('content-type', PROMETHEUS_TEXT)
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiTextResponse(200, PROMETHEUS_TEXT, 'the Prometheus text exposition format')
  @ApiErrors(408, 431)
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
