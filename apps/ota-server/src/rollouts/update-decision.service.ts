import { Inject, Injectable } from '@nestjs/common';
import { DEVICE_ROLLOUT_STATUSES, TERMINAL_STATUSES, UpdateResponse } from '@app/protocol';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { TufExpiryService } from '../tuf/tuf-expiry.service';
import type { DeviceClaims } from '../devices/session-tokens';
import { MetricsService } from '../metrics/metrics.service';
import { OfferBook } from './offer-book.service';
import { RolloutCache } from './rollout-cache.service';
import { DeviceKey } from '../devices/device-key';
import { MembershipCache } from '../groups/membership-cache.service';
import { isEligible } from './rollout-plan';
import { CLOCK, Clock } from '../clock/clock';
import { MAX_WINDOW_WAIT_SECONDS } from './window-gate';

const TERMINAL = DEVICE_ROLLOUT_STATUSES.map((s) => TERMINAL_STATUSES.includes(s));
const OFFERED = DEVICE_ROLLOUT_STATUSES.indexOf('offered');
const TIMED_OUT = DEVICE_ROLLOUT_STATUSES.indexOf('timed-out');

/**
 * The poll hot path (D4, D6): memory only, no synchronous write, no signing. No install while the server's own
 * TUF metadata would make devices refuse it (D7). A device gets at most one offer at a time: an unfinished offer
 * is repeated (or cancelled when its rollout stopped) before any new one is made.
 */
@Injectable()
export class UpdateDecisionService {
  /** Scratch space of `decide` (synchronous, so one serves every poll without allocating). */
  private statuses: (number | undefined)[] = [];

  constructor(
    private readonly cache: RolloutCache,
    private readonly offers: OfferBook,
    private readonly metrics: MetricsService,
    private readonly expiry: TufExpiryService,
    private readonly memberships: MembershipCache,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `key`: the device's id already parsed (the poll parses it once for this and the check-in). */
  decide(device: DeviceClaims, key: DeviceKey): UpdateResponse {
    const pollAfterSeconds = this.pollAfterSeconds();
    const live = this.cache.all();
    const statuses = this.statuses;
    for (let i = 0; i < live.length; i += 1) {
      const rollout = live[i];
      const status = (statuses[i] = this.offers.statusIndexOf(rollout.id, key));
      // A device that timed out in progress is offered again below, like one never offered (D4).
      if (status === undefined || TERMINAL[status] || status === TIMED_OUT) continue;
      // D4: when a rollout stops, offered-but-not-started devices are told to cancel; a device that had started
      // (downloading, installing) is answered as before, so it can finish, or resume after a reboot, and report.
      // A cancel names the offer's release and target too: the device's `cancelled` report names that target.
      if ((rollout.state === 'halted' || rollout.state === 'cancelled') && status === OFFERED) {
        return { action: 'cancel', rolloutId: rollout.id, releaseId: rollout.releaseId, target: rollout.target, pollAfterSeconds };
      }
      // D7: while devices would refuse the published metadata, the device keeps its state and asks again later.
      if (this.expiry.installsWithheld()) return { action: 'none', pollAfterSeconds };
      return { action: 'install', rolloutId: rollout.id, releaseId: rollout.releaseId, target: rollout.target, pollAfterSeconds };
    }
    // No new offer while the ones made cannot be written (D6: a bounded buffer; the device asks again later).
    if (!this.offers.canOffer()) return { action: 'none', pollAfterSeconds };
    // D8: tags and groups come from memory (a Map lookup), like everything else on this path.
    const membership = this.memberships.of(device.id);
    let windowWait = Infinity;
    for (let i = 0; i < live.length; i += 1) {
      const rollout = live[i];
      const status = statuses[i];
      if (rollout.state !== 'running' || (status !== undefined && status !== TIMED_OUT) || !isEligible(rollout, device, membership)) continue;
      // D8: outside the stage's window for the device's region, no offer; the device is told to come back when
      // it opens. The clock is read only for rollouts that have windows.
      const wait = rollout.windowGate?.secondsUntilOpen(device.region, this.clock.now().getTime()) ?? 0;
      if (wait > 0) {
        windowWait = Math.min(windowWait, wait);
        continue;
      }
      // D7: no offer the device would fail EXPIRED on (that failure would count against the rollout); asked only
      // when an offer would be made, so a poll that hears `none` anyway does not read the clock.
      if (this.expiry.installsWithheld()) return { action: 'none', pollAfterSeconds };
      this.offers.offer(rollout.id, device.id, rollout.stageIndex, status === TIMED_OUT);
      this.metrics.offers.inc({ rollout: rollout.id });
      return { action: 'install', rolloutId: rollout.id, releaseId: rollout.releaseId, target: rollout.target, pollAfterSeconds };
    }
    if (windowWait !== Infinity) return { action: 'none', pollAfterSeconds: this.windowPollAfter(windowWait) };
    return { action: 'none', pollAfterSeconds };
  }

  /**
   * D8: a device outside its window comes back when the window opens (at most a day away), spread over the
   * configured jitter after the opening so a region's fleet does not arrive in the same second.
   */
  private windowPollAfter(secondsUntilOpen: number): number {
    return Math.min(secondsUntilOpen, MAX_WINDOW_WAIT_SECONDS) + this.jitterSeconds();
  }

  /** D4: the server spreads the fleet's next polls with jitter so a release announcement causes no stampede. */
  private pollAfterSeconds(): number {
    return this.config.device.pollIntervalSeconds + this.jitterSeconds();
  }

  private jitterSeconds(): number {
    return Math.floor(Math.random() * (this.config.device.pollJitterSeconds + 1));
  }
}
