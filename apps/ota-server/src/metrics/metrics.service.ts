import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { UPDATE_ACTIONS, type UpdateAction } from '@app/protocol';
import { DATABASE_ERROR_KINDS, type DatabaseErrorKind } from '../database/storage-errors';
import { StorageHealth } from '../database/storage-health';
import { REFUSAL_REASONS, type OverloadLimit, type RefusalReason } from '../http/overload';
import { RolloutMetrics, type RolloutReading } from './rollout-metrics';

/** Default Node.js gauges named *_total; the default ota_nodejs_active_resources{type} (without _total) tells the same. */
const MISNAMED_DEFAULTS = ['nodejs_active_handles', 'nodejs_active_requests', 'nodejs_active_resources'];

/** What the TUF expiry monitor reports at a scrape (declared here: the tuf feature depends on metrics, not back). */
export interface TufExpiryReading {
  roles: readonly { role: string; expiresInSeconds: number; expiresAtSeconds: number; warning: boolean }[];
  installsWithheld: boolean;
}

/** Prometheus metrics (D6 operations); one registry per app so several instances can share a process. */
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
  readonly statusReports = new Counter({
    name: 'ota_status_reports_total',
    help: 'Device status reports by status and result',
    labelNames: ['status', 'result'],
    registers: [this.registry],
  });
  readonly rolloutTransitions = new Counter({
    name: 'ota_rollout_transitions_total',
    help: 'Rollout state transitions',
    labelNames: ['action'],
    registers: [this.registry],
  });
  /** Rollouts by state and stage, and reports per rollout (read from the rollout cache, see `watchRollouts`). */
  readonly rollouts = new RolloutMetrics(this.registry);
  /** The overload guard (http/overload.ts) lives outside Nest; createApp hands it over with `watchOverload`. */
  private overload?: OverloadLimit;
  private readonly refusalsSeen: Record<RefusalReason, number> = { 'event-loop-delay': 0, 'in-flight': 0, 'body-timeout': 0 };
  readonly rejected = new Counter({
    name: 'ota_overload_rejections_total',
    help: 'Device API requests refused to protect the server, by reason: event-loop-delay or in-flight (503 OVERLOADED), body-timeout (408, body not in within DEVICE_BODY_TIMEOUT_MS)',
    labelNames: ['reason'],
    registers: [this.registry],
    // The guard counts in plain numbers (a 503 must stay cheap under overload); what is new is added when read.
    collect: () => {
      if (!this.overload) return;
      const counts = this.overload.refusals();
      for (const reason of REFUSAL_REASONS) {
        this.rejected.inc({ reason }, counts[reason] - this.refusalsSeen[reason]);
        this.refusalsSeen[reason] = counts[reason];
      }
    },
  });
  readonly loopDelay = new Gauge({
    name: 'ota_overload_event_loop_delay_seconds',
    help: 'Event-loop delay sustained over the last three loop iterations, which the device API sheds on (SHED_LOOP_DELAY_MS)',
    registers: [this.registry],
    collect: () => {
      if (this.overload) this.loopDelay.set(this.overload.state().loopDelayMs / 1000);
    },
  });
  readonly deviceInFlight = new Gauge({
    name: 'ota_device_requests_in_flight',
    help: 'Device requests accepted (headers and body received) and not answered yet (DEVICE_MAX_INFLIGHT)',
    registers: [this.registry],
    collect: () => {
      if (this.overload) this.deviceInFlight.set(this.overload.state().inFlight);
    },
  });
  readonly deviceAwaitingBody = new Gauge({
    name: 'ota_device_requests_awaiting_body',
    help: 'Device requests whose headers arrived and whose body has not (not in flight; closed after DEVICE_BODY_TIMEOUT_MS)',
    registers: [this.registry],
    collect: () => {
      if (this.overload) this.deviceAwaitingBody.set(this.overload.state().awaitingBody);
    },
  });
  readonly shedding = new Gauge({
    name: 'ota_overload_shedding',
    help: '1 while device requests are answered 503 OVERLOADED',
    registers: [this.registry],
    collect: () => {
      if (this.overload) this.shedding.set(this.overload.shedding() ? 1 : 0);
    },
  });
  readonly latency = new Histogram({
    name: 'ota_http_request_duration_seconds',
    // Polls the fast lane answers are not in it (see FastLane): they are counted in ota_update_polls_total.
    help: 'Latency of requests through the framework by route and status class (polls answered by the fast lane are not timed)',
    labelNames: ['route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly storageWritable = new Gauge({
    name: 'ota_storage_writable',
    help: '1 while the database takes writes, 0 from a failed write until the next one commits (readiness is red meanwhile)',
    registers: [this.registry],
    collect: () => {
      this.storageWritable.set(this.storage.writable().ok ? 1 : 0);
    },
  });
  private readonly storageFailuresSeen = new Map<string, number>();
  readonly storageFailures = new Counter({
    name: 'ota_storage_failures_total',
    help: 'Writes and reads the database could not take (answered 503 STORAGE_UNAVAILABLE or retried), by operation',
    labelNames: ['operation'],
    registers: [this.registry],
    collect: () => {
      for (const [operation, n] of this.storage.failureCounts()) {
        this.storageFailures.inc({ operation }, n - (this.storageFailuresSeen.get(operation) ?? 0));
        this.storageFailuresSeen.set(operation, n);
      }
    },
  });
  private readonly databaseErrorsSeen = new Map<DatabaseErrorKind, number>();
  readonly databaseErrors = new Counter({
    name: 'ota_database_errors_total',
    help: 'Errors the database answered to reads, transactions and write jobs, by kind: unavailable (503), conflict (after retries), constraint, query (a bug)',
    labelNames: ['kind'],
    registers: [this.registry],
    collect: () => {
      for (const kind of DATABASE_ERROR_KINDS) {
        const n = this.storage.errorCounts().get(kind) ?? 0;
        this.databaseErrors.inc({ kind }, n - (this.databaseErrorsSeen.get(kind) ?? 0));
        this.databaseErrorsSeen.set(kind, n);
      }
    },
  });
  readonly deviceTimeouts = new Counter({
    name: 'ota_device_timeouts_total',
    help: "Devices that did not move within their rollout's in-progress timeout (D4)",
    registers: [this.registry],
  });
  readonly reportGroupSize = new Histogram({
    name: 'ota_report_group_size',
    help: 'Status reports committed per transaction (group commit, D6)',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  /** The TUF expiry monitor (tuf/tuf-expiry.service.ts) hands over its reading with `watchTufExpiry`. */
  private tufExpiry?: () => TufExpiryReading;
  readonly tufExpiresIn = new Gauge({
    name: 'ota_tuf_expires_in_seconds',
    help: 'Seconds until the published metadata of each TUF role (root, targets, snapshot, timestamp) expires, at the time of the scrape (D7); negative once expired',
    labelNames: ['role'],
    registers: [this.registry],
    collect: () => {
      for (const r of this.tufExpiry?.().roles ?? []) this.tufExpiresIn.set({ role: r.role }, r.expiresInSeconds);
    },
  });
  readonly tufExpiryTimestamp = new Gauge({
    name: 'ota_tuf_expiry_timestamp_seconds',
    help: 'Expiry of the published metadata of each TUF role, in seconds since the Unix epoch (alert on it minus time())',
    labelNames: ['role'],
    registers: [this.registry],
    collect: () => {
      for (const r of this.tufExpiry?.().roles ?? []) this.tufExpiryTimestamp.set({ role: r.role }, r.expiresAtSeconds);
    },
  });
  readonly tufExpiryWarning = new Gauge({
    name: 'ota_tuf_expiry_warning',
    help: "1 while a TUF role's metadata is within its warning period (TUF_<ROLE>_WARN_BEFORE_SECONDS) or expired, else 0 (D7)",
    labelNames: ['role'],
    registers: [this.registry],
    collect: () => {
      for (const r of this.tufExpiry?.().roles ?? []) this.tufExpiryWarning.set({ role: r.role }, r.warning ? 1 : 0);
    },
  });
  readonly installsWithheld = new Gauge({
    name: 'ota_installs_withheld',
    help: '1 while polls answer none instead of install because a TUF role expires within TUF_INSTALL_MARGIN_SECONDS or has expired (D7)',
    registers: [this.registry],
    collect: () => {
      if (this.tufExpiry) this.installsWithheld.set(this.tufExpiry().installsWithheld ? 1 : 0);
    },
  });
  /** Kept for existing dashboards: the timestamp role of ota_tuf_expires_in_seconds. */
  readonly tufTimestampExpiry = new Gauge({
    name: 'ota_tuf_timestamp_expires_in_seconds',
    help: 'Seconds until the published timestamp metadata expires, at the time of the scrape (the same as ota_tuf_expires_in_seconds{role="timestamp"})',
    registers: [this.registry],
    collect: () => {
      const timestamp = this.tufExpiry?.().roles.find((r) => r.role === 'timestamp');
      if (timestamp) this.tufTimestampExpiry.set(timestamp.expiresInSeconds);
    },
  });

  private readonly latencyChildren = new Map<string, { observe(value: number): void }>();

  constructor(private readonly storage: StorageHealth) {
    collectDefaultMetrics({ register: this.registry, prefix: 'ota_' });
    // prom-client names these gauges *_total, which promtool (and PromQL's rate()) take for counters.
    for (const name of MISNAMED_DEFAULTS) this.registry.removeSingleMetric(`ota_${name}_total`);
  }

  /** Request latency by route and status class, with the labelled child cached (this runs on every request). */
  observeLatency(route: string, statusCode: number, seconds: number): void {
    const status = `${Math.floor(statusCode / 100)}xx`;
    const key = `${status} ${route}`;
    let child = this.latencyChildren.get(key);
    if (!child) this.latencyChildren.set(key, (child = this.latency.labels({ route, status })));
    child.observe(seconds);
  }

  /** Reads the overload guard's state at each scrape (D6: gauges computed at scrape). */
  watchOverload(overload: OverloadLimit): void {
    this.overload = overload;
  }

  /** Reads the TUF expiry monitor at each scrape (D6: gauges computed at scrape, D7: every role's time left). */
  watchTufExpiry(read: () => TufExpiryReading): void {
    this.tufExpiry = read;
  }

  /** Reads the served rollouts at each scrape (D6: gauges computed at scrape); `nowMs` is the server's clock. */
  watchRollouts(read: () => readonly RolloutReading[], nowMs: () => number): void {
    this.rollouts.watch(read, nowMs);
  }

  countPoll(action: UpdateAction): void {
    this.pollCounts[action] += 1;
  }
}
