import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '../images/images.module';
import { MetricsModule } from '../metrics/metrics.module';
import { TufMetadataEntity } from './tuf-metadata.entity';
import { TufTargetEntity } from './tuf-target.entity';
import { TufExpiryService } from './tuf-expiry.service';
import { TufRepositoryService } from './tuf-repository.service';
import { TufController } from './tuf.controller';

/** The published TUF repository (D3): what devices fetch and verify, and the publishing of new versions. */
@Module({
  imports: [TypeOrmModule.forFeature([TufMetadataEntity, TufTargetEntity]), MetricsModule, ImagesModule],
  controllers: [TufController],
  providers: [TufRepositoryService, TufExpiryService],
  exports: [TufRepositoryService, TufExpiryService],
})
export class TufModule {}
