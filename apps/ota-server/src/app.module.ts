import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConsoleModule } from './console/console.module';
import { CoreModule, type AppDependencies } from './core/core.module';
import { DatabaseModule } from './database/database.module';
import { DevicesModule } from './devices/devices.module';
import { FleetModule } from './fleet/fleet.module';
import { HealthModule } from './health/health.module';
import { ImagesModule } from './images/images.module';
import { MetricsModule } from './metrics/metrics.module';
import { ReleasesModule } from './releases/releases.module';
import { RolloutsModule } from './rollouts/rollouts.module';
import { TrustModule } from './trust/trust.module';
import { TufModule } from './tuf/tuf.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export type { AppDependencies } from './core/core.module';

/**
 * The server, feature by feature. Module imports point one way (STYLE "Layout and direction"):
 * fleet -> rollouts -> releases -> tuf -> metrics; rollouts -> devices, webhooks; releases, auth, trust, webhooks -> audit;
 * trust, health -> tuf.
 * Core (config, clock, randomness, trust anchors) and the database are global infrastructure below them all.
 */
@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(deps),
        DatabaseModule.forRoot(deps.config),
        MetricsModule,
        HealthModule,
        AuditModule,
        AuthModule,
        ImagesModule,
        TufModule,
        ReleasesModule,
        TrustModule,
        DevicesModule,
        WebhooksModule,
        RolloutsModule,
        FleetModule,
        ConsoleModule,
      ],
    };
  }
}
