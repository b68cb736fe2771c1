import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ImagesModule } from '../images/images.module';
import { SignersModule } from '../signers/signers.module';
import { TufModule } from '../tuf/tuf.module';
import { ReleaseEntity } from './release.entity';
import { ReleaseSignatureEntity } from './release-signature.entity';
import { ReleasesAdminController } from './releases-admin.controller';
import { ReleasesService } from './releases.service';

/**
 * Releases (D3): manifests proposed as TUF targets, signed, published. Rollouts read release rows through
 * `release.repository.ts` (what a rollout ships), so the entity is exported with the module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReleaseEntity, ReleaseSignatureEntity]), TufModule, AuditModule, SignersModule, ImagesModule],
  controllers: [ReleasesAdminController],
  providers: [ReleasesService],
  exports: [TypeOrmModule],
})
export class ReleasesModule {}
