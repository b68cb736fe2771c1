import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AdminAuthGuard } from './auth/admin-auth.guard';
import { AdminTokensController } from './auth/admin-tokens.controller';
import { AdminTokensService } from './auth/admin-tokens.service';
import { CLOCK, Clock } from './clock/clock';
import { SERVER_CONFIG, ServerConfig } from './config/server.config';
import { dataSourceOptions } from './database/data-source';
import { HotWrites } from './database/hot-writes.service';
import { LeaseService } from './database/lease.service';
import { ServerSecretsService } from './database/server-secrets.service';
import { StorageHealth } from './database/storage-health';
import { Storage } from './database/storage.service';
import { DeviceAuthGuard } from './devices/device-auth.guard';
import { DeviceRegistryService } from './devices/device-registry.service';
import { DeviceSessionController } from './devices/device-session.controller';
import { DeviceSessionService } from './devices/device-session.service';
import { DevicesAdminController } from './devices/devices-admin.controller';
import { HealthController } from './health/health.controller';
import { Lifecycle } from './health/lifecycle';
import { ReadinessService } from './health/readiness.service';
import { TRUST_ANCHORS, TrustAnchors } from './keys/trust-anchors';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { ReleasesAdminController } from './releases/releases-admin.controller';
import { ReleasesService } from './releases/releases.service';
import { CohortCensusService } from './rollouts/cohort-census.service';
import { DeviceStateWriter } from './rollouts/device-state-writer.service';
import { OfferBook } from './rollouts/offer-book.service';
import { RolloutCache } from './rollouts/rollout-cache.service';
import { RolloutEngineService } from './rollouts/rollout-engine.service';
import { RolloutViewService } from './rollouts/rollout-view.service';
import { RolloutsAdminController } from './rollouts/rollouts-admin.controller';
import { RolloutsService } from './rollouts/rollouts.service';
import { StatusReportsService } from './rollouts/status-reports.service';
import { UpdateDecisionService } from './rollouts/update-decision.service';
import { TufController } from './tuf/tuf.controller';
import { TufRepositoryService } from './tuf/tuf-repository.service';

export interface AppDependencies {
  config: ServerConfig;
  clock: Clock;
  trust: TrustAnchors;
}

/** Configuration, clock and trust anchors come in from outside, so tests and `main.ts` build the same app. */
@Global()
@Module({})
class CoreModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    const providers = [
      { provide: SERVER_CONFIG, useValue: deps.config },
      { provide: CLOCK, useValue: deps.clock },
      { provide: TRUST_ANCHORS, useValue: deps.trust },
      MetricsService,
      StorageHealth,
      Storage,
      HotWrites,
      Lifecycle,
      AuditService,
      ServerSecretsService,
      LeaseService,
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(deps), TypeOrmModule.forRoot(dataSourceOptions(deps.config))],
      controllers: [
        AdminTokensController,
        AuditController,
        ReleasesAdminController,
        RolloutsAdminController,
        DevicesAdminController,
        DeviceSessionController,
        TufController,
        HealthController,
        MetricsController,
      ],
      providers: [
        AdminTokensService,
        AdminAuthGuard,
        DeviceAuthGuard,
        DeviceRegistryService,
        DeviceSessionService,
        TufRepositoryService,
        ReleasesService,
        RolloutsService,
        RolloutViewService,
        RolloutCache,
        OfferBook,
        UpdateDecisionService,
        DeviceStateWriter,
        StatusReportsService,
        CohortCensusService,
        RolloutEngineService,
        ReadinessService,
      ],
    };
  }
}
