import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Fleet visibility (D4, D9):
 * - `device_rollout.message`: the agent's short fixed text beside its code (never an identifier, D5);
 * - `ix_device_rollout_list` (rollout_id, status, device_id): a rollout's devices of one status in device id
 *   order, read as an index range after a keyset cursor (9 BOOT_FAILED devices among a million rows without a
 *   walk); every status change moves one entry of it, like the other device_rollout indexes;
 * - `device_event`: each device's status transitions, the last few dozen per device (pruned as written);
 * - `rollout_progress`: counts by status over time, sampled by the engine tick, the last points per rollout.
 * Ids of the two logs grow for ever (pruned rows leave gaps): bigint on PostgreSQL, sqlite's integer is 64-bit.
 */
export class FleetVisibility1768003200000 implements MigrationInterface {
  name = 'FleetVisibility1768003200000';

  async up(q: QueryRunner): Promise<void> {
    const idType = q.connection.options.type === 'postgres' ? 'bigint' : 'integer';
    const id = { name: 'id', type: idType, isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    const str = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    await q.addColumn('device_rollout', new TableColumn({ ...str('message', 200, true) }));
    await q.createIndex('device_rollout', new TableIndex({ name: 'ix_device_rollout_list', columnNames: ['rollout_id', 'status', 'device_id'] }));
    await q.createTable(
      new Table({
        name: 'device_event',
        columns: [id, str('device_id', 64), str('at', 32), str('rollout_id', 36), str('status', 16), str('code', 32, true), str('message', 200, true)],
        indices: [new TableIndex({ name: 'ix_device_event_device', columnNames: ['device_id', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rollout_progress',
        columns: [id, str('rollout_id', 36), str('at', 32), { name: 'stage_index', type: 'integer' }, str('state', 16), { name: 'counts', type: 'text' }],
        indices: [new TableIndex({ name: 'ix_rollout_progress_rollout', columnNames: ['rollout_id', 'id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('rollout_progress');
    await q.dropTable('device_event');
    await q.dropIndex('device_rollout', 'ix_device_rollout_list');
    await q.dropColumn('device_rollout', 'message');
  }
}
