import { audiencesOverlap, type AudienceFilter } from '@app/rollout';
import type { Tx } from '../database/storage.service';
import { ApiError } from '../http/api-error';
import { findRelease, findReleases } from '../releases/release.repository';
import type { RolloutEntity } from './rollout.entity';
import { rolloutsIn } from './rollout.repository';

/**
 * D4 "only one running rollout per stream reaches a device": the running or paused rollouts (a paused one may
 * resume at any time) of the same stream whose audience could match a device of `r`'s. Read in the caller's
 * transaction, so a start and its check are one.
 */
export async function overlappingRollouts(tx: Tx, r: Pick<RolloutEntity, 'id' | 'releaseId' | 'audience'>): Promise<RolloutEntity[]> {
  const release = await findRelease(tx, r.releaseId);
  const live = (await rolloutsIn(tx, ['running', 'paused'])).filter((o) => o.id !== r.id);
  const streams = new Map((await findReleases(tx, [...new Set(live.map((o) => o.releaseId))])).map((rel) => [rel.id, rel.stream]));
  const audience = JSON.parse(r.audience) as AudienceFilter;
  return live.filter((o) => streams.get(o.releaseId) === release?.stream && audiencesOverlap(audience, JSON.parse(o.audience) as AudienceFilter));
}

export function overlapError(other: RolloutEntity): ApiError {
  return new ApiError(
    409,
    'ROLLOUT_OVERLAP',
    `rollout ${other.id} ("${other.name}", ${other.state}) runs on the same stream with an overlapping audience; ` +
      `halt, cancel or complete it first, or create this rollout with "supersedes": "${other.id}"`,
  );
}
