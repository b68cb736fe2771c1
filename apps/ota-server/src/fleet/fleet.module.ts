import { Module } from '@nestjs/common';
import { DevicesModule } from '../devices/devices.module';
import { RolloutsModule } from '../rollouts/rollouts.module';
import { DevicesAdminController } from './devices-admin.controller';
import { FleetService } from './fleet.service';
import { RolloutDevicesService } from './rollout-devices.service';
import { RolloutFleetController } from './rollout-fleet.controller';
import { RolloutPreviewService } from './rollout-preview.service';

/** The release engineer's view of the fleet: devices with their rollout history (the registry and rollout progress together). */
@Module({
  imports: [DevicesModule, RolloutsModule],
  controllers: [DevicesAdminController, RolloutFleetController],
  providers: [FleetService, RolloutDevicesService, RolloutPreviewService],
})
export class FleetModule {}
