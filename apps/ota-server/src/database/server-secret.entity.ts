import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets every instance must share (the device session MAC key), created once on first start. */
@Entity('server_secret')
export class ServerSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 128 })
  value!: string;
}
