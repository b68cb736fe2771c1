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
    const ack = await this.db.transaction(async (m) => {
      if (!(await m.getRepository(RolloutEntity).existsBy({ id: report.rolloutId }))) throw new ApiError(404, 'NOT_FOUND', `rollout ${report.rolloutId} not found`);
      const repo = m.getRepository(DeviceRolloutEntity);
      const row = (await repo.findOneBy({ rolloutId: report.rolloutId, deviceId })) ?? this.offers.takePending(report.rolloutId, deviceId);
      if (!row) throw new ApiError(404, 'NOT_FOUND', `rollout ${report.rolloutId} was never offered to this device`);
      if (row.status === report.status && (row.code ?? undefined) === report.code) return { accepted: true, duplicate: true };
      if (TERMINAL_STATUSES.includes(row.status) || STATUS_RANK[report.status] < STATUS_RANK[row.status]) {
        throw new ApiError(409, 'OUT_OF_ORDER', `status "${report.status}" cannot follow "${row.status}"`);
      }
      await repo.save({ ...row, status: report.status, code: report.code ?? null, updatedAt: this.clock.now().toISOString() });
      if (report.status === 'succeeded' && report.outcomes?.length) await this.countOutcomes(m, report.rolloutId, report.outcomes);
      return { accepted: true, duplicate: false };
    });
    if (!ack.duplicate) this.offers.set(report.rolloutId, deviceId, report.status);
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
