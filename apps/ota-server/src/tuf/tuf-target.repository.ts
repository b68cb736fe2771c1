import { In } from 'typeorm';
import type { Tx } from '../database/storage.service';
import { TufTargetEntity } from './tuf-target.entity';

export async function insertTarget(tx: Tx, target: TufTargetEntity): Promise<void> {
  await tx.getRepository(TufTargetEntity).insert(target);
}

export async function findTargets(tx: Tx, paths: readonly string[]): Promise<TufTargetEntity[]> {
  return paths.length ? tx.getRepository(TufTargetEntity).findBy({ path: In([...paths]) }) : [];
}
