import { Column, Entity, PrimaryColumn } from 'typeorm';

/** D5: a release (targets) signing key registered to the one user who holds it. Public key only. */
@Entity('signing_key')
export class SigningKeyEntity {
  /** The TUF keyid (SHA-256 of the key's canonical JSON), as root metadata lists it. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyid!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  /** The Ed25519 public key PEM as registered (its TUF form gives `keyid`). */
  @Column({ name: 'public_key', type: 'text' })
  publicKeyPem!: string;

  @Column({ name: 'registered_by', type: 'varchar', length: 36 })
  registeredBy!: string;

  @Column({ name: 'registered_at', type: 'varchar', length: 32 })
  registeredAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt!: string | null;
}
