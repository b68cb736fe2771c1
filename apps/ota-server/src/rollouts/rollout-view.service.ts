import { Inject, Injectable } from '@nestjs/common';
import {
  emptyStageCounts,
  sumStageCounts,
  wilsonInterval,
  zForConfidence,
  type AudienceFilter,
  type HealthPolicy,
  type Stage,
  type StageCounts,
} from '@app/rollout';
import { CLOCK, Clock } from '../clock/clock';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { findRelease } from '../releases/release.repository';
import { CohortCensusService } from './cohort-census.service';
import { DeviceStateWriter } from './device-state-writer.service';
import { outcomesOf, type OutcomeCount } from './rollout-outcome.repository';
import { countByStage } from './rollout-stage-count.repository';
import { RolloutEntity } from './rollout.entity';
import type { RolloutViewDto } from './dto/rollout-view.dto';

/** What a release engineer sees of a rollout: stages with counts, health with its interval, outcomes per key. */
@Injectable()
export class RolloutViewService {
  constructor(
    private readonly storage: Storage,
    private readonly writer: DeviceStateWriter,
    private readonly census: CohortCensusService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(r: RolloutEntity): Promise<RolloutViewDto> {
    // Offers polls made are written with the next group commit (D6): write them first, so the counts include them.
    await this.writer.flushOffers();
    const stages = JSON.parse(r.stages) as Stage[];
    const policy = JSON.parse(r.policy) as HealthPolicy;
    const { byStage, outcomes, release } = await this.storage.read(async (tx) => ({
      byStage: await countByStage(sqlTxOf(tx), r.id),
      outcomes: await outcomesOf(sqlTxOf(tx), r.id),
      release: await findRelease(tx, r.releaseId),
    }));
    const totals = sumStageCounts(byStage.values());
    const expected = this.census.known(r);
    return {
      id: r.id,
      name: r.name,
      state: r.state,
      stateReason: r.stateReason,
      stageIndex: r.stageIndex,
      stageStartedAt: r.stageStartedAt,
      startAt: r.startAt,
      startRequestedAt: r.startRequestedAt,
      requiresApproval: r.requiresApproval,
      approvedBy: r.approvedBy,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      revision: r.revision,
      release: release
        ? { id: release.id, manifestId: release.manifestId, stream: release.stream, releaseCounter: release.releaseCounter, target: release.targetPath }
        : null,
      audience: JSON.parse(r.audience) as AudienceFilter,
      policy,
      stages: stages.map((s, i) => ({
        index: i,
        ...s,
        // D4: registered audience devices this stage's cohort adds (from the engine's last census; null before one).
        expectedDevices: expected?.[i] ?? null,
        counts: byStage.get(i) ?? emptyStageCounts(),
        health: this.health(byStage.get(i) ?? emptyStageCounts(), policy),
      })),
      totals: { ...totals, health: this.health(totals, policy) },
      outcomes: this.outcomeTable(outcomes),
      asOf: this.clock.now().toISOString(),
    };
  }

  /** Failure rate with its Wilson interval at the policy's confidence (D4); timed-out devices count as the policy says. */
  private health(c: StageCounts, policy: HealthPolicy): RolloutViewDto['totals']['health'] {
    const failures = c.failed + c.rolledBack + (policy.timedOutCountsAsFailure ? c.timedOut : 0);
    const samples = c.succeeded + failures;
    const interval = wilsonInterval(failures, samples, zForConfidence(policy.confidence));
    return { samples, failures, failureRate: samples ? failures / samples : 0, interval, confidence: policy.confidence, maxFailureRate: policy.maxFailureRate };
  }

  /** `{ "cloud_messaging.enabled": { "setFactoryDefault": { "applied": 812 }, ... } }` */
  private outcomeTable(rows: OutcomeCount[]): Record<string, Record<string, Record<string, number>>> {
    const table: Record<string, Record<string, Record<string, number>>> = {};
    for (const o of rows) ((table[o.key] ??= {})[o.op] ??= {})[o.result] = o.count;
    return table;
  }
}
