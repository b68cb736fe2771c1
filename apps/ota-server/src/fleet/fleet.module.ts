import { Module } from '@nestjs/common';
import { DevicesModule } from '../devices/devices.module';
import { RolloutsModule } from '../rollouts/rollouts.module';
import { DevicesAdminController } from './devices-admin.controller';
import { FleetService } from './fleet.service';

/** The release engineer's view of the fleet: devices with their rollout history (the registry and rollout progress together). */
@Module({
  imports: [DevicesModule, RolloutsModule],
  controllers: [DevicesAdminController],
  providers: [FleetService],
})
export class FleetModule {}
