import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Aggregated per-key migration outcomes of one rollout (D2): counts, never per-device rows. */
@Entity('rollout_outcome')
export class RolloutOutcomeEntity {
  @PrimaryColumn({ name: 'rollout_id', type: 'varchar', length: 36 })
  rolloutId!: string;

  @PrimaryColumn({ name: 'setting_key', type: 'varchar', length: 200 })
  key!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  op!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  result!: string;

  @Column({ type: 'integer' })
  count!: number;
}
