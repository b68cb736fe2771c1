import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get()
  @ApiOperation({
    summary:
      'Database reachable and writable, TUF metadata of every role unexpired; 503 when not (the same checks as /health/ready); `tuf.warnings` and `tuf.installs` as there (D7)',
  })
  async health(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    const database = { ...r.database, ok: r.database.reachable && r.database.ok };
    void reply
      .status(r.database.reachable && r.database.ok && r.tuf.ok ? 200 : 503)
      .send({ status: r.database.ok && r.tuf.ok ? 'ok' : 'degraded', database, tuf: r.tuf });
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (nothing else is checked; restart it only when this fails)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Readiness: database reachable and writable, TUF metadata of every role unexpired, not shedding load, not shutting down; 503 when not. Ready but `degraded` while a TUF role is in its warning period or installs are withheld (`tuf.warnings`, `tuf.installs`, D7)',
  })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    void reply.status(r.ready ? 200 : 503).send({ status: r.ready ? 'ready' : 'not-ready', ...r });
  }
}
