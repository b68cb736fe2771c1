import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { UPDATE_ACTIONS, type UpdateAction } from '@app/protocol';

/** Prometheus metrics (issue 3 "Operations"); one registry per app so several instances can share a process. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  /** Counted in plain numbers by `countPoll` (every poll; a labelled prom-client `inc` costs ~1 us) and added when read. */
  private readonly pollCounts: Record<UpdateAction, number> = { none: 0, install: 0, cancel: 0 };
  readonly polls = new Counter({
    name: 'ota_update_polls_total',
    help: 'Device update polls by answer',
    labelNames: ['action'],
    registers: [this.registry],
    collect: () => {
      for (const action of UPDATE_ACTIONS) {
        if (this.pollCounts[action] > 0) this.polls.inc({ action }, this.pollCounts[action]);
        this.pollCounts[action] = 0;
      }
    },
  });
  readonly offers = new Counter({ name: 'ota_offers_total', help: 'New offers made to devices', labelNames: ['rollout'], registers: [this.registry] });
  readonly statusReports = new Counter({ name: 'ota_status_reports_total', help: 'Device status reports by status and result', labelNames: ['status', 'result'], registers: [this.registry] });
  readonly rolloutTransitions = new Counter({ name: 'ota_rollout_transitions_total', help: 'Rollout state transitions', labelNames: ['action'], registers: [this.registry] });
  readonly rolloutStage = new Gauge({ name: 'ota_rollout_stage', help: 'Current stage index of each live rollout', labelNames: ['rollout', 'state'], registers: [this.registry] });
  readonly rejected = new Counter({ name: 'ota_overload_rejections_total', help: 'Device API requests answered 503 by the in-flight limit', registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'ota_http_request_duration_seconds',
    // Polls the fast lane answers are not in it (see FastLane): they are counted in ota_update_polls_total.
    help: 'Latency of requests through the framework by route and status class (polls answered by the fast lane are not timed)',
    labelNames: ['route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly tufTimestampExpiry = new Gauge({ name: 'ota_tuf_timestamp_expires_in_seconds', help: 'Seconds until the published timestamp metadata expires', registers: [this.registry] });

  private readonly latencyChildren = new Map<string, { observe(value: number): void }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ota_' });
  }

  /** Request latency by route and status class, with the labelled child cached (this runs on every request). */
  observeLatency(route: string, statusCode: number, seconds: number): void {
    const status = `${Math.floor(statusCode / 100)}xx`;
    const key = `${status} ${route}`;
    let child = this.latencyChildren.get(key);
    if (!child) this.latencyChildren.set(key, (child = this.latency.labels({ route, status })));
    child.observe(seconds);
  }

  countPoll(action: UpdateAction): void {
    this.pollCounts[action] += 1;
  }
}
