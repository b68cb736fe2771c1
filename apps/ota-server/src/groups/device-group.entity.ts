import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A static group of device ids (D4 audience `groups`). */
@Entity('device_group')
export class DeviceGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;
}

/** One device id listed in a group; the device may not have registered yet. */
@Entity('device_group_member')
export class DeviceGroupMemberEntity {
  @PrimaryColumn({ name: 'group_name', type: 'varchar', length: 64 })
  groupName!: string;

  @PrimaryColumn({ name: 'device_id', type: 'varchar', length: 64 })
  deviceId!: string;
}

/** A tag an admin gave a device (D4 audience `tags`: devices report none themselves). */
@Entity('device_tag')
export class DeviceTagEntity {
  @PrimaryColumn({ name: 'device_id', type: 'varchar', length: 64 })
  deviceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  tag!: string;
}
