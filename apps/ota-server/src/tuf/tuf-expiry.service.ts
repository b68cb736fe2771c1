import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RepositorySummary } from '@app/manifest';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig, type ExpiringRole } from '../config/server.config';
import { MetricsService, type TufExpiryReading } from '../metrics/metrics.service';

export const EXPIRING_ROLES: readonly ExpiringRole[] = ['root', 'targets', 'snapshot', 'timestamp'];

export type ExpiryState = 'ok' | 'warning' | 'expired';

export interface RoleFreshness {
  version: number;
  expires: string;
  expiresInSeconds: number;
  warnBeforeSeconds: number;
  state: ExpiryState;
}

export interface ExpiryWarning {
  role: ExpiringRole;
  state: Exclude<ExpiryState, 'ok'>;
  expires: string;
  expiresInSeconds: number;
  /** Who has to act, and how (D7). */
  action: string;
}

export type Freshness = { ok: boolean } & Record<ExpiringRole, RoleFreshness> & {
    warnings: ExpiryWarning[];
    installs: { withheld: boolean; reason?: string };
  };

/** D7: who can renew each role. Root and targets are signed offline by people; the server signs the others. */
const ACTIONS: Record<ExpiringRole, string> = {
  root: 'root keyholders must sign a new root with a later expiry (a root rotation, D7) and an admin must submit it',
  targets: 'release signers must sign and publish new targets metadata (a threshold of targets keys, D3)',
  snapshot:
    'the server re-signs snapshot itself TIMESTAMP_REFRESH_BEFORE_SECONDS ahead and has not: check the rollout tick (lease holder) logs, the database and the online snapshot key',
  timestamp:
    'the server re-signs timestamp itself TIMESTAMP_REFRESH_BEFORE_SECONDS ahead and has not: check the rollout tick (lease holder) logs, the database and the online timestamp key',
};

/**
 * D7 "expiry never surprises": the time each published role has left, computed when asked (readiness, a
 * scrape), warnings `warnBeforeSeconds` ahead, and whether installs are withheld because a device offered now
 * would refuse the metadata (TUF 5.3.10, 5.4.4, 5.5.4, 5.6.3: an expired role stops every update).
 *
 * The poll asks `installsWithheld()` before each install answer: one clock read and one number compare against
 * the instant computed when the metadata was adopted.
 */
@Injectable()
export class TufExpiryService {
  private readonly logger = new Logger('tuf-expiry');
  private roles?: Record<ExpiringRole, { version: number; expires: string; expiresAtMs: number }>;
  /** From this instant on installs are withheld: the earliest expiry minus the install margin. Withheld until adopted. */
  private withholdFromMs = 0;
  /** What the last `review` logged, so each change is logged once. */
  private reviewed = '';

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    metrics: MetricsService,
  ) {
    metrics.watchTufExpiry(() => this.readings());
  }

  /** Called with every repository version the server adopts (publish, re-sign, reload). */
  track(summary: RepositorySummary): void {
    const roles = {} as NonNullable<typeof this.roles>;
    for (const role of EXPIRING_ROLES) {
      const { version, expires } = summary[role];
      roles[role] = { version, expires, expiresAtMs: Date.parse(expires) };
    }
    this.roles = roles;
    const earliestMs = Math.min(...EXPIRING_ROLES.map((r) => roles[r].expiresAtMs));
    this.withholdFromMs = earliestMs - this.config.tufExpiry.installMarginSeconds * 1000;
  }

  /** Hot path (D6): true while a device offered now would refuse the metadata. */
  installsWithheld(): boolean {
    return this.clock.nowMs() >= this.withholdFromMs;
  }

  freshness(): Freshness {
    const roles = this.tracked();
    const nowMs = this.clock.nowMs();
    const entries = EXPIRING_ROLES.map((role) => [role, this.roleFreshness(role, nowMs)] as const);
    const byRole = Object.fromEntries(entries) as Record<ExpiringRole, RoleFreshness>;
    const warnings = entries.flatMap(([role, f]): ExpiryWarning[] =>
      f.state === 'ok' ? [] : [{ role, state: f.state, expires: f.expires, expiresInSeconds: f.expiresInSeconds, action: ACTIONS[role] }],
    );
    const withheld = nowMs >= this.withholdFromMs;
    const first = EXPIRING_ROLES.reduce((a, b) => (roles[b].expiresAtMs < roles[a].expiresAtMs ? b : a));
    const when =
      nowMs >= roles[first].expiresAtMs ? 'expired at' : `expires within TUF_INSTALL_MARGIN_SECONDS (${this.config.tufExpiry.installMarginSeconds}), at`;
    const reason = withheld
      ? `installs withheld: ${first} metadata v${roles[first].version} ${when} ${roles[first].expires}, and devices would refuse it; ${ACTIONS[first]}`
      : undefined;
    return {
      ok: EXPIRING_ROLES.every((role) => byRole[role].state !== 'expired'),
      ...byRole,
      warnings,
      installs: reason ? { withheld, reason } : { withheld },
    };
  }

  /**
   * Logs each change of the warnings and of withholding once (the rollout tick calls it); returns why installs
   * are withheld, if they are.
   */
  review(): string | undefined {
    const f = this.freshness();
    const seen = JSON.stringify([f.warnings.map((w) => [w.role, w.state]), f.installs.withheld]);
    if (seen !== this.reviewed) {
      this.reviewed = seen;
      for (const w of f.warnings) this.logger.warn(w, `TUF ${w.role} metadata ${w.state === 'expired' ? 'has expired' : 'expires soon'}`);
      if (f.installs.withheld) this.logger.error({ reason: f.installs.reason }, 'installs withheld: devices would refuse the published metadata');
      else if (f.warnings.length === 0) this.logger.log({}, 'TUF metadata fresh; installs offered');
    }
    return f.installs.reason;
  }

  private roleFreshness(role: ExpiringRole, nowMs: number): RoleFreshness {
    const { version, expires, expiresAtMs } = this.tracked()[role];
    const expiresInSeconds = Math.floor((expiresAtMs - nowMs) / 1000);
    const warnBeforeSeconds = this.config.tufExpiry.warnBeforeSeconds[role];
    const state: ExpiryState = expiresInSeconds <= 0 ? 'expired' : expiresInSeconds <= warnBeforeSeconds ? 'warning' : 'ok';
    return { version, expires, expiresInSeconds, warnBeforeSeconds, state };
  }

  private readings(): TufExpiryReading {
    const roles = this.roles;
    if (!roles) return { roles: [], installsWithheld: true };
    const nowMs = this.clock.nowMs();
    return {
      roles: EXPIRING_ROLES.map((role) => {
        const f = this.roleFreshness(role, nowMs);
        return { role, expiresInSeconds: f.expiresInSeconds, expiresAtSeconds: roles[role].expiresAtMs / 1000, warning: f.state !== 'ok' };
      }),
      installsWithheld: nowMs >= this.withholdFromMs,
    };
  }

  private tracked(): NonNullable<typeof this.roles> {
    if (!this.roles) throw new Error('no TUF metadata adopted yet');
    return this.roles;
  }
}
