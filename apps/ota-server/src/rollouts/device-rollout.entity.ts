import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DeviceErrorCode, DeviceRolloutStatus } from '@app/protocol';

/** One device's progress in one rollout (D4). */
@Entity('device_rollout')
@Index('ix_device_rollout_progress', ['rolloutId', 'status', 'updatedAt'], { where: "status IN ('offered', 'downloading', 'installing')" })
@Index('ix_device_rollout_updated', ['rolloutId', 'updatedAt'])
@Index('ix_device_rollout_device', ['deviceId'])
@Index('ix_device_rollout_list', ['rolloutId', 'status', 'deviceId'])
export class DeviceRolloutEntity {
  @PrimaryColumn({ name: 'rollout_id', type: 'varchar', length: 36 })
  rolloutId!: string;

  @PrimaryColumn({ name: 'device_id', type: 'varchar', length: 64 })
  deviceId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: DeviceRolloutStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  code!: DeviceErrorCode | null;

  /** The agent's short fixed text beside its code (STATUS_MESSAGE_MAX characters, never an identifier). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  message!: string | null;

  /** The stage index at which the device was offered the release. */
  @Column({ name: 'stage_index', type: 'integer' })
  stageIndex!: number;

  @Column({ name: 'offered_at', type: 'varchar', length: 32 })
  offeredAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
