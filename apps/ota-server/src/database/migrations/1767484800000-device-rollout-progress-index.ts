import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * D4 in-progress timeout: the tick looks for devices offered, downloading or installing since before a cutoff.
 * Through (rollout_id, status, updated_at) that is a range read of the few stuck rows; through the updated_at
 * index alone it walked every finished device of the rollout (a million, every tick).
 */
export class DeviceRolloutProgressIndex1767484800000 implements MigrationInterface {
  name = 'DeviceRolloutProgressIndex1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_progress', columnNames: ['rollout_id', 'status', 'updated_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('device_rollout', 'ix_device_rollout_progress');
  }
}
