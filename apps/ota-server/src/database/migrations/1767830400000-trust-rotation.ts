import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * D7 root rotations that change the targets keys wait here for the re-sign of the current targets, so that a
 * root devices would refuse with the published targets is never served; any instance may complete them.
 */
export class TrustRotation1767830400000 implements MigrationInterface {
  name = 'TrustRotation1767830400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'trust_rotation',
        columns: [
          { name: 'root_version', type: 'integer', isPrimary: true },
          { name: 'root_json', type: 'text' },
          { name: 'proposed_targets', type: 'text' },
          { name: 'base_targets_version', type: 'integer' },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'uploads', type: 'text' },
          { name: 'created_by', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'completed_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('trust_rotation');
  }
}
