import type { Tx } from './storage.service';
import { ServerSecretEntity } from './server-secret.entity';

export async function findSecret(tx: Tx, name: string): Promise<string | undefined> {
  return (await tx.getRepository(ServerSecretEntity).findOneBy({ name }))?.value;
}

/** Stores `value` unless the secret exists already (another instance won the race); returns the stored value. */
export async function insertSecretOnce(tx: Tx, name: string, value: string): Promise<string> {
  const repo = tx.getRepository(ServerSecretEntity);
  await repo.createQueryBuilder().insert().values({ name, value }).orIgnore().execute();
  return (await repo.findOneByOrFail({ name })).value;
}
