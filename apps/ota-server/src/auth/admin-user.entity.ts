import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person who uses the admin API (D5). Approvals and release signatures compare users, never tokens, and the
 * audit log names them by `name`, which is unique and never changes.
 */
@Entity('admin_user')
export class AdminUserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  /** Comma-separated `AdminRole`s (repository functions read and write them as a list). */
  @Column({ type: 'varchar', length: 200 })
  roles!: string;

  /** The user who created this one; null for the bootstrap admin and users migrated from tokens. */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  /** Set when the user is disabled: every token of theirs stops working at once. */
  @Column({ name: 'disabled_at', type: 'varchar', length: 32, nullable: true })
  disabledAt!: string | null;
}
