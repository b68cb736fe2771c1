import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AudienceFilter, Stage } from '@app/rollout';
import { CLOCK, Clock } from '../clock/clock';
import { HotWrites } from '../database/hot-writes.service';
import { Storage } from '../database/storage.service';
import { cohortCensus, type CohortFigures } from './cohort-census.jobs';
import { RolloutEntity } from './rollout.entity';
import { updateCohortCensus } from './rollout.repository';

/** Devices register all the time: a census older than this is taken again (in the background). */
export const CENSUS_MAX_AGE_MS = 10 * 60 * 1000;

interface StoredCensus {
  /** What the census was taken for (salt, audience, stages); another basis means another census. */
  basis: string;
  takenAt: string;
  perStage: number[];
}

/**
 * Expected devices per stage of each running rollout (D4), from a walk over the registry (cohort-census.jobs.ts),
 * kept with the rollout so every instance shows the same figures. The first census of a rollout is awaited by
 * the engine; later ones are taken in the background while the last one is used.
 */
@Injectable()
export class CohortCensusService {
  private readonly logger = new Logger('census');
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly hot: HotWrites,
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Expected devices of each stage, taking a census when there is none; undefined while none could be taken. */
  async expectedPerStage(r: RolloutEntity): Promise<number[] | undefined> {
    const basis = basisOf(r);
    const stored = storedCensus(r);
    if (!stored || stored.basis !== basis) {
      return this.take(r, basis).catch((err: Error) => {
        this.logger.warn({ err: err.message, rollout: r.id }, 'cohort census failed; the stage holds until one succeeds');
        return undefined;
      });
    }
    if (this.clock.nowMs() - Date.parse(stored.takenAt) > CENSUS_MAX_AGE_MS && !this.refreshing.has(r.id)) {
      this.refreshing.add(r.id);
      void this.take(r, basis)
        .catch((err: Error) => this.logger.warn({ err: err.message, rollout: r.id }, 'cohort census refresh failed; keeping the last one'))
        .finally(() => this.refreshing.delete(r.id));
    }
    return stored.perStage;
  }

  /** The last census kept with a rollout, without taking one (the admin view shows it). */
  known(r: RolloutEntity): number[] | undefined {
    return storedCensus(r)?.perStage;
  }

  /** D4 figures of a plan before it is created (the preview): the registry walked with the salt given. */
  preview(plan: { audience: AudienceFilter; stages: Stage[]; salt: string }): Promise<CohortFigures> {
    return this.hot.run(cohortCensus, 'previewCohorts', plan);
  }

  private async take(r: RolloutEntity, basis: string): Promise<number[]> {
    const takenAt = this.clock.now().toISOString();
    const perStage = await this.hot.run(cohortCensus, 'expectedPerStage', {
      rolloutId: r.id,
      audience: JSON.parse(r.audience) as AudienceFilter,
      salt: r.salt,
      stages: JSON.parse(r.stages) as Stage[],
    });
    const census: StoredCensus = { basis, takenAt, perStage };
    await this.storage.write('cohort census', (tx) => updateCohortCensus(tx, r.id, JSON.stringify(census)));
    return perStage;
  }
}

function basisOf(r: RolloutEntity): string {
  return createHash('sha256').update(`${r.salt}\n${r.audience}\n${r.stages}`).digest('hex').slice(0, 16);
}

function storedCensus(r: RolloutEntity): StoredCensus | undefined {
  if (!r.cohortCensus) return undefined;
  try {
    return JSON.parse(r.cohortCensus) as StoredCensus;
  } catch {
    return undefined;
  }
}
