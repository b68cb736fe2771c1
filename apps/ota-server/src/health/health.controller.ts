import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { TufRepositoryService } from '../tuf/tuf-repository.service';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tuf: TufRepositoryService,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'Database reachable and TUF timestamp fresh; 503 when either is not' })
  async health(@Res() reply: FastifyReply): Promise<void> {
    const database = await this.db
      .query('SELECT 1')
      .then(() => ({ ok: true }))
      .catch((err: Error) => ({ ok: false, error: err.message }));
    const tuf = this.tuf.freshness();
    const ok = database.ok && tuf.ok;
    void reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, tuf });
  }
}
