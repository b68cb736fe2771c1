import { Module } from '@nestjs/common';
import { TufModule } from '../tuf/tuf.module';
import { HealthController } from './health.controller';
import { Lifecycle } from './lifecycle';
import { ReadinessService } from './readiness.service';

/** Liveness and readiness (D6): the database, TUF freshness, and the server's own state (shedding, draining). */
@Module({
  imports: [TufModule],
  controllers: [HealthController],
  providers: [ReadinessService, Lifecycle],
  exports: [Lifecycle],
})
export class HealthModule {}
