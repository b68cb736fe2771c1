import { Column, Entity, PrimaryColumn } from 'typeorm';

export const TRUST_ROTATION_STATES = ['pending', 'published'] as const;
export type TrustRotationState = (typeof TRUST_ROTATION_STATES)[number];

/** Who uploaded a signature for the targets re-sign (D5: signatures will be accepted only from a key's owner). */
export interface RotationSignatureUpload {
  keyid: string;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: string;
}

/**
 * A root rotation that changed the targets keys (D7): root N+1 is held back until the current targets are
 * re-signed to its threshold, then both are published together. A cancelled rotation's row is deleted (the
 * audit log keeps it), so its version can be submitted again.
 */
@Entity('trust_rotation')
export class TrustRotationEntity {
  @PrimaryColumn({ name: 'root_version', type: 'integer' })
  rootVersion!: number;

  /** Root N+1 as submitted and verified, not served until published. */
  @Column({ name: 'root_json', type: 'text' })
  rootJson!: string;

  /** The targets re-sign proposal (current targets, version + 1) with the signatures collected so far. */
  @Column({ name: 'proposed_targets', type: 'text' })
  proposedTargets!: string;

  /** The targets version the proposal was built on; a release published in between makes it stale. */
  @Column({ name: 'base_targets_version', type: 'integer' })
  baseTargetsVersion!: number;

  @Column({ type: 'varchar', length: 16 })
  state!: TrustRotationState;

  /** JSON array of `RotationSignatureUpload`, one per keyid (the latest upload of a key wins). */
  @Column({ type: 'text' })
  uploads!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'completed_at', type: 'varchar', length: 32, nullable: true })
  completedAt!: string | null;
}
