import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every signed TUF metadata file ever published (D3: every N.root.json kept forever). */
@Entity('tuf_metadata')
export class TufMetadataEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: 'root' | 'targets' | 'snapshot' | 'timestamp';

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  /** The signed metadata exactly as served. */
  @Column({ type: 'text' })
  json!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 32 })
  expiresAt!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
