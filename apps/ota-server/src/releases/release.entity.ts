import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

export const RELEASE_STATES = ['proposed', 'published', 'withdrawn'] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

/** A manifest on its way to (or in) the TUF repository (D3). */
@Entity('release')
@Unique('uq_release_stream_counter', ['stream', 'releaseCounter'])
export class ReleaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'manifest_id', type: 'varchar', length: 200 })
  manifestId!: string;

  @Column({ type: 'varchar', length: 100 })
  stream!: string;

  @Column({ name: 'release_counter', type: 'integer' })
  releaseCounter!: number;

  @Column({ name: 'firmware_version', type: 'varchar', length: 64 })
  firmwareVersion!: string;

  @Column({ name: 'target_path', type: 'varchar', length: 255 })
  targetPath!: string;

  /** The manifest document bytes that become the target. */
  @Column({ type: 'text' })
  manifest!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: ReleaseState;

  /** The targets metadata proposed for signing, with the signatures collected so far (JSON). */
  @Column({ name: 'proposed_targets', type: 'text' })
  proposedTargets!: string;

  /** The targets version the proposal was built on; a publish in between makes it stale (409). */
  @Column({ name: 'base_targets_version', type: 'integer' })
  baseTargetsVersion!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt!: string | null;
}
