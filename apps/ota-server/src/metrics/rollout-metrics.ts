import { Counter, Gauge, type Registry } from 'prom-client';
import { DEVICE_ROLLOUT_STATUSES } from '@app/protocol';

/** What the rollout metrics read at a scrape: the rollouts the server serves now (the rollout cache). */
export interface RolloutReading {
  id: string;
  state: string;
  stageIndex: number;
}

/** The states a served rollout can be in (the cache holds no drafts, and drops a completed rollout at once). */
const SERVED_STATES = ['running', 'paused', 'halted', 'cancelled'] as const;
/**
 * How long a rollout's report counters stay after it left the served set (completed, or stopped longer than the
 * cache keeps it): long enough for every scrape to see the final values, short enough that the series of past
 * rollouts do not pile up (one series per rollout and status, never per device).
 */
export const ENDED_ROLLOUT_SERIES_MS = 3_600_000;

/**
 * D4 "every transition has a metric", D6 "gauges computed at scrape": the state and stage of each rollout are
 * read from the cache at each scrape, so a halted rollout shows as halted only (a gauge set at each tick kept
 * its `running` series after the halt), and a rollout that is gone has no series.
 */
export class RolloutMetrics {
  private read: () => readonly RolloutReading[] = () => [];
  private nowMs: () => number = Date.now;
  /** The rollouts with report series, and when a scrape first found each no longer served. */
  private readonly endedAt = new Map<string, number | undefined>();

  readonly stage: Gauge;
  readonly byState: Gauge;
  readonly reports: Counter;

  constructor(registry: Registry) {
    this.stage = new Gauge({
      name: 'ota_rollout_stage',
      help: 'Current stage index (0 = first) of each rollout the server serves, labelled with its state (exactly one series per rollout)',
      labelNames: ['rollout', 'state'],
      registers: [registry],
      collect: () => {
        this.stage.reset();
        for (const r of this.read()) this.stage.set({ rollout: r.id, state: r.state }, r.stageIndex);
      },
    });
    this.byState = new Gauge({
      name: 'ota_rollouts',
      help: 'Rollouts the server serves, by state (halted and cancelled ones for 7 days after they stopped; completed ones are counted in ota_rollout_transitions_total)',
      labelNames: ['state'],
      registers: [registry],
      collect: () => {
        const rollouts = this.read();
        for (const state of SERVED_STATES) this.byState.set({ state }, rollouts.filter((r) => r.state === state).length);
      },
    });
    this.reports = new Counter({
      name: 'ota_rollout_reports_total',
      help: `Device status reports accepted per rollout and status (not duplicates); a rollout's series go ${ENDED_ROLLOUT_SERIES_MS / 1000} s after a scrape first finds it no longer served`,
      labelNames: ['rollout', 'status'],
      registers: [registry],
      collect: () => this.dropEnded(),
    });
  }

  /** Reads the rollouts at each scrape; `nowMs` is the server's clock. */
  watch(read: () => readonly RolloutReading[], nowMs: () => number): void {
    this.read = read;
    this.nowMs = nowMs;
  }

  countReport(rollout: string, status: string): void {
    this.reports.inc({ rollout, status });
    if (!this.endedAt.has(rollout)) this.endedAt.set(rollout, undefined);
  }

  /** A rollout's series stay for one grace period after the first scrape that found it no longer served. */
  private dropEnded(): void {
    const now = this.nowMs();
    const served = new Set(this.read().map((r) => r.id));
    for (const [rollout, endedAt] of this.endedAt) {
      if (served.has(rollout)) this.endedAt.set(rollout, undefined);
      else if (endedAt === undefined) this.endedAt.set(rollout, now);
      else if (now - endedAt > ENDED_ROLLOUT_SERIES_MS) {
        for (const status of DEVICE_ROLLOUT_STATUSES) this.reports.remove({ rollout, status });
        this.endedAt.delete(rollout);
      }
    }
  }
}
