import { In } from 'typeorm';
import type { Tx } from '../database/storage.service';
import { RolloutEntity, type RolloutState } from './rollout.entity';

export async function findRollout(tx: Tx, id: string): Promise<RolloutEntity | undefined> {
  return (await tx.getRepository(RolloutEntity).findOneBy({ id })) ?? undefined;
}

/** The newest rollouts first. */
export function listRollouts(tx: Tx, limit: number): Promise<RolloutEntity[]> {
  return tx.getRepository(RolloutEntity).find({ order: { createdAt: 'DESC' }, take: limit });
}

/** Rollouts in any of `states`, oldest first (the order the hot path asks them in). */
export function rolloutsIn(tx: Tx, states: readonly RolloutState[]): Promise<RolloutEntity[]> {
  return tx.getRepository(RolloutEntity).find({ where: { state: In([...states]) }, order: { createdAt: 'ASC', id: 'ASC' } });
}

export async function insertRollout(tx: Tx, rollout: RolloutEntity): Promise<void> {
  await tx.getRepository(RolloutEntity).insert(rollout);
}

/**
 * Applies `patch` and moves to the next revision, only if the rollout is still at `revision`: false when
 * another instance (or an admin, or the engine) changed it since it was read.
 */
export async function updateRolloutAtRevision(tx: Tx, id: string, revision: number, patch: Partial<RolloutEntity>): Promise<boolean> {
  const result = await tx
    .getRepository(RolloutEntity)
    .createQueryBuilder()
    .update()
    .set({ ...patch, revision: revision + 1 })
    .where('id = :id AND revision = :revision', { id, revision })
    .execute();
  return result.affected === 1;
}

/** Records why a running rollout holds, without a new revision; only if it is still running at `revision` and the reason changed. */
export async function updateHoldReason(tx: Tx, id: string, revision: number, reason: string): Promise<void> {
  await tx
    .getRepository(RolloutEntity)
    .createQueryBuilder()
    .update()
    .set({ stateReason: reason })
    .where("id = :id AND revision = :revision AND state = 'running' AND (state_reason IS NULL OR state_reason <> :reason)", { id, revision, reason })
    .execute();
}

/** Keeps a rollout's cohort census (JSON) with it, so every instance shows the same figures. */
export async function updateCohortCensus(tx: Tx, id: string, census: string): Promise<void> {
  await tx.getRepository(RolloutEntity).update({ id }, { cohortCensus: census });
}
