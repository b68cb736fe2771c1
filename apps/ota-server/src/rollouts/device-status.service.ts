import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeyOutcome, STATUS_RANK, StatusAck, StatusReport, TERMINAL_STATUSES } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { param } from '../database/sql';
import { ApiError } from '../http/api-error';
import { DeviceRolloutEntity } from './device-rollout.entity';
import type { DeviceClaims } from '../devices/session-tokens';
import { OfferBook } from './offer-book.service';
import { insertOffers, moveCount } from './rollout-counts';
import { RolloutCache } from './rollout-cache.service';
import { isEligible, offerStageOf } from './rollout-plan';
import { RolloutEntity } from './rollout.entity';

/**
 * D4 status reports: idempotent (the same report again is acknowledged as a duplicate and changes nothing) and
 * in order (a report never moves a device backwards, and a finished device stays finished).
 */
@Injectable()
export class DeviceStatusService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offers: OfferBook,
    private readonly cache: RolloutCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(device: DeviceClaims, report: StatusReport): Promise<StatusAck> {
    const deviceId = device.id;
    // The offer a poll buffered is written first, so the row a report moves is always in the database.
    await this.offers.flush();
    const ack = await this.db.transaction(async (m) => {
      if (!(await m.getRepository(RolloutEntity).existsBy({ id: report.rolloutId }))) throw new ApiError(404, 'NOT_FOUND', `rollout ${report.rolloutId} not found`);
      const repo = m.getRepository(DeviceRolloutEntity);
      // Each pass either answers or sees the row move forward, so this ends within a few passes.
      for (;;) {
        const row = (await repo.findOneBy({ rolloutId: report.rolloutId, deviceId })) ?? (await this.impliedOffer(m, device, report.rolloutId));
        if (!row) throw new ApiError(404, 'NOT_FOUND', `rollout ${report.rolloutId} was never offered to this device`);
        if (row.status === report.status && (row.code ?? undefined) === report.code) return { accepted: true, duplicate: true };
        if (TERMINAL_STATUSES.includes(row.status) || STATUS_RANK[report.status] < STATUS_RANK[row.status]) {
          throw new ApiError(409, 'OUT_OF_ORDER', `status "${report.status}" cannot follow "${row.status}"`);
        }
        // Compare-and-set on the status read: of identical reports racing on several connections (a device
        // retrying, two instances), exactly one moves the row and counts its outcomes; the others read again.
        const moved = await repo
          .createQueryBuilder()
          .update()
          .set({ status: report.status, code: report.code ?? null, updatedAt: this.clock.now().toISOString() })
          .where('rollout_id = :rolloutId AND device_id = :deviceId AND status = :was', { rolloutId: report.rolloutId, deviceId, was: row.status })
          .execute();
        if (moved.affected !== 1) continue;
        await moveCount(m, report.rolloutId, row.stageIndex, row.status, report.status);
        if (report.status === 'succeeded' && report.outcomes?.length) await this.countOutcomes(m, report.rolloutId, report.outcomes);
        return { accepted: true, duplicate: false };
      }
    });
    // Duplicates too: the report may have been stored through another instance, whose memory is not this one's.
    this.offers.set(report.rolloutId, deviceId, report.status);
    return ack;
  }

  /**
   * With several instances, the offer may sit in another instance's write buffer when the report arrives here.
   * A device the live rollout would offer the release to right now was offered it: the row is written now.
   */
  private async impliedOffer(m: EntityManager, device: DeviceClaims, rolloutId: string): Promise<DeviceRolloutEntity | null> {
    const rollout = this.cache.get(rolloutId);
    if (!rollout || rollout.state === 'draft' || !isEligible(rollout, device)) return null;
    const now = this.clock.now().toISOString();
    await insertOffers(m, [{ rolloutId, deviceId: device.id, stageIndex: offerStageOf(rollout, device.id), offeredAt: now }]);
    return m.getRepository(DeviceRolloutEntity).findOneBy({ rolloutId, deviceId: device.id });
  }

  /** D2: outcomes are aggregated into counts per key, op and result; no per-device copy is kept. */
  private async countOutcomes(m: EntityManager, rolloutId: string, outcomes: KeyOutcome[]): Promise<void> {
    const p = (i: number) => param(m, i);
    const sql =
      `INSERT INTO rollout_outcome (rollout_id, setting_key, op, result, count) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, 1) ` +
      `ON CONFLICT (rollout_id, setting_key, op, result) DO UPDATE SET count = rollout_outcome.count + 1`;
    // In one order whatever the device's: concurrent reports then lock these rows in the same order (PostgreSQL
    // would otherwise abort one of two reports that listed the same keys the other way round).
    const sorted = [...outcomes].sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.op !== b.op ? (a.op < b.op ? -1 : 1) : a.result < b.result ? -1 : a.result > b.result ? 1 : 0));
    for (const o of sorted) await m.query(sql, [rolloutId, o.key, o.op, o.result]);
  }
}
