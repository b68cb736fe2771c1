import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A session nonce that opened a session (D5), kept until it has expired: the primary key is what makes a nonce
 * single-use across every instance on the database. The nonce is kept as its SHA-256, a fixed-width key.
 */
@Entity('spent_nonce')
@Index('ix_spent_nonce_expires_at', ['expiresAt'])
export class SpentNonceEntity {
  @PrimaryColumn({ name: 'nonce_hash', type: 'varchar', length: 64 })
  nonceHash!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 32 })
  expiresAt!: string;
}
