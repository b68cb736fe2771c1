import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Device groups and admin-assigned tags (D4 audience, D8): `device_group` names a static list of device ids
 * (`device_group_member`; an id may be listed before its device registers), `device_tag` holds the tags an admin
 * gave a device. Keyed by device id first in `device_tag` and by group in the member table, with an index by
 * device for the census walk (a page of devices reads its memberships by id range).
 */
export class DeviceGroups1768348800000 implements MigrationInterface {
  name = 'DeviceGroups1768348800000';

  async up(q: QueryRunner): Promise<void> {
    const str = (name: string, length: number, isPrimary = false) => ({ name, type: 'varchar', length: String(length), isPrimary });
    await q.createTable(new Table({ name: 'device_group', columns: [str('name', 64, true), str('created_at', 32), str('created_by', 64)] }));
    await q.createTable(
      new Table({
        name: 'device_group_member',
        columns: [str('group_name', 64, true), str('device_id', 64, true)],
        indices: [new TableIndex({ name: 'ix_device_group_member_device', columnNames: ['device_id'] })],
      }),
    );
    await q.createTable(new Table({ name: 'device_tag', columns: [str('device_id', 64, true), str('tag', 64, true)] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('device_tag');
    await q.dropTable('device_group_member');
    await q.dropTable('device_group');
  }
}
