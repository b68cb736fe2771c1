import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decideStage, type HealthPolicy, type Stage } from '@app/rollout';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { LeaseService } from '../database/lease.service';
import { ApiError } from '../http/api-error';
import { MetricsService } from '../metrics/metrics.service';
import { TufRepositoryService } from '../tuf/tuf-repository.service';
import { OfferBook } from './offer-book.service';
import { RolloutCache } from './rollout-cache.service';
import { countByStage, emptyCounts } from './rollout-counts';
import { needsApprovalToLeaveStage } from './rollout-transitions';
import { RolloutEntity } from './rollout.entity';
import { RolloutsService } from './rollouts.service';

const SYSTEM = { id: 'system' };

/**
 * The scheduled tick (issue 3): evaluates every running rollout with the D4 stage policy (auto-advance,
 * auto-halt, completion) and re-signs timestamp metadata before it expires. Under a lease, so with several
 * instances one runs it; transitions are revision-checked, so even a lost lease cannot apply one twice.
 */
@Injectable()
export class RolloutEngineService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('rollout-engine');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rollouts: RolloutsService,
    private readonly cache: RolloutCache,
    private readonly offers: OfferBook,
    private readonly tuf: TufRepositoryService,
    private readonly leases: LeaseService,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.cache.refresh();
    this.timer = setInterval(() => void this.tick(), this.config.rollout.tickMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One evaluation pass; concurrent calls share the pass in progress. */
  tick(): Promise<void> {
    this.running ??= this.pass()
      .catch((err: Error) => this.logger.error({ err: err.message }, 'rollout tick failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    // Every instance, lease or not: pick up what the others changed (rollouts, device states, TUF metadata).
    await this.offers.flush();
    await this.cache.refresh();
    await this.offers.sync();
    await this.tuf.syncFromDatabase();
    const leaseMs = Math.max(this.config.rollout.tickMs * 3, 15_000);
    if (!(await this.leases.acquire('rollout-tick', leaseMs))) {
      this.logger.debug({}, 'another instance holds the rollout tick lease');
      return;
    }
    await this.tuf.refreshTimestampIfDue();
    const running = await this.db.getRepository(RolloutEntity).findBy({ state: 'running' });
    for (const r of running) await this.evaluate(r);
    for (const r of this.cache.all()) this.metrics.rolloutStage.set({ rollout: r.id, state: r.state }, r.stageIndex);
  }

  private async evaluate(r: RolloutEntity): Promise<void> {
    const stages = JSON.parse(r.stages) as Stage[];
    const counts = (await countByStage(this.db, r.id)).get(r.stageIndex) ?? emptyCounts();
    const d = decideStage({
      stage: stages[r.stageIndex],
      isLastStage: r.stageIndex === stages.length - 1,
      stageStartedAt: new Date(r.stageStartedAt ?? r.updatedAt),
      now: this.clock.now(),
      counts,
      policy: JSON.parse(r.policy) as HealthPolicy,
      // The longest pollAfterSeconds handed out, plus one tick for the other instances to see the stage (never
      // more than a poll interval: ticks are that frequent in any sane setting): after that every device of the
      // cohort has asked for its offer (D4).
      pollCycleSeconds: this.config.device.pollIntervalSeconds + this.config.device.pollJitterSeconds + Math.min(Math.ceil(this.config.rollout.tickMs / 1000), this.config.device.pollIntervalSeconds),
    });
    if (d.decision === 'hold' || (d.decision === 'advance' && needsApprovalToLeaveStage(r))) {
      this.logger.debug({ rollout: r.id, stage: r.stageIndex, reason: d.decision === 'hold' ? d.reason : 'awaiting approval' }, 'rollout holds');
      return;
    }
    const action = d.decision === 'complete' ? 'complete' : d.decision;
    try {
      await this.rollouts.act(SYSTEM, r.id, action, `auto: ${d.reason}`, r.revision);
      this.logger.log({ rollout: r.id, action, stage: r.stageIndex, reason: d.reason }, 'rollout transition');
    } catch (err) {
      // Another instance or an admin changed the rollout since it was read: nothing to do this pass.
      if (!(err instanceof ApiError && err.status === 409)) throw err;
    }
  }
}
