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

/** A user's tokens, oldest first, revoked and expired ones included. */
export function listTokensOf(tx: Tx, userId: string): Promise<AdminTokenEntity[]> {
  return tx.getRepository(AdminTokenEntity).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
}

export async function insertToken(tx: Tx, token: AdminTokenEntity): Promise<void> {
  await tx.getRepository(AdminTokenEntity).insert(token);
}

export async function markTokenRevoked(tx: Tx, id: string, revokedAt: string): Promise<void> {
  await tx.getRepository(AdminTokenEntity).update({ id }, { revokedAt });
}
