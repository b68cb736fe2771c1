import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Scheduled rollouts (D8): `rollout.start_at`, the time the rollout may start (ISO 8601, null = when started),
 * and `start_requested_at`, when someone asked it to start before that time; the engine starts such a draft
 * once `start_at` has passed.
 */
export class RolloutSchedule1768262400000 implements MigrationInterface {
  name = 'RolloutSchedule1768262400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('rollout', new TableColumn({ name: 'start_at', type: 'varchar', length: '32', isNullable: true }));
    await q.addColumn('rollout', new TableColumn({ name: 'start_requested_at', type: 'varchar', length: '32', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('rollout', 'start_requested_at');
    await q.dropColumn('rollout', 'start_at');
  }
}
