import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { HotWrites } from '../database/hot-writes.service';
import { isStorageUnavailable } from '../database/storage-errors';
import { MetricsService } from '../metrics/metrics.service';
import type { ReportItem, ReportResult } from './device-rollout.repository';
import { OfferBook } from './offer-book.service';
import { rolloutWrites } from './rollout-write.jobs';

/** Reports per group: a group is one transaction, about 20 us of the write worker's time per report. */
const MAX_GROUP = 500;

interface Waiting {
  item: ReportItem;
  resolve: (r: ReportResult) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit of device state (D6): status reports queue here and are committed many to a transaction, each
 * answered only once its group committed; the offers polls made meanwhile ride along in the same transaction
 * (so a report always finds its offer's row). One group is in flight at a time: while it commits the next one
 * gathers, so a busy server writes big groups and an idle one writes at once. Offers with no report to ride
 * along are written every CHECKIN_FLUSH_MS. A failed group answers every report in it with the failure (a
 * storage failure: 503, the devices retry) and gives its offers back for the next group.
 */
@Injectable()
export class DeviceStateWriter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('device-state');
  private queue: Waiting[] = [];
  private inFlight?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly hot: HotWrites,
    private readonly offers: OfferBook,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flushOffers().catch(() => undefined), this.config.device.checkinFlushMs);
    this.timer.unref();
    this.hot.onShutdown(() => this.flushOffers());
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Queues a report; resolves with its result once the group it went in has committed. */
  report(item: ReportItem): Promise<ReportResult> {
    return new Promise<ReportResult>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.kick();
    });
  }

  /** Writes the offers made so far (admin reads want them); rejects when they could not be written. */
  async flushOffers(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (this.offers.pendingCount === 0 && this.queue.length === 0) return;
    const failure = await this.runGroup();
    if (failure !== undefined) throw failure;
  }

  private kick(): void {
    if (this.inFlight || this.queue.length === 0) return;
    void this.runGroup();
  }

  /** Commits one group; resolves with the error when it failed (already passed to its reports). */
  private runGroup(): Promise<unknown> {
    const group = this.queue.splice(0, MAX_GROUP);
    const offers = this.offers.takePending();
    let failure: unknown;
    const run = (async () => {
      try {
        const results = await this.hot.run(rolloutWrites, 'commitReports', { offers, reports: group.map((w) => w.item), now: this.clock.now().toISOString() });
        if (group.length > 0) this.metrics.reportGroupSize.observe(group.length);
        group.forEach((w, i) => this.settle(w, results[i]));
      } catch (err) {
        failure = err;
        this.offers.restore(offers);
        if (!isStorageUnavailable(err)) this.logger.error({ err: (err as Error).message, reports: group.length }, 'device state group failed');
        await this.retryOneByOne(group, err);
      }
    })();
    this.inFlight = run.finally(() => {
      this.inFlight = undefined;
      this.kick();
    });
    return this.inFlight.then(() => failure);
  }

  /**
   * A group that failed for another reason than the storage (a bug, one report the database refused) must not
   * take the others with it: each report is tried alone.
   */
  private async retryOneByOne(group: Waiting[], err: unknown): Promise<void> {
    if (isStorageUnavailable(err) || group.length <= 1) {
      for (const w of group) w.reject(err);
      return;
    }
    for (const w of group) {
      try {
        const [result] = await this.hot.run(rolloutWrites, 'commitReports', { offers: [], reports: [w.item], now: this.clock.now().toISOString() });
        this.settle(w, result);
      } catch (one) {
        w.reject(one);
      }
    }
  }

  private settle(w: Waiting, result: ReportResult): void {
    // A duplicate too: the report may have been stored through another instance, whose memory is not this one's.
    if (result.kind !== 'refused') this.offers.set(w.item.rolloutId, w.item.deviceId, w.item.status);
    w.resolve(result);
  }
}
