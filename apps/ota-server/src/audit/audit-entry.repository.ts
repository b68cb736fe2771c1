import type { Tx } from '../database/storage.service';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * The newest entry, for the next one to link to. On PostgreSQL the table is locked until the caller's
 * transaction ends, so appends from several instances take turns (sqlite's BEGIN IMMEDIATE already does).
 */
export async function lastAuditEntryForAppend(tx: Tx): Promise<AuditEntryEntity | undefined> {
  if (tx.connection.options.type === 'postgres') await tx.query('LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE');
  const [last] = await tx.getRepository(AuditEntryEntity).find({ order: { seq: 'DESC' }, take: 1 });
  return last;
}

export function insertAuditEntry(tx: Tx, entry: AuditEntryEntity): Promise<AuditEntryEntity> {
  return tx.getRepository(AuditEntryEntity).save(entry);
}

/** What a release engineer narrows the log to (D5): exact actor, action, target; a time range [from, to). */
export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

/**
 * Filtered entries after `afterSeq`, in order: a walk of the primary key from `afterSeq` (the log is small next
 * to device tables, and a page stops at `limit` matches).
 */
export function auditEntriesMatching(tx: Tx, filter: AuditFilter, afterSeq: number, limit: number): Promise<AuditEntryEntity[]> {
  const q = tx.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.seq > :afterSeq', { afterSeq });
  if (filter.actor !== undefined) q.andWhere('a.actor = :actor', { actor: filter.actor });
  if (filter.action !== undefined) q.andWhere('a.action = :action', { action: filter.action });
  if (filter.target !== undefined) q.andWhere('a.target = :target', { target: filter.target });
  if (filter.from !== undefined) q.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to !== undefined) q.andWhere('a.at < :to', { to: filter.to });
  return q.orderBy('a.seq', 'ASC').limit(limit).getMany();
}

/** Entries after `afterSeq`, in order. */
export function auditEntriesAfter(tx: Tx, afterSeq: number, limit: number): Promise<AuditEntryEntity[]> {
  return tx.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.seq > :afterSeq', { afterSeq }).orderBy('a.seq', 'ASC').limit(limit).getMany();
}
