import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeviceSessionController } from './device-session.controller';
import { DeviceSessionService } from './device-session.service';
import { DeviceRegistryService } from './device-registry.service';
import { DeviceEntity } from './device.entity';
import { SpentNonceEntity } from './spent-nonce.entity';
import { SpentNonceWriter } from './spent-nonce-writer';

/**
 * Devices (D5): who a device is (its certified key, its session token, its key on the hot path) and the
 * registry its check-ins keep. Knows nothing of rollouts; rollouts and the fleet view build on it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DeviceEntity, SpentNonceEntity])],
  controllers: [DeviceSessionController],
  providers: [DeviceSessionService, DeviceRegistryService, SpentNonceWriter],
  exports: [DeviceSessionService, DeviceRegistryService],
})
export class DevicesModule {}
