import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DevicesModule } from '../devices/devices.module';
import { MetricsModule } from '../metrics/metrics.module';
import { ReleasesModule } from '../releases/releases.module';
import { TufModule } from '../tuf/tuf.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { GroupsModule } from '../groups/groups.module';
import { AudienceGuard } from './audience-guard.service';
import { CohortCensusService } from './cohort-census.service';
import { DeviceRolloutEntity } from './device-rollout.entity';
import { DeviceStateWriter } from './device-state-writer.service';
import { OfferBook } from './offer-book.service';
import { RolloutCache } from './rollout-cache.service';
import { RolloutProgressService } from './rollout-progress.service';
import { RolloutEngineService } from './rollout-engine.service';
import { RolloutOutcomeEntity } from './rollout-outcome.entity';
import { RolloutViewService } from './rollout-view.service';
import { RolloutEntity } from './rollout.entity';
import { RolloutsAdminController } from './rollouts-admin.controller';
import { RolloutsService } from './rollouts.service';
import { StatusReportsService } from './status-reports.service';
import { UpdateDecisionService } from './update-decision.service';

/**
 * Rollouts (D4, D6): plans and their state machine, the engine's tick, and the device hot path (the poll's
 * decision from memory, status reports, group commits). The poll and status routes are registered on the raw
 * server by createApp (rollouts/poll.route.ts, status.route.ts), with these providers.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RolloutEntity, DeviceRolloutEntity, RolloutOutcomeEntity]),
    DevicesModule,
    ReleasesModule,
    TufModule,
    AuditModule,
    MetricsModule,
    WebhooksModule,
    GroupsModule,
  ],
  controllers: [RolloutsAdminController],
  providers: [
    RolloutsService,
    RolloutViewService,
    RolloutCache,
    OfferBook,
    UpdateDecisionService,
    DeviceStateWriter,
    StatusReportsService,
    CohortCensusService,
    RolloutProgressService,
    RolloutEngineService,
    AudienceGuard,
  ],
  exports: [DeviceStateWriter, UpdateDecisionService, StatusReportsService, CohortCensusService, RolloutProgressService, RolloutsService],
})
export class RolloutsModule {}
