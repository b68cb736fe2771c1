import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes for scale (D6): instances sync each other's device states by `updated_at`, and the rollout view and
 * engine count states by stage and status; both read only an index range, however many devices there are.
 */
export class DeviceRolloutIndexes1767312000000 implements MigrationInterface {
  name = 'DeviceRolloutIndexes1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_updated', columnNames: ['rollout_id', 'updated_at'] }));
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_stage_status', columnNames: ['rollout_id', 'stage_index', 'status'] }));
    await q.dropIndex('device_rollout', 'ix_device_rollout_status');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_status', columnNames: ['rollout_id', 'status'] }));
    await q.dropIndex('device_rollout', 'ix_device_rollout_stage_status');
    await q.dropIndex('device_rollout', 'ix_device_rollout_updated');
  }
}
