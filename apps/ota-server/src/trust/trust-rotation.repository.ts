import type { Tx } from '../database/storage.service';
import { TrustRotationEntity } from './trust-rotation.entity';

/** The rotation waiting for its targets re-sign, if any (at most one: a new root is refused while one waits). */
export async function findPendingRotation(tx: Tx): Promise<TrustRotationEntity | undefined> {
  return (await tx.getRepository(TrustRotationEntity).findOneBy({ state: 'pending' })) ?? undefined;
}

/** Fails on the primary key when another instance stored a rotation to the same root version first. */
export async function insertRotation(tx: Tx, rotation: TrustRotationEntity): Promise<void> {
  await tx.getRepository(TrustRotationEntity).insert(rotation);
}

export async function updateRotation(
  tx: Tx,
  rootVersion: number,
  patch: Partial<Pick<TrustRotationEntity, 'proposedTargets' | 'baseTargetsVersion' | 'state' | 'uploads' | 'completedAt'>>,
): Promise<void> {
  await tx.getRepository(TrustRotationEntity).update({ rootVersion }, patch);
}

/** A cancelled rotation leaves no row, so its root version can be submitted again. */
export async function deleteRotation(tx: Tx, rootVersion: number): Promise<void> {
  await tx.getRepository(TrustRotationEntity).delete({ rootVersion, state: 'pending' });
}
