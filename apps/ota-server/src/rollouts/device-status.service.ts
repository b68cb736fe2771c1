import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeyOutcome, STATUS_RANK, StatusAck, StatusReport, TERMINAL_STATUSES } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { param } from '../database/sql';
import { ApiError } from '../http/api-error';
import { DeviceRolloutEntity } from './device-rollout.entity';
import { OfferBook } from './offer-book.service';
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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(deviceId: string, report: StatusReport): Promise<StatusAck> {
    // The offer a poll buffered is written first, so the row a report moves is always in the database.
    await this.offers.flush();
    const ack = await this.db.transaction(async (m) => {
      if (!(await m.getRepository(RolloutEntity).existsBy({ id: report.rolloutId }))) throw new ApiError(404, 'NOT_FOUND', `rollout ${report.rolloutId} not found`);
      const repo = m.getRepository(DeviceRolloutEntity);
      // Each pass either answers or sees the row move forward, so this ends within a few passes.
      for (;;) {
        const row = await repo.findOneBy({ rolloutId: report.rolloutId, deviceId });
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
        if (report.status === 'succeeded' && report.outcomes?.length) await this.countOutcomes(m, report.rolloutId, report.outcomes);
        return { accepted: true, duplicate: false };
      }
    });
    // Duplicates too: the report may have been stored through another instance, whose memory is not this one's.
    this.offers.set(report.rolloutId, deviceId, report.status);
    return ack;
  }

  /** D2: outcomes are aggregated into counts per key, op and result; no per-device copy is kept. */
  private async countOutcomes(m: EntityManager, rolloutId: string, outcomes: KeyOutcome[]): Promise<void> {
    const p = (i: number) => param(m, i);
    const sql =
      `INSERT INTO rollout_outcome (rollout_id, setting_key, op, result, count) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, 1) ` +
      `ON CONFLICT (rollout_id, setting_key, op, result) DO UPDATE SET count = rollout_outcome.count + 1`;
    for (const o of outcomes) await m.query(sql, [rolloutId, o.key, o.op, o.result]);
  }
}
