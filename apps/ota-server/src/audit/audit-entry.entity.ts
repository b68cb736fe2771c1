import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One admin mutation, chained to the previous entry by SHA-256 (D5). Append-only. */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 32 })
  at!: string;

  /** Admin token id (never the token itself) or `system` for the rollout engine. */
  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 200 })
  target!: string;

  /** JSON `{ before?, after? }` summary. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
