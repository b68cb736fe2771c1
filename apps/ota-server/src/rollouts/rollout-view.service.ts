import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { wilsonInterval, zForConfidence, type HealthPolicy, type Stage, type StageCounts } from '@app/rollout';
import { CLOCK, Clock } from '../clock/clock';
import { ReleaseEntity } from '../releases/release.entity';
import { OfferBook } from './offer-book.service';
import { countByStage, emptyCounts, sumCounts } from './rollout-counts';
import { RolloutOutcomeEntity } from './rollout-outcome.entity';
import { RolloutEntity } from './rollout.entity';

/** What a release engineer sees of a rollout: stages with counts, health with its interval, outcomes per key. */
@Injectable()
export class RolloutViewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offers: OfferBook,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(r: RolloutEntity) {
    await this.offers.flush();
    const stages = JSON.parse(r.stages) as Stage[];
    const policy = JSON.parse(r.policy) as HealthPolicy;
    const [byStage, outcomes, release] = await Promise.all([
      countByStage(this.db, r.id),
      this.db.getRepository(RolloutOutcomeEntity).findBy({ rolloutId: r.id }),
      this.db.getRepository(ReleaseEntity).findOneBy({ id: r.releaseId }),
    ]);
    const totals = sumCounts(byStage.values());
    return {
      id: r.id,
      name: r.name,
      state: r.state,
      stateReason: r.stateReason,
      stageIndex: r.stageIndex,
      stageStartedAt: r.stageStartedAt,
      requiresApproval: r.requiresApproval,
      approvedBy: r.approvedBy,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      revision: r.revision,
      release: release && { id: release.id, manifestId: release.manifestId, stream: release.stream, releaseCounter: release.releaseCounter, target: release.targetPath },
      audience: JSON.parse(r.audience) as unknown,
      policy,
      stages: stages.map((s, i) => ({ index: i, ...s, counts: byStage.get(i) ?? emptyCounts(), health: this.health(byStage.get(i) ?? emptyCounts(), policy) })),
      totals: { ...totals, health: this.health(totals, policy) },
      outcomes: this.outcomeTable(outcomes),
      asOf: this.clock.now().toISOString(),
    };
  }

  /** Failure rate with its Wilson interval at the policy's confidence (D4). */
  private health(c: StageCounts, policy: HealthPolicy) {
    const failures = c.failed + c.rolledBack;
    const samples = c.succeeded + failures;
    const interval = wilsonInterval(failures, samples, zForConfidence(policy.confidence));
    return { samples, failures, failureRate: samples ? failures / samples : 0, interval, confidence: policy.confidence, maxFailureRate: policy.maxFailureRate };
  }

  /** `{ "cloud_messaging.enabled": { "setFactoryDefault": { "applied": 812 }, ... } }` */
  private outcomeTable(rows: RolloutOutcomeEntity[]): Record<string, Record<string, Record<string, number>>> {
    const table: Record<string, Record<string, Record<string, number>>> = {};
    for (const o of rows) ((table[o.key] ??= {})[o.op] ??= {})[o.result] = Number(o.count);
    return table;
  }
}
