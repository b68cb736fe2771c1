import type { Tx } from '../database/storage.service';
import { AdminTokenEntity } from './admin-token.entity';

export async function findTokenByHash(tx: Tx, tokenHash: string): Promise<AdminTokenEntity | undefined> {
  return (await tx.getRepository(AdminTokenEntity).findOneBy({ tokenHash })) ?? undefined;
}

export async function findToken(tx: Tx, id: string): Promise<AdminTokenEntity | undefined> {
  return (await tx.getRepository(AdminTokenEntity).findOneBy({ id })) ?? undefined;
}

export function countTokens(tx: Tx): Promise<number> {
  return tx.getRepository(AdminTokenEntity).count();
}

/** Every token, oldest first. */
export function listTokens(tx: Tx): Promise<AdminTokenEntity[]> {
  return tx.getRepository(AdminTokenEntity).find({ order: { createdAt: 'ASC' } });
}

export async function insertToken(tx: Tx, token: AdminTokenEntity): Promise<void> {
  await tx.getRepository(AdminTokenEntity).insert(token);
}

export async function markTokenRevoked(tx: Tx, id: string, revokedAt: string): Promise<void> {
  await tx.getRepository(AdminTokenEntity).update({ id }, { revokedAt });
}
