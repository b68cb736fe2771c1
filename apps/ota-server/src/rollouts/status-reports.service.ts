import { Injectable } from '@nestjs/common';
import type { StatusAck, StatusReport } from '@app/protocol';
import type { DeviceClaims } from '../devices/session-tokens';
import { ApiError } from '../http/api-error';
import { MembershipCache } from '../groups/membership-cache.service';
import { MetricsService } from '../metrics/metrics.service';
import { DeviceStateWriter } from './device-state-writer.service';
import { RolloutCache } from './rollout-cache.service';
import { isEligible, offerStageOf } from './rollout-plan';

/**
 * D4 status reports: bound to the offer, idempotent, in order (the rules are in device-rollout.repository.ts,
 * applied inside the group commit). Acknowledged only once committed (D6).
 */
@Injectable()
export class StatusReportsService {
  constructor(
    private readonly writer: DeviceStateWriter,
    private readonly cache: RolloutCache,
    private readonly metrics: MetricsService,
    private readonly memberships: MembershipCache,
  ) {}

  async report(device: DeviceClaims, report: StatusReport): Promise<StatusAck> {
    const result = await this.writer.report({
      deviceId: device.id,
      rolloutId: report.rolloutId,
      status: report.status,
      code: report.code ?? null,
      // One line of text (the wire contract already refused control characters other than whitespace).
      message: report.message?.replace(/\s+/g, ' ').trim() || null,
      target: report.target,
      ...(report.outcomes ? { outcomes: report.outcomes } : {}),
      ...this.impliedOffer(device, report.rolloutId),
    });
    if (result.kind === 'refused') throw new ApiError(result.status, result.code, result.message);
    // Per rollout, so an alert can name the rollout whose devices fail (D4); duplicates were counted once already.
    if (result.kind !== 'duplicate') this.metrics.rollouts.countReport(report.rolloutId, report.status);
    return { accepted: true, duplicate: result.kind === 'duplicate' };
  }

  /**
   * With several instances, the offer may sit in another instance's buffer when the report arrives here. A
   * device the live rollout would offer the release to right now was offered it: the write job records it.
   */
  private impliedOffer(device: DeviceClaims, rolloutId: string): { impliedStage?: number } {
    const rollout = this.cache.get(rolloutId);
    if (!rollout || rollout.state === 'draft' || !isEligible(rollout, device, this.memberships.of(device.id))) return {};
    return { impliedStage: offerStageOf(rollout, device.id) };
  }
}
