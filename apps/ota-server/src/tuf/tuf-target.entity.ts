import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published target file (a manifest), content-addressed by its SHA-256 for consistent snapshots. */
@Entity('tuf_target')
export class TufTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  path!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  length!: number;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
