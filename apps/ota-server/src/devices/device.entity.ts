import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A registered device. Its id is the SHA-256 of its public key (D5); nothing else identifies it: no IMEI, no IMSI,
 * no phone number, no IP address.
 */
@Entity('device')
@Index('ix_device_model', ['model'])
export class DeviceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  model!: string;

  @Column({ name: 'firmware_version', type: 'varchar', length: 64 })
  firmwareVersion!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ name: 'first_seen', type: 'varchar', length: 32 })
  firstSeen!: string;

  @Column({ name: 'last_seen', type: 'varchar', length: 32 })
  lastSeen!: string;
}
