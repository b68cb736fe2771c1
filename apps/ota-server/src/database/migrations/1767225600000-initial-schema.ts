import { MigrationInterface, QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';

const str = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string) => ({ name, type: 'text' });
const int = (name: string) => ({ name, type: 'integer' });

/** The first schema, written with TypeORM's portable Table API so it runs on sqlite and PostgreSQL alike. */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'admin_token',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('name', 200),
          str('role', 32),
          { ...str('token_hash', 64), isUnique: true },
          str('created_by', 36, true),
          str('created_at', 32),
          str('revoked_at', 32, true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          { ...int('seq'), isPrimary: true },
          str('at', 32),
          str('actor', 64),
          str('action', 64),
          str('target', 200),
          text('summary'),
          str('prev_hash', 64),
          str('hash', 64),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tuf_metadata',
        columns: [{ ...str('role', 16), isPrimary: true }, { ...int('version'), isPrimary: true }, text('json'), str('expires_at', 32), str('created_at', 32)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tuf_target',
        columns: [{ ...str('path', 255), isPrimary: true }, str('sha256', 64), int('length'), text('content'), str('created_at', 32)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'release',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('manifest_id', 200),
          str('stream', 100),
          int('release_counter'),
          str('firmware_version', 64),
          str('target_path', 255),
          text('manifest'),
          str('state', 16),
          text('proposed_targets'),
          int('base_targets_version'),
          str('created_by', 64),
          str('created_at', 32),
          str('published_at', 32, true),
        ],
        uniques: [new TableUnique({ name: 'uq_release_stream_counter', columnNames: ['stream', 'release_counter'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rollout',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('release_id', 36),
          str('name', 200),
          text('audience'),
          text('stages'),
          text('policy'),
          str('salt', 64),
          str('state', 16),
          int('stage_index'),
          str('stage_started_at', 32, true),
          { name: 'requires_approval', type: 'boolean' },
          str('approved_by', 36, true),
          str('created_by', 36),
          str('created_at', 32),
          str('updated_at', 32),
          str('state_reason', 500, true),
          int('revision'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'device_rollout',
        columns: [
          { ...str('rollout_id', 36), isPrimary: true },
          { ...str('device_id', 64), isPrimary: true },
          str('status', 16),
          str('code', 32, true),
          int('stage_index'),
          str('offered_at', 32),
          str('updated_at', 32),
        ],
        indices: [
          new TableIndex({ name: 'ix_device_rollout_status', columnNames: ['rollout_id', 'status'] }),
          new TableIndex({ name: 'ix_device_rollout_device', columnNames: ['device_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rollout_outcome',
        columns: [
          { ...str('rollout_id', 36), isPrimary: true },
          { ...str('setting_key', 200), isPrimary: true },
          { ...str('op', 32), isPrimary: true },
          { ...str('result', 32), isPrimary: true },
          int('count'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'device',
        columns: [
          { ...str('id', 64), isPrimary: true },
          str('model', 64),
          str('firmware_version', 64),
          str('channel', 32),
          str('region', 32),
          str('first_seen', 32),
          str('last_seen', 32),
        ],
        indices: [new TableIndex({ name: 'ix_device_model', columnNames: ['model'] })],
      }),
    );
    await q.createTable(new Table({ name: 'lease', columns: [{ ...str('name', 64), isPrimary: true }, str('holder', 64), str('expires_at', 32)] }));
    await q.createTable(new Table({ name: 'server_secret', columns: [{ ...str('name', 64), isPrimary: true }, str('value', 128)] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'server_secret',
      'lease',
      'device',
      'rollout_outcome',
      'device_rollout',
      'rollout',
      'release',
      'tuf_target',
      'tuf_metadata',
      'audit_entry',
      'admin_token',
    ]) {
      await q.dropTable(t);
    }
  }
}
