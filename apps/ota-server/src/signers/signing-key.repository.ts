import type { Tx } from '../database/storage.service';
import { SigningKeyEntity } from './signing-key.entity';

export async function findSigningKey(tx: Tx, keyid: string): Promise<SigningKeyEntity | undefined> {
  return (await tx.getRepository(SigningKeyEntity).findOneBy({ keyid })) ?? undefined;
}

/** Every registered key, oldest first, revoked ones included. */
export function listSigningKeys(tx: Tx): Promise<SigningKeyEntity[]> {
  return tx.getRepository(SigningKeyEntity).find({ order: { registeredAt: 'ASC', keyid: 'ASC' } });
}

export async function insertSigningKey(tx: Tx, key: SigningKeyEntity): Promise<void> {
  await tx.getRepository(SigningKeyEntity).insert(key);
}

export async function markSigningKeyRevoked(tx: Tx, keyid: string, revokedAt: string): Promise<void> {
  await tx.getRepository(SigningKeyEntity).update({ keyid }, { revokedAt });
}
