import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { Storage } from '../database/storage.service';
import type { AdminPrincipal } from '../http/admin-route';
import * as repo from './device-group.repository';
import type { BulkTagsResultDto, DeviceTagsDto, DeviceTagsResultDto } from './dto/group.dto';
import { MembershipCache } from './membership-cache.service';

/** D8 admin-assigned tags (devices report none): what a `tags` audience matches. Every change is audited (D5). */
@Injectable()
export class DeviceTagsService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly memberships: MembershipCache,
    private readonly registry: DeviceRegistryService,
  ) {}

  async tagOne(admin: AdminPrincipal, deviceId: string, dto: DeviceTagsDto): Promise<DeviceTagsResultDto> {
    // Devices seen since the last flush are buffered (D6): register them first, so `registered` counts them.
    await this.registry.flush();
    const result = await this.storage.write('device tags', async (tx) => {
      await this.apply(tx, admin, [deviceId], dto, `device:${deviceId}`);
      const tags = (await repo.tagsOf(tx, [deviceId])).map((t) => t.tag).sort();
      return { deviceId, tags, registered: (await repo.countRegistered(tx, [deviceId])) === 1 };
    });
    await this.memberships.refresh();
    return result;
  }

  async tagMany(admin: AdminPrincipal, deviceIds: readonly string[], dto: DeviceTagsDto): Promise<BulkTagsResultDto> {
    const ids = [...new Set(deviceIds)];
    await this.registry.flush();
    const result = await this.storage.write('device tags', async (tx) => {
      await this.apply(tx, admin, ids, dto, `devices:${ids.length}`);
      return { devices: ids.length, registered: await repo.countRegistered(tx, ids) };
    });
    await this.memberships.refresh();
    return result;
  }

  private async apply(tx: Parameters<typeof repo.addTags>[0], admin: AdminPrincipal, ids: string[], dto: DeviceTagsDto, target: string): Promise<void> {
    // A tag both added and removed is removed: the later word wins, as the CLI reads left to right.
    const remove = [...new Set(dto.remove)];
    const add = [...new Set(dto.add)].filter((t) => !remove.includes(t));
    if (add.length) await repo.addTags(tx, ids, add);
    if (remove.length) await repo.removeTags(tx, ids, remove);
    const after = ids.length === 1 ? { add, remove } : { add, remove, devices: ids.slice(0, 100) };
    await this.audit.append(tx, { actor: admin.userName, action: 'device.tags', target, after });
  }
}
