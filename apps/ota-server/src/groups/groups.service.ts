import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { CLOCK, Clock } from '../clock/clock';
import { isUniqueViolation } from '../database/storage-errors';
import { Storage, type Tx } from '../database/storage.service';
import type { AdminPrincipal } from '../http/admin-route';
import { ApiError, notFound } from '../http/api-error';
import { DeviceGroupEntity } from './device-group.entity';
import * as repo from './device-group.repository';
import type { CreateGroupDto, GroupDetailDto, GroupDto, GroupListDto } from './dto/group.dto';
import { MembershipCache } from './membership-cache.service';

/** D8 static device groups: named lists of device ids an audience can name. Every change is audited (D5). */
@Injectable()
export class GroupsService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly memberships: MembershipCache,
    private readonly registry: DeviceRegistryService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(admin: AdminPrincipal, dto: CreateGroupDto): Promise<GroupDto> {
    const group: DeviceGroupEntity = { name: dto.name, createdAt: this.clock.now().toISOString(), createdBy: admin.userName };
    const ids = [...new Set(dto.deviceIds)];
    // Devices seen since the last flush are buffered (D6): register them first, so `registered` counts them.
    await this.registry.flush();
    const view = await this.storage
      .write('group create', async (tx) => {
        await repo.insertGroup(tx, group);
        await repo.addMembers(tx, group.name, ids);
        await this.audit.append(tx, { actor: admin.userName, action: 'group.create', target: `group:${group.name}`, after: { devices: ids.length } });
        return this.viewOf(tx, group);
      })
      .catch((err: Error) => {
        if (isUniqueViolation(err)) throw new ApiError(409, 'CONFLICT', `a group named "${dto.name}" exists`);
        throw err;
      });
    await this.memberships.refresh();
    return view;
  }

  /** Adds (`remove` false) or removes device ids; answers the group as it is after. */
  async change(admin: AdminPrincipal, name: string, deviceIds: readonly string[], remove: boolean): Promise<GroupDto> {
    const ids = [...new Set(deviceIds)];
    await this.registry.flush();
    const view = await this.storage.write(`group ${remove ? 'remove' : 'add'}`, async (tx) => {
      const group = await this.find(tx, name);
      const n = remove ? await repo.removeMembers(tx, name, ids) : await repo.addMembers(tx, name, ids);
      const action = remove ? 'group.remove_devices' : 'group.add_devices';
      await this.audit.append(tx, { actor: admin.userName, action, target: `group:${name}`, after: { asked: ids.length, changed: n } });
      return this.viewOf(tx, group);
    });
    await this.memberships.refresh();
    return view;
  }

  async list(): Promise<GroupListDto> {
    await this.registry.flush();
    return this.storage.read(async (tx) => {
      const groups: GroupDto[] = [];
      for (const g of await repo.listGroups(tx)) groups.push(await this.viewOf(tx, g));
      return { groups };
    });
  }

  async show(name: string, offset: number, limit: number): Promise<GroupDetailDto> {
    await this.registry.flush();
    return this.storage.read(async (tx) => {
      const group = await this.find(tx, name);
      return { ...(await this.viewOf(tx, group)), deviceIds: await repo.memberPage(tx, name, offset, limit), offset, limit };
    });
  }

  private async find(tx: Tx, name: string): Promise<DeviceGroupEntity> {
    const group = await repo.findGroup(tx, name);
    if (!group) throw notFound(`group ${name}`);
    return group;
  }

  private async viewOf(tx: Tx, g: DeviceGroupEntity): Promise<GroupDto> {
    const [size, registered] = [await repo.countMembers(tx, g.name), await repo.countRegisteredMembers(tx, g.name)];
    return { name: g.name, createdAt: g.createdAt, createdBy: g.createdBy, size, registered };
  }
}
