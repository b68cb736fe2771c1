import { In } from 'typeorm';
import type { Tx } from '../database/storage.service';
import type { AdminRole } from '../http/admin-route';
import { AdminUserEntity } from './admin-user.entity';

/** A user as the services use it: roles as a list. */
export interface AdminUser extends Omit<AdminUserEntity, 'roles'> {
  roles: AdminRole[];
}

const fromRow = (row: AdminUserEntity): AdminUser => ({ ...row, roles: row.roles.split(',').filter(Boolean) as AdminRole[] });

export async function findUser(tx: Tx, id: string): Promise<AdminUser | undefined> {
  const row = await tx.getRepository(AdminUserEntity).findOneBy({ id });
  return row ? fromRow(row) : undefined;
}

export async function findUserByName(tx: Tx, name: string): Promise<AdminUser | undefined> {
  const row = await tx.getRepository(AdminUserEntity).findOneBy({ name });
  return row ? fromRow(row) : undefined;
}

export async function findUsers(tx: Tx, ids: readonly string[]): Promise<AdminUser[]> {
  return ids.length ? (await tx.getRepository(AdminUserEntity).findBy({ id: In([...ids]) })).map(fromRow) : [];
}

/** Every user, oldest first. */
export async function listUsers(tx: Tx): Promise<AdminUser[]> {
  return (await tx.getRepository(AdminUserEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } })).map(fromRow);
}

export async function insertUser(tx: Tx, user: AdminUser): Promise<void> {
  await tx.getRepository(AdminUserEntity).insert({ ...user, roles: user.roles.join(',') });
}

export async function markUserDisabled(tx: Tx, id: string, disabledAt: string): Promise<void> {
  await tx.getRepository(AdminUserEntity).update({ id }, { disabledAt });
}
