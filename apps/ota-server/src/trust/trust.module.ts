import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SignersModule } from '../signers/signers.module';
import { TufModule } from '../tuf/tuf.module';
import { TrustAdminController } from './trust-admin.controller';
import { TrustRotationEntity } from './trust-rotation.entity';
import { TrustService } from './trust.service';

/** Key lifecycle in operation (D7): root rotations submitted by admins, and the targets re-sign they may need. */
@Module({
  imports: [TypeOrmModule.forFeature([TrustRotationEntity]), TufModule, AuditModule, SignersModule],
  controllers: [TrustAdminController],
  providers: [TrustService],
})
export class TrustModule {}
