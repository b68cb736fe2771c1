import { In } from 'typeorm';
import type { Tx } from '../database/storage.service';
import { DeviceEntity } from '../devices/device.entity';
import { DeviceGroupEntity, DeviceGroupMemberEntity, DeviceTagEntity } from './device-group.entity';

/** Rows per statement: an IN list or a multi-row insert stays well under every driver's parameter limit. */
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function findGroup(tx: Tx, name: string): Promise<DeviceGroupEntity | undefined> {
  return (await tx.getRepository(DeviceGroupEntity).findOneBy({ name })) ?? undefined;
}

export function listGroups(tx: Tx): Promise<DeviceGroupEntity[]> {
  return tx.getRepository(DeviceGroupEntity).find({ order: { name: 'ASC' } });
}

/** Fails with a unique violation when the group exists. */
export async function insertGroup(tx: Tx, group: DeviceGroupEntity): Promise<void> {
  await tx.getRepository(DeviceGroupEntity).insert(group);
}

/** Adds the ids not yet listed; answers how many were added. */
export async function addMembers(tx: Tx, groupName: string, deviceIds: readonly string[]): Promise<number> {
  const repo = tx.getRepository(DeviceGroupMemberEntity);
  let added = 0;
  for (const part of chunks(deviceIds)) {
    const present = new Set((await repo.findBy({ groupName, deviceId: In(part) })).map((m) => m.deviceId));
    const fresh = part.filter((id) => !present.has(id));
    if (fresh.length) await repo.insert(fresh.map((deviceId) => ({ groupName, deviceId })));
    added += fresh.length;
  }
  return added;
}

export async function removeMembers(tx: Tx, groupName: string, deviceIds: readonly string[]): Promise<number> {
  let removed = 0;
  for (const part of chunks(deviceIds)) removed += (await tx.getRepository(DeviceGroupMemberEntity).delete({ groupName, deviceId: In(part) })).affected ?? 0;
  return removed;
}

export function countMembers(tx: Tx, groupName: string): Promise<number> {
  return tx.getRepository(DeviceGroupMemberEntity).countBy({ groupName });
}

/** Listed ids that belong to a registered device. */
export async function countRegisteredMembers(tx: Tx, groupName: string): Promise<number> {
  return tx
    .getRepository(DeviceGroupMemberEntity)
    .createQueryBuilder('m')
    .innerJoin(DeviceEntity, 'd', 'd.id = m.device_id')
    .where('m.group_name = :groupName', { groupName })
    .getCount();
}

/** A group's ids in order after `afterId`. */
export async function memberPage(tx: Tx, groupName: string, offset: number, limit: number): Promise<string[]> {
  const rows = await tx.getRepository(DeviceGroupMemberEntity).find({ where: { groupName }, order: { deviceId: 'ASC' }, skip: offset, take: limit });
  return rows.map((r) => r.deviceId);
}

export function allMembers(tx: Tx): Promise<DeviceGroupMemberEntity[]> {
  return tx.getRepository(DeviceGroupMemberEntity).find();
}

export function allTags(tx: Tx): Promise<DeviceTagEntity[]> {
  return tx.getRepository(DeviceTagEntity).find();
}

export function tagsOf(tx: Tx, deviceIds: readonly string[]): Promise<DeviceTagEntity[]> {
  return tx.getRepository(DeviceTagEntity).findBy({ deviceId: In([...deviceIds]) });
}

export async function addTags(tx: Tx, deviceIds: readonly string[], tags: readonly string[]): Promise<void> {
  const repo = tx.getRepository(DeviceTagEntity);
  for (const part of chunks(deviceIds)) {
    const present = new Set((await repo.findBy({ deviceId: In(part), tag: In([...tags]) })).map((t) => `${t.deviceId}:${t.tag}`));
    const fresh = part.flatMap((deviceId) => tags.filter((tag) => !present.has(`${deviceId}:${tag}`)).map((tag) => ({ deviceId, tag })));
    for (const rows of chunks(fresh)) await repo.insert(rows);
  }
}

export async function removeTags(tx: Tx, deviceIds: readonly string[], tags: readonly string[]): Promise<void> {
  for (const part of chunks(deviceIds)) await tx.getRepository(DeviceTagEntity).delete({ deviceId: In(part), tag: In([...tags]) });
}

export async function countRegistered(tx: Tx, deviceIds: readonly string[]): Promise<number> {
  let n = 0;
  for (const part of chunks(deviceIds)) n += await tx.getRepository(DeviceEntity).countBy({ id: In(part) });
  return n;
}
