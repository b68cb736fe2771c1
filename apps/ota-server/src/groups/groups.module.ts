import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DevicesModule } from '../devices/devices.module';
import { DeviceGroupEntity, DeviceGroupMemberEntity, DeviceTagEntity } from './device-group.entity';
import { DeviceTagsController } from './device-tags.controller';
import { DeviceTagsService } from './device-tags.service';
import { GroupsController } from './groups.controller';
import { GroupsService } from './groups.service';
import { MembershipCache } from './membership-cache.service';

/**
 * Device groups and admin-assigned tags (D8), and their in-memory copy the poll decides with (MembershipCache).
 * Knows nothing of rollouts: rollouts import it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DeviceGroupEntity, DeviceGroupMemberEntity, DeviceTagEntity]), AuditModule, DevicesModule],
  controllers: [GroupsController, DeviceTagsController],
  providers: [GroupsService, DeviceTagsService, MembershipCache],
  exports: [MembershipCache],
})
export class GroupsModule {}
