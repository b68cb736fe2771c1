import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * D4 in-progress timeout: the tick looks for devices offered, downloading or installing since before a cutoff.
 * Through (rollout_id, status, updated_at) that is a range read of the few stuck rows; through the updated_at
 * index alone it walked every finished device of the rollout (a million, every tick). The index is partial:
 * only in-progress rows are in it, so a device reaching a final status leaves it and costs no insert.
 *
 * (rollout_id, stage_index, status) served counting states by stage; rollout_stage_count keeps those counts
 * now, and no query reads that index any more, while every status report paid for updating it.
 */
export const IN_PROGRESS = "status IN ('offered', 'downloading', 'installing')";

export class DeviceRolloutProgressIndex1767484800000 implements MigrationInterface {
  name = 'DeviceRolloutProgressIndex1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'device_rollout',
      new TableIndex({ name: 'ix_device_rollout_progress', columnNames: ['rollout_id', 'status', 'updated_at'], where: IN_PROGRESS }),
    );
    await q.dropIndex('device_rollout', 'ix_device_rollout_stage_status');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_stage_status', columnNames: ['rollout_id', 'stage_index', 'status'] }));
    await q.dropIndex('device_rollout', 'ix_device_rollout_progress');
  }
}
