import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../clock/clock';
import { Storage } from '../database/storage.service';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditVerificationDto } from './dto/audit-entry.dto';

export interface AuditInput {
  actor: string;
  action: string;
  target: string;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);

/** The content an entry's hash covers: its own fields and the previous entry's hash. */
export function auditEntryHash(e: Omit<AuditEntryEntity, 'hash'>): string {
  const content = JSON.stringify([e.seq, e.at, e.actor, e.action, e.target, e.summary, e.prevHash]);
  return createHash('sha256').update(content).digest('hex');
}

/** D5: an append-only audit log, each entry chained by SHA-256 to the one before. */
@Injectable()
export class AuditService {
  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Appends inside the caller's transaction, so an entry exists exactly when its mutation does. */
  async append(manager: EntityManager, input: AuditInput): Promise<AuditEntryEntity> {
    const repo = manager.getRepository(AuditEntryEntity);
    // One append at a time across instances: the next entry links to the last one (sqlite's BEGIN IMMEDIATE
    // already serializes writers). Held until the caller's transaction ends; appends come last in it.
    if (manager.connection.options.type === 'postgres') await manager.query('LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE');
    const [last] = await repo.find({ order: { seq: 'DESC' }, take: 1 });
    const entry: Omit<AuditEntryEntity, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at: this.clock.now().toISOString(),
      actor: input.actor,
      action: input.action,
      target: input.target,
      summary: JSON.stringify({ before: input.before ?? null, after: input.after ?? null }),
      prevHash: last?.hash ?? GENESIS,
    };
    return repo.save({ ...entry, hash: auditEntryHash(entry) });
  }

  async list(afterSeq: number, limit: number): Promise<AuditEntryEntity[]> {
    return this.storage.read((m) =>
      m.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.seq > :afterSeq', { afterSeq }).orderBy('a.seq', 'ASC').limit(limit).getMany(),
    );
  }

  /** Recomputes the whole chain, in pages so memory stays flat however long the log grows. */
  async verify(): Promise<AuditVerificationDto> {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    for (;;) {
      const page = await this.list(expectedSeq - 1, 1000);
      for (const e of page) {
        if (e.seq !== expectedSeq) return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, reason: `entry ${expectedSeq} is missing` };
        if (e.prevHash !== prevHash) return { ok: false, entries: e.seq - 1, brokenAt: e.seq, reason: 'link to the previous entry does not match' };
        if (auditEntryHash(e) !== e.hash) return { ok: false, entries: e.seq - 1, brokenAt: e.seq, reason: 'entry content does not match its hash' };
        prevHash = e.hash;
        expectedSeq += 1;
      }
      if (page.length < 1000) return { ok: true, entries: expectedSeq - 1 };
    }
  }
}
