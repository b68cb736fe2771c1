import { Column, Entity, PrimaryColumn } from 'typeorm';

/** D5: who signed a release's current proposal with which key, and when. A repropose starts the list over. */
@Entity('release_signature')
export class ReleaseSignatureEntity {
  @PrimaryColumn({ name: 'release_id', type: 'varchar', length: 36 })
  releaseId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyid!: string;

  /** The user who uploaded it (the key's owner); null for the server's own dev key (DEV_TARGETS_SIGNING). */
  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'signed_at', type: 'varchar', length: 32 })
  signedAt!: string;
}
