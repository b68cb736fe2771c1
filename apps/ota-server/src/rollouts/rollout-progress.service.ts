import { Inject, Injectable, Logger } from '@nestjs/common';
import { sumStageCounts } from '@app/rollout';
import { CLOCK, Clock } from '../clock/clock';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { appendProgressPoint, lastProgressPoint, progressPointsOf, type ProgressPoint } from './rollout-progress.repository';
import { countByStage } from './rollout-stage-count.repository';
import type { RolloutEntity } from './rollout.entity';

/**
 * Counts over time, so progress can be plotted (D9): the engine samples each running rollout once per tick and
 * every transition samples its rollout. A sample that changed nothing (same stage, state and counts) is not
 * kept, so an idle rollout costs one indexed read per tick and its points are the moments something moved.
 */
@Injectable()
export class RolloutProgressService {
  private readonly logger = new Logger('rollout-progress');

  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Samples each rollout; a failure is logged and never fails the tick or the transition that asked. */
  async sample(rollouts: readonly Pick<RolloutEntity, 'id' | 'state' | 'stageIndex'>[]): Promise<void> {
    for (const r of rollouts) {
      await this.sampleOne(r).catch((err: Error) => this.logger.warn({ err: err.message, rollout: r.id }, 'progress sample failed'));
    }
  }

  points(rolloutId: string): Promise<ProgressPoint[]> {
    return this.storage.read((m) => progressPointsOf(sqlTxOf(m), rolloutId));
  }

  private async sampleOne(r: Pick<RolloutEntity, 'id' | 'state' | 'stageIndex'>): Promise<void> {
    await this.storage.write('rollout progress', async (m) => {
      const tx = sqlTxOf(m);
      const counts = sumStageCounts((await countByStage(tx, r.id)).values());
      const last = await lastProgressPoint(tx, r.id);
      if (last && last.stageIndex === r.stageIndex && last.state === r.state && sameCounts(last.counts, counts)) return;
      await appendProgressPoint(tx, r.id, { at: this.clock.now().toISOString(), stageIndex: r.stageIndex, state: r.state, counts });
    });
  }
}

function sameCounts(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
