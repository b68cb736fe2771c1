import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * D5 single-use nonces across instances: a nonce is recorded as spent in the database that every instance
 * shares (the nonce's MAC key is shared too, so any instance accepts any instance's nonce). Rows are pruned by
 * expiry, hence the index.
 */
export class SpentNonce1767657600000 implements MigrationInterface {
  name = 'SpentNonce1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'spent_nonce',
        columns: [
          { name: 'nonce_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'expires_at', type: 'varchar', length: '32' },
        ],
        indices: [new TableIndex({ name: 'ix_spent_nonce_expires_at', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('spent_nonce');
  }
}
