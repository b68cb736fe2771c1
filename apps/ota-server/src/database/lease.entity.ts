import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A named lease: which instance runs the rollout tick or re-signs timestamps, and until when (D6). */
@Entity('lease')
export class LeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  holder!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 32 })
  expiresAt!: string;
}
