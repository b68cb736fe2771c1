import type { Tx } from './storage.service';
import { LeaseEntity } from './lease.entity';

/**
 * Takes (or extends) the lease for `holder` until `expiresAt`: one conditional UPDATE, so two instances never
 * both hold it (D6). The row is created first if missing, free (expired at the epoch).
 */
export async function takeLease(tx: Tx, name: string, holder: string, now: string, expiresAt: string): Promise<boolean> {
  const repo = tx.getRepository(LeaseEntity);
  await repo
    .createQueryBuilder()
    .insert()
    .values({ name, holder: '', expiresAt: new Date(0).toISOString() })
    .orIgnore()
    .execute();
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ holder, expiresAt })
    .where('name = :name AND (holder = :me OR expires_at < :now)', { name, me: holder, now })
    .execute();
  return result.affected === 1;
}

/** The cheapest read there is (readiness: is the database reachable). */
export async function probeRead(tx: Tx): Promise<void> {
  await tx.getRepository(LeaseEntity).count({ take: 1 });
}

/** The cheapest write there is (readiness: does the database take writes again). */
export async function probeWrite(tx: Tx, holder: string, at: string): Promise<void> {
  await tx.getRepository(LeaseEntity).upsert({ name: 'readiness-probe', holder, expiresAt: at }, ['name']);
}
