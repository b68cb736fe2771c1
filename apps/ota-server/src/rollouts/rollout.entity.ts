import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ROLLOUT_STATES = ['draft', 'running', 'paused', 'completed', 'halted', 'cancelled'] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

/** D4: a published release + audience + stages + health policy + salt. */
@Entity('rollout')
export class RolloutEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'release_id', type: 'varchar', length: 36 })
  releaseId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** JSON audience filter (models, regions, channels, firmware range, tags). */
  @Column({ type: 'text' })
  audience!: string;

  /** JSON `[{ percent, soakSeconds }]`. */
  @Column({ type: 'text' })
  stages!: string;

  /** JSON `{ maxFailureRate, minSamples, confidence }`. */
  @Column({ type: 'text' })
  policy!: string;

  @Column({ type: 'varchar', length: 64 })
  salt!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: RolloutState;

  @Column({ name: 'stage_index', type: 'integer' })
  stageIndex!: number;

  @Column({ name: 'stage_started_at', type: 'varchar', length: 32, nullable: true })
  stageStartedAt!: string | null;

  /** Whether a second person's approval is needed past stage 0 (channel `stable`, D5). */
  @Column({ name: 'requires_approval', type: 'boolean' })
  requiresApproval!: boolean;

  @Column({ name: 'approved_by', type: 'varchar', length: 36, nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;

  @Column({ name: 'state_reason', type: 'varchar', length: 500, nullable: true })
  stateReason!: string | null;

  /** JSON `{ basis, takenAt, perStage }`: the engine's last census of the expected devices per stage (D4). */
  @Column({ name: 'cohort_census', type: 'text', nullable: true })
  cohortCensus!: string | null;

  /** D4: the overlapping rollout this one replaces; cancelled when this one starts. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  supersedes!: string | null;

  /**
   * D4: the current stage's failures an approver accepted by resuming the rollout from a halt; the engine halts
   * it again only on a failure beyond these. Cleared when the stage changes.
   */
  @Column({ name: 'accepted_failures', type: 'integer', nullable: true })
  acceptedFailures!: number | null;

  /** Bumped on every transition: an optimistic lock so two instances never apply the same transition twice. */
  /** D8: the rollout may start at this time (ISO 8601); null = when started. */
  @Column({ name: 'start_at', type: 'varchar', length: 32, nullable: true })
  startAt!: string | null;

  /** D8: when `start` was asked before `startAt`; the engine starts the draft once `startAt` has passed. */
  @Column({ name: 'start_requested_at', type: 'varchar', length: 32, nullable: true })
  startRequestedAt!: string | null;

  @Column({ type: 'integer' })
  revision!: number;
}
