import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TokenScope } from '../http/admin-route';

/** An admin bearer token of one user. Only the SHA-256 of the secret is stored (D5). */
@Entity('admin_token')
export class AdminTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** `enroll`: a new user's one-time token that can only make their own first token. */
  @Column({ type: 'varchar', length: 16 })
  scope!: TokenScope;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  /** The user who made it: the owner, or for an enrollment token the admin who created the user. */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  /** Null only for the token configured as ADMIN_TOKEN: the operator rotates it through the environment. */
  @Column({ name: 'expires_at', type: 'varchar', length: 32, nullable: true })
  expiresAt!: string | null;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt!: string | null;
}
