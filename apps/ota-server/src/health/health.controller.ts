import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SERVER_CONFIG, type ServerConfig } from '../config/server.config';
import { ApiErrors, ApiZodResponse } from '../http/openapi';
import { healthSchema, livenessSchema, readinessSchema, type HealthDto, type LivenessDto, type ReadinessDto } from './dto/health.dto';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Database reachable and writable, TUF metadata of every role unexpired; 503 when not (the same checks as /health/ready); `tuf.warnings` and `tuf.installs` as there (D7)',
  })
  @ApiZodResponse(200, healthSchema, 'healthy')
  @ApiZodResponse(503, healthSchema, 'degraded: the database or the TUF metadata is not ok')
  @ApiErrors(408, 431)
  async health(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    const database = { ...r.database, ok: r.database.reachable && r.database.ok };
    const body: HealthDto = { status: r.database.ok && r.tuf.ok ? 'ok' : 'degraded', database, tuf: r.tuf };
    if (this.config.images.targetsBaseUrl) body.targetsBaseUrl = this.config.images.targetsBaseUrl;
    void reply.status(r.database.reachable && r.database.ok && r.tuf.ok ? 200 : 503).send(body);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (nothing else is checked; restart it only when this fails)' })
  @ApiZodResponse(200, livenessSchema, 'alive')
  @ApiErrors(408, 431)
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Readiness: database reachable and writable, TUF metadata of every role unexpired, not shedding load, not shutting down; 503 when not. Ready but `degraded` while a TUF role is in its warning period or installs are withheld (`tuf.warnings`, `tuf.installs`, D7)',
  })
  @ApiZodResponse(200, readinessSchema, 'ready')
  @ApiZodResponse(503, readinessSchema, 'not ready: the failing check says why')
  @ApiErrors(408, 431)
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    const body: ReadinessDto = { status: r.ready ? 'ready' : 'not-ready', ...r };
    void reply.status(r.ready ? 200 : 503).send(body);
  }
}
