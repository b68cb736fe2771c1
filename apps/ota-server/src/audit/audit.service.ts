import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CLOCK, Clock } from '../clock/clock';
import { Storage, type Tx } from '../database/storage.service';
import { auditEntriesAfter, auditEntriesMatching, insertAuditEntry, lastAuditEntryForAppend, type AuditFilter } from './audit-entry.repository';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditEntryDto, AuditVerificationDto } from './dto/audit-entry.dto';

export interface AuditInput {
  actor: string;
  action: string;
  target: string;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);
const EXPORT_PAGE = 500;

const toDto = (e: AuditEntryEntity): AuditEntryDto => ({ ...e, summary: JSON.parse(e.summary) as AuditEntryDto['summary'] });

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
  async append(tx: Tx, input: AuditInput): Promise<AuditEntryEntity> {
    // One append at a time across instances: the next entry links to the last one. The lock is held until the
    // caller's transaction ends, so appends come last in it.
    const last = await lastAuditEntryForAppend(tx);
    const entry: Omit<AuditEntryEntity, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at: this.clock.now().toISOString(),
      actor: input.actor,
      action: input.action,
      target: input.target,
      summary: JSON.stringify({ before: input.before ?? null, after: input.after ?? null }),
      prevHash: last?.hash ?? GENESIS,
    };
    return insertAuditEntry(tx, { ...entry, hash: auditEntryHash(entry) });
  }

  /** Entries after `afterSeq` that match `filter`, in order, as the admin API shows them (the summary as JSON, not text). */
  async list(afterSeq: number, limit: number, filter: AuditFilter = {}): Promise<AuditEntryDto[]> {
    const entries = await this.storage.read((tx) => auditEntriesMatching(tx, filter, afterSeq, limit));
    return entries.map(toDto);
  }

  /** Every matching entry after `afterSeq`, page by page (an export's memory stays one page however long the log). */
  async *all(afterSeq: number, filter: AuditFilter): AsyncGenerator<AuditEntryDto> {
    for (let after = afterSeq; ;) {
      const page = await this.list(after, EXPORT_PAGE, filter);
      yield* page;
      if (page.length < EXPORT_PAGE) return;
      after = page[page.length - 1].seq;
    }
  }

  private async page(afterSeq: number, limit: number): Promise<AuditEntryEntity[]> {
    return this.storage.read((tx) => auditEntriesAfter(tx, afterSeq, limit));
  }

  /** Recomputes the whole chain, in pages so memory stays flat however long the log grows. */
  async verify(): Promise<AuditVerificationDto> {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    for (;;) {
      const page = await this.page(expectedSeq - 1, 1000);
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
