import { Injectable } from '@nestjs/common';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { DeviceRegistryService } from '../devices/device-registry.service';
import type { DeviceFilter } from '../devices/device.repository';
import type { DeviceDetailDto, DevicePageDto } from '../devices/dto/device.dto';
import { notFound } from '../http/api-error';
import { rolloutsOfDevice } from '../rollouts/device-rollout.repository';
import { DeviceStateWriter } from '../rollouts/device-state-writer.service';

/**
 * What a release engineer sees of the fleet: the registry (devices) joined with rollout progress (rollouts),
 * the one place that needs both, so neither feature depends on the other's admin view.
 */
@Injectable()
export class FleetService {
  constructor(
    private readonly registry: DeviceRegistryService,
    private readonly writer: DeviceStateWriter,
    private readonly storage: Storage,
  ) {}

  devices(filter: DeviceFilter, page: { offset: number; limit: number }): Promise<DevicePageDto> {
    return this.registry.list(filter, page);
  }

  async device(id: string): Promise<DeviceDetailDto> {
    // Offers made by polls are buffered (D6); write them first so the history includes the latest offer.
    await this.writer.flushOffers();
    const device = await this.registry.find(id);
    if (!device) throw notFound(`device ${id}`);
    const rollouts = await this.storage.read((tx) => rolloutsOfDevice(sqlTxOf(tx), id));
    return { ...device, rollouts };
  }
}
