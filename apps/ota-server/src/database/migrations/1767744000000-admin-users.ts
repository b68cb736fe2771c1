import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

const DAY_MS = 86_400_000;
/** The token ADMIN_TOKEN configures keeps no expiry: the operator rotates it through the environment. */
const CONFIGURED_TOKEN_NAME = 'bootstrap (ADMIN_TOKEN)';

interface OldToken {
  id: string;
  name: string;
  role: string;
  created_at: string;
}

/**
 * D5 people, not tokens: admin users with roles, tokens that belong to a user and expire, release signing keys
 * registered to users, and who signed each release with which key.
 *
 * Existing tokens each become a user whose id is the token's id, so the token ids already recorded as rollout
 * creators and approvers name the same people after the upgrade. Migrated tokens expire 90 days after the
 * upgrade (never at once, which would lock operators out), except the ADMIN_TOKEN one.
 */
export class AdminUsers1767744000000 implements MigrationInterface {
  name = 'AdminUsers1767744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'admin_user',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100', isUnique: true },
          { name: 'roles', type: 'varchar', length: '200' },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'disabled_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
    const tokens = (await q.query('SELECT id, name, role, created_at FROM admin_token ORDER BY created_at, id')) as OldToken[];
    const names = new Set<string>();
    for (const t of tokens) {
      let name = t.name.slice(0, 100);
      if (names.has(name)) name = `${name.slice(0, 90)}-${t.id.slice(0, 8)}`;
      names.add(name);
      await q.query(placeholders(q, 'INSERT INTO admin_user (id, name, roles, created_by, created_at, disabled_at) VALUES (?, ?, ?, NULL, ?, NULL)'), [
        t.id,
        name,
        t.role,
        t.created_at,
      ]);
    }
    await q.addColumns('admin_token', [
      new TableColumn({ name: 'user_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'scope', type: 'varchar', length: '16', default: "'full'" }),
      new TableColumn({ name: 'expires_at', type: 'varchar', length: '32', isNullable: true }),
    ]);
    const expiresAt = new Date(Date.now() + 90 * DAY_MS).toISOString();
    await q.query(placeholders(q, 'UPDATE admin_token SET user_id = id, expires_at = ? WHERE name <> ?'), [expiresAt, CONFIGURED_TOKEN_NAME]);
    await q.query('UPDATE admin_token SET user_id = id WHERE user_id IS NULL');
    await q.dropColumn('admin_token', 'role');
    await q.createIndex('admin_token', new TableIndex({ name: 'ix_admin_token_user', columnNames: ['user_id'] }));

    await q.createTable(
      new Table({
        name: 'signing_key',
        columns: [
          { name: 'keyid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'public_key', type: 'text' },
          { name: 'registered_by', type: 'varchar', length: '36' },
          { name: 'registered_at', type: 'varchar', length: '32' },
          { name: 'revoked_at', type: 'varchar', length: '32', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_signing_key_user', columnNames: ['user_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'release_signature',
        columns: [
          { name: 'release_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'keyid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'signed_at', type: 'varchar', length: '32' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('release_signature');
    await q.dropTable('signing_key');
    await q.dropIndex('admin_token', 'ix_admin_token_user');
    await q.addColumn('admin_token', new TableColumn({ name: 'role', type: 'varchar', length: '32', default: "'viewer'" }));
    await q.query('UPDATE admin_token SET role = (SELECT roles FROM admin_user WHERE admin_user.id = admin_token.user_id)');
    await q.dropColumns('admin_token', ['user_id', 'scope', 'expires_at']);
    await q.dropTable('admin_user');
  }
}

/** `?` placeholders as the driver wants them: `$1, $2, ...` on PostgreSQL. */
function placeholders(q: QueryRunner, sql: string): string {
  let n = 0;
  return q.connection.options.type === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
}
