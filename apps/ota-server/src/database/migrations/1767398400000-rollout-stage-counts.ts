import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Device counts per rollout, stage and status, kept up to date in the transactions that change device states
 * (D6: the rollout tick and the admin view read a few rows instead of counting a million states every tick).
 * Filled from the states already there.
 */
export class RolloutStageCounts1767398400000 implements MigrationInterface {
  name = 'RolloutStageCounts1767398400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'rollout_stage_count',
        columns: [
          { name: 'rollout_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'stage_index', type: 'integer', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16', isPrimary: true },
          { name: 'devices', type: 'integer' },
        ],
      }),
    );
    await q.query(RECOUNT_ALL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('rollout_stage_count');
  }
}

/** Rebuilds every count from the device states (the migration, and the benchmark after it seeds states directly). */
export const RECOUNT_ALL =
  'INSERT INTO rollout_stage_count (rollout_id, stage_index, status, devices) SELECT rollout_id, stage_index, status, COUNT(*) FROM device_rollout GROUP BY rollout_id, stage_index, status';
