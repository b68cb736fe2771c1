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

/** Entries after `afterSeq`, in order. */
export function auditEntriesAfter(tx: Tx, afterSeq: number, limit: number): Promise<AuditEntryEntity[]> {
  return tx.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.seq > :afterSeq', { afterSeq }).orderBy('a.seq', 'ASC').limit(limit).getMany();
}
