import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { decideStage, emptyStageCounts, inProgressTimeoutSecondsOf, type HealthPolicy, type Stage } from '@app/rollout';
import { MembershipCache } from '../groups/membership-cache.service';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { HotWrites } from '../database/hot-writes.service';
import { LeaseService } from '../database/lease.service';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { ApiError } from '../http/api-error';
import { MetricsService } from '../metrics/metrics.service';
import { TufExpiryService } from '../tuf/tuf-expiry.service';
import { TufRepositoryService } from '../tuf/tuf-repository.service';
import { EventOutbox } from '../webhooks/event-outbox.service';
import { CohortCensusService } from './cohort-census.service';
import { DeviceStateWriter } from './device-state-writer.service';
import { OfferBook } from './offer-book.service';
import { RolloutProgressService } from './rollout-progress.service';
import { RolloutCache } from './rollout-cache.service';
import { countByStage } from './rollout-stage-count.repository';
import { AWAITING_APPROVAL } from './rollout-events';
import { haltWasOverruled } from './rollout-resume';
import { needsApprovalToLeaveStage } from './rollout-transitions';
import { rolloutWrites } from './rollout-write.jobs';
import { RolloutEntity } from './rollout.entity';
import { rolloutsIn } from './rollout.repository';
import { RolloutsService } from './rollouts.service';

const SYSTEM = { id: 'system' };
/** Stuck devices turned `timed-out` per transaction (D4); the pass repeats until none is left. */
const TIMEOUT_BATCH = 1_000;

/**
 * The scheduled tick: evaluates every running rollout with the D4 stage policy (auto-advance, auto-halt,
 * completion) on the evidence (counts, the expected cohort of the stage), times out devices stuck in
 * progress, and re-signs timestamp metadata before it expires. Under a lease, so with several instances one
 * runs it; transitions are revision-checked, so even a lost lease cannot apply one twice.
 */
@Injectable()
export class RolloutEngineService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('rollout-engine');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private followTimer?: NodeJS.Timeout;
  private following?: Promise<void>;

  constructor(
    private readonly storage: Storage,
    private readonly hot: HotWrites,
    private readonly rollouts: RolloutsService,
    private readonly cache: RolloutCache,
    private readonly offers: OfferBook,
    private readonly writer: DeviceStateWriter,
    private readonly registry: DeviceRegistryService,
    private readonly census: CohortCensusService,
    private readonly progress: RolloutProgressService,
    private readonly tuf: TufRepositoryService,
    private readonly expiry: TufExpiryService,
    private readonly leases: LeaseService,
    private readonly metrics: MetricsService,
    private readonly events: EventOutbox,
    private readonly memberships: MembershipCache,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {
    metrics.watchRollouts(
      () => cache.all(),
      () => clock.now().getTime(),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.cache.refresh();
    this.timer = setInterval(() => void this.tick(), this.config.rollout.tickMs);
    this.timer.unref();
    this.followTimer = setInterval(() => this.followOthers(), this.config.rollout.tickMs);
    this.followTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.followTimer);
    await Promise.all([this.running, this.following]);
  }

  /**
   * D6: a change made through another instance (a pause, a halt) reaches this instance's polls within a poll
   * interval however long a pass takes (under load a pass can wait seconds for the sqlite write lock): the
   * rollouts are re-read on a timer of their own, reads that never wait for a writer (WAL).
   */
  private followOthers(): void {
    this.following ??= this.cache
      .refresh()
      .catch((err: Error) => this.logger.debug({ err: err.message }, 'rollout refresh failed; the next tick retries'))
      .finally(() => (this.following = undefined));
  }

  /** One evaluation pass; concurrent calls share the pass in progress. */
  tick(): Promise<void> {
    this.running ??= this.pass()
      .catch((err: Error) => this.logger.error({ err: err.message }, 'rollout tick failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    // Every instance, lease or not: pick up what the others changed (rollouts, device states, TUF metadata) and
    // write what it buffered. Rollouts first, a single read: a pause or halt made through another instance must
    // reach this one's polls within a poll interval (D6), not wait behind this instance's own writes.
    await this.cache.refresh();
    // D8: tags and groups changed through another instance reach this one's polls within a tick too.
    await this.memberships.refresh();
    await Promise.all([this.writer.flushOffers(), this.registry.flush()]);
    await this.offers.sync();
    await this.tuf.syncFromDatabase();
    const leaseMs = Math.max(this.config.rollout.tickMs * 3, 15_000);
    if (!(await this.leases.acquire('rollout-tick', leaseMs))) {
      this.logger.debug({}, 'another instance holds the rollout tick lease');
      return;
    }
    await this.tuf.refreshTimestampIfDue();
    await this.startScheduled();
    // D7: while installs are withheld the silence of devices is the server's doing, not the release's: no device
    // times out, and no stage advances (no one can install) or halts.
    const withheld = this.expiry.review();
    await this.events.recordExpiryWarnings(this.expiry.freshness().warnings);
    if (!withheld) for (const r of this.cache.all()) await this.timeOutStuckDevices(r.id, r.policy);
    const running = await this.storage.read((tx) => rolloutsIn(tx, ['running']));
    // D9: counts over time, one point per running rollout per tick at most (transitions add theirs).
    await this.progress.sample(running);
    for (const r of running) await (withheld ? this.rollouts.noteHold(r.id, r.revision, `holding: ${withheld}`) : this.evaluate(r));
  }

  /** D8: drafts asked to start before their `startAt` start once it has passed (overlaps checked as at any start). */
  private async startScheduled(): Promise<void> {
    const now = this.clock.now().toISOString();
    const due = (await this.storage.read((tx) => rolloutsIn(tx, ['draft']))).filter((r) => r.startRequestedAt && r.startAt && r.startAt <= now);
    for (const r of due) {
      try {
        await this.rollouts.act(SYSTEM, r.id, 'start', `auto: scheduled start at ${r.startAt}`, r.revision);
        this.logger.log({ rollout: r.id, startAt: r.startAt }, 'scheduled rollout started');
      } catch (err) {
        // Changed meanwhile, or refused (an overlapping rollout runs): it stays a draft, retried next pass.
        if (!(err instanceof ApiError && err.status === 409)) throw err;
        this.logger.warn({ rollout: r.id, err: err.message }, 'scheduled rollout could not start');
      }
    }
  }

  /** D4: a device offered, downloading or installing that has not moved within the policy's timeout. */
  private async timeOutStuckDevices(rolloutId: string, policy: HealthPolicy): Promise<void> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - inProgressTimeoutSecondsOf(policy) * 1000).toISOString();
    for (;;) {
      const ids = await this.hot.run(rolloutWrites, 'timeOut', { rolloutId, cutoff, now: now.toISOString(), limit: TIMEOUT_BATCH });
      for (const id of ids) this.offers.set(rolloutId, id, 'timed-out');
      if (ids.length > 0) {
        this.metrics.deviceTimeouts.inc(ids.length);
        this.logger.log({ rollout: rolloutId, devices: ids.length }, 'devices timed out in progress');
      }
      if (ids.length < TIMEOUT_BATCH) return;
    }
  }

  private async evaluate(r: RolloutEntity): Promise<void> {
    const stages = JSON.parse(r.stages) as Stage[];
    const counts = (await this.storage.read((m) => countByStage(sqlTxOf(m), r.id))).get(r.stageIndex) ?? emptyStageCounts();
    const expected = await this.census.expectedPerStage(r);
    const d = decideStage({
      stage: stages[r.stageIndex],
      isLastStage: r.stageIndex === stages.length - 1,
      stageStartedAt: new Date(r.stageStartedAt ?? r.updatedAt),
      now: this.clock.now(),
      counts,
      policy: JSON.parse(r.policy) as HealthPolicy,
      ...(expected ? { expectedCohort: expected[r.stageIndex] } : {}),
      // The longest pollAfterSeconds handed out, plus one tick for the other instances to see the stage (never
      // more than a poll interval: ticks are that frequent in any sane setting): after that every device of the
      // cohort has asked for its offer (D4).
      pollCycleSeconds:
        this.config.device.pollIntervalSeconds +
        this.config.device.pollJitterSeconds +
        Math.min(Math.ceil(this.config.rollout.tickMs / 1000), this.config.device.pollIntervalSeconds),
    });
    const awaitingApproval = d.decision === 'advance' && needsApprovalToLeaveStage(r);
    const overruled = d.decision === 'halt' && haltWasOverruled(r, d.failures);
    if (d.decision === 'hold' || awaitingApproval || overruled) {
      const reason = awaitingApproval
        ? `${AWAITING_APPROVAL} (${d.reason})`
        : overruled
          ? `failures accepted by an approver's resume, halting again on a new failure (${d.reason})`
          : d.reason;
      this.logger.debug({ rollout: r.id, stage: r.stageIndex, reason }, 'rollout holds');
      await this.rollouts.noteHold(r.id, r.revision, `holding: ${reason}`, awaitingApproval);
      return;
    }
    try {
      await this.rollouts.act(SYSTEM, r.id, d.decision, `auto: ${d.reason}`, r.revision);
      this.logger.log({ rollout: r.id, action: d.decision, stage: r.stageIndex, reason: d.reason }, 'rollout transition');
    } catch (err) {
      // Another instance or an admin changed the rollout since it was read: nothing to do this pass.
      if (!(err instanceof ApiError && err.status === 409)) throw err;
    }
  }
}
