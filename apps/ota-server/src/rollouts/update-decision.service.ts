import { Inject, Injectable } from '@nestjs/common';
import { bucketOf, matchesAudience } from '@app/rollout';
import { TERMINAL_STATUSES, UpdateResponse } from '@app/protocol';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import type { DeviceInfo } from '../devices/device-registry.service';
import { MetricsService } from '../metrics/metrics.service';
import { OfferBook } from './offer-book.service';
import { RolloutCache } from './rollout-cache.service';

/**
 * The poll hot path (D4, D6): memory only, no synchronous write, no signing. A device gets at most one offer at
 * a time: an unfinished offer is repeated (or cancelled when its rollout stopped) before any new one is made.
 */
@Injectable()
export class UpdateDecisionService {
  constructor(
    private readonly cache: RolloutCache,
    private readonly offers: OfferBook,
    private readonly metrics: MetricsService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  decide(device: DeviceInfo): UpdateResponse {
    const pollAfterSeconds = this.pollAfterSeconds();
    const states = this.offers.statesOf(device.id);
    if (states) {
      for (const [rolloutId, status] of states) {
        if (TERMINAL_STATUSES.includes(status)) continue;
        const rollout = this.cache.get(rolloutId);
        if (!rollout) continue;
        // D4: when a rollout stops, offered-but-not-started devices are told to cancel; a device that had started
        // (downloading, installing) is answered as before, so it can finish, or resume after a reboot, and report.
        if ((rollout.state === 'halted' || rollout.state === 'cancelled') && status === 'offered') {
          return { action: 'cancel', rolloutId, pollAfterSeconds };
        }
        return { action: 'install', rolloutId, target: rollout.target, pollAfterSeconds };
      }
    }
    for (const rollout of this.cache.all()) {
      if (rollout.state !== 'running' || states?.has(rollout.id)) continue;
      if (!matchesAudience(device, rollout.audience)) continue;
      if (bucketOf(device.id, rollout.salt) >= rollout.cohortSize) continue;
      this.offers.offer(rollout.id, device.id, rollout.stageIndex);
      this.metrics.offers.inc({ rollout: rollout.id });
      return { action: 'install', rolloutId: rollout.id, target: rollout.target, pollAfterSeconds };
    }
    return { action: 'none', pollAfterSeconds };
  }

  /** D4: the server spreads the fleet's next polls with jitter so a release announcement causes no stampede. */
  private pollAfterSeconds(): number {
    const { pollIntervalSeconds, pollJitterSeconds } = this.config.device;
    return pollIntervalSeconds + Math.floor(Math.random() * (pollJitterSeconds + 1));
  }
}
