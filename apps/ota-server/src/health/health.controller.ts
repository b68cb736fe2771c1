import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get()
  @ApiOperation({ summary: 'Database reachable and writable, TUF metadata fresh; 503 when not (the same checks as /health/ready)' })
  async health(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    const database = { ...r.database, ok: r.database.reachable && r.database.ok };
    void reply
      .status(r.database.reachable && r.database.ok && r.tuf.ok ? 200 : 503)
      .send({ status: r.database.ok && r.tuf.ok ? 'ok' : 'degraded', database, tuf: r.tuf, degraded: r.degraded });
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (nothing else is checked; restart it only when this fails)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: database reachable and writable, TUF metadata fresh, not shedding load, not shutting down; 503 when not' })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const r = await this.readiness.check();
    void reply.status(r.ready ? 200 : 503).send({ status: r.ready ? 'ready' : 'not-ready', ...r });
  }
}
