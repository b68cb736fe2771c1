import { In } from 'typeorm';
import type { Tx } from '../database/storage.service';
import { ReleaseEntity } from './release.entity';
import { ReleaseSignatureEntity } from './release-signature.entity';

export async function findRelease(tx: Tx, id: string): Promise<ReleaseEntity | undefined> {
  return (await tx.getRepository(ReleaseEntity).findOneBy({ id })) ?? undefined;
}

export async function findReleases(tx: Tx, ids: readonly string[]): Promise<ReleaseEntity[]> {
  return ids.length ? tx.getRepository(ReleaseEntity).findBy({ id: In([...ids]) }) : [];
}

export function releaseExists(tx: Tx, stream: string, releaseCounter: number): Promise<boolean> {
  return tx.getRepository(ReleaseEntity).existsBy({ stream, releaseCounter });
}

/** The newest releases first. */
export function listReleases(tx: Tx, limit: number): Promise<ReleaseEntity[]> {
  return tx.getRepository(ReleaseEntity).find({ order: { createdAt: 'DESC' }, take: limit });
}

/** Fails with a unique violation (`isUniqueViolation`) when the stream already has this release counter. */
export async function insertRelease(tx: Tx, release: ReleaseEntity): Promise<void> {
  await tx.getRepository(ReleaseEntity).insert(release);
}

export async function updateRelease(
  tx: Tx,
  id: string,
  patch: Partial<Pick<ReleaseEntity, 'proposedTargets' | 'baseTargetsVersion' | 'state' | 'publishedAt'>>,
): Promise<void> {
  await tx.getRepository(ReleaseEntity).update({ id }, patch);
}

export function releaseSignatures(tx: Tx, releaseId: string): Promise<ReleaseSignatureEntity[]> {
  return tx.getRepository(ReleaseSignatureEntity).find({ where: { releaseId }, order: { signedAt: 'ASC', keyid: 'ASC' } });
}

/** Records a signature; signing again with the same key keeps the first record. */
export async function recordReleaseSignature(tx: Tx, row: ReleaseSignatureEntity): Promise<void> {
  await tx.getRepository(ReleaseSignatureEntity).createQueryBuilder().insert().values(row).orIgnore().execute();
}

export async function clearReleaseSignatures(tx: Tx, releaseId: string): Promise<void> {
  await tx.getRepository(ReleaseSignatureEntity).delete({ releaseId });
}
