import { Inject, Injectable } from '@nestjs/common';
import { emptyStageCounts, validateAudience, validateHealthPolicy, validateStagePlan, type AudienceFilter } from '@app/rollout';
import { AuditService } from '../audit/audit.service';
import type { AdminPrincipal } from '../http/admin-route';
import type { RolloutSummaryDto, RolloutViewDto } from './dto/rollout-view.dto';
import { CLOCK, Clock } from '../clock/clock';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { ApiError, invalidState, notFound, validationFailed } from '../http/api-error';
import { MetricsService } from '../metrics/metrics.service';
import { RANDOM, Random } from '../random/random';
import { findRelease } from '../releases/release.repository';
import { CreateRolloutDto } from './dto/create-rollout.dto';
import { DeviceStateWriter } from './device-state-writer.service';
import { RolloutCache } from './rollout-cache.service';
import { totalsByRollout } from './rollout-stage-count.repository';
import { ADMIN_ROLLOUT_ACTIONS, RolloutAction, actionsAllowedTo, applyAction, needsApprovalToLeaveStage, transitionProblem } from './rollout-transitions';
import { RolloutProgressService } from './rollout-progress.service';
import { RolloutViewService } from './rollout-view.service';
import { RolloutEntity } from './rollout.entity';
import { findRollout, insertRollout, listRollouts, updateHoldReason, updateRolloutAtRevision } from './rollout.repository';

/** Who acts on a rollout: a person (D5: compared by user id, named in the audit log) or the engine. */
export interface Actor {
  id: string;
  name?: string;
}

const actorOf = (admin: AdminPrincipal): Actor => ({ id: admin.userId, name: admin.userName });

/** Rollout administration (D4): creation, the state machine, approval. Every change is audited and cached. */
@Injectable()
export class RolloutsService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly cache: RolloutCache,
    private readonly views: RolloutViewService,
    private readonly metrics: MetricsService,
    private readonly progress: RolloutProgressService,
    private readonly writer: DeviceStateWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async create(admin: AdminPrincipal, dto: CreateRolloutDto): Promise<RolloutViewDto> {
    return this.views.view(await this.insert(actorOf(admin), dto));
  }

  async show(id: string): Promise<RolloutViewDto> {
    return this.views.view(await this.get(id));
  }

  /** The latest rollouts, newest first, with their counts by status (from the count rows, never the device states). */
  async list(): Promise<RolloutSummaryDto[]> {
    // Offers polls made are written with the next group commit (D6): write them first, so the counts include them.
    await this.writer.flushOffers();
    const { rows, totals } = await this.storage.read(async (tx) => {
      const rows = await listRollouts(tx, 500);
      return {
        rows,
        totals: await totalsByRollout(
          sqlTxOf(tx),
          rows.map((r) => r.id),
        ),
      };
    });
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      releaseId: r.releaseId,
      state: r.state,
      stageIndex: r.stageIndex,
      stateReason: r.stateReason,
      counts: totals.get(r.id) ?? emptyStageCounts(),
      createdAt: r.createdAt,
    }));
  }

  /** An action asked for through the admin API: it must exist and the caller's role must allow it (D5). */
  async actAsAdmin(admin: AdminPrincipal, id: string, action: string, reason?: string): Promise<RolloutViewDto> {
    if (!(ADMIN_ROLLOUT_ACTIONS as readonly string[]).includes(action)) throw new ApiError(404, 'NOT_FOUND', `no rollout action "${action}"`);
    if (!actionsAllowedTo(admin.roles).includes(action as RolloutAction))
      throw new ApiError(403, 'FORBIDDEN', `roles "${admin.roles.join(', ')}" may not ${action} a rollout`);
    return this.views.view(await this.act(actorOf(admin), id, action as RolloutAction, reason));
  }

  private async insert(actor: Actor, dto: CreateRolloutDto): Promise<RolloutEntity> {
    const audience = (dto.audience ?? {}) as AudienceFilter;
    const errors = [...validateAudience(audience), ...validateStagePlan(dto.stages), ...validateHealthPolicy(dto.policy)];
    if (errors.length) throw validationFailed(errors, 'rollout plan is invalid');
    return this.storage.write('rollout create', async (tx) => {
      const release = await findRelease(tx, dto.releaseId);
      if (!release) throw notFound(`release ${dto.releaseId}`);
      if (release.state !== 'published') throw invalidState(`release ${release.id} is ${release.state}; only a published release can be rolled out`);
      const now = this.clock.now().toISOString();
      const rollout: RolloutEntity = {
        id: this.random.uuid(),
        releaseId: release.id,
        name: dto.name ?? `${release.stream} #${release.releaseCounter}`,
        audience: JSON.stringify(audience),
        stages: JSON.stringify(dto.stages),
        policy: JSON.stringify(dto.policy),
        salt: this.random.hex(16),
        state: 'draft',
        stageIndex: 0,
        stageStartedAt: null,
        // An audience without a channel list includes `stable`, so it needs approval too.
        requiresApproval: !audience.channels?.length || audience.channels.includes('stable'),
        approvedBy: null,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        stateReason: null,
        cohortCensus: null,
        revision: 1,
      };
      await insertRollout(tx, rollout);
      await this.audit.append(tx, {
        actor: actor.name ?? actor.id,
        action: 'rollout.create',
        target: `rollout:${rollout.id}`,
        after: { releaseId: release.id, audience, stages: dto.stages, policy: dto.policy },
      });
      return rollout;
    });
  }

  private async get(id: string): Promise<RolloutEntity> {
    const r = await this.storage.read((tx) => findRollout(tx, id));
    if (!r) throw notFound(`rollout ${id}`);
    return r;
  }

  /**
   * Applies one action. The update is conditional on the revision read, so when several instances (or an
   * admin and the engine) race, exactly one transition happens and the others get 409 / skip.
   */
  async act(actor: Actor, id: string, action: RolloutAction, reason?: string, expectRevision?: number): Promise<RolloutEntity> {
    const updated = await this.storage.write(`rollout ${action}`, async (tx) => {
      const r = await findRollout(tx, id);
      if (!r) throw notFound(`rollout ${id}`);
      if (expectRevision !== undefined && r.revision !== expectRevision) throw new ApiError(409, 'CONFLICT', 'rollout changed meanwhile');
      const problem = transitionProblem(r, action);
      if (problem) throw invalidState(problem);
      if (action === 'advance' && needsApprovalToLeaveStage(r))
        throw new ApiError(409, 'APPROVAL_REQUIRED', 'a stable-channel rollout needs an approver other than its creator before it leaves its first stage');
      const now = this.clock.now().toISOString();
      const patch: Partial<RolloutEntity> = action === 'approve' ? this.approval(actor, r) : applyAction(r, action, now, reason);
      if (!(await updateRolloutAtRevision(tx, id, r.revision, { ...patch, updatedAt: now })))
        throw new ApiError(409, 'CONFLICT', 'rollout changed meanwhile; read it again');
      await this.audit.append(tx, {
        actor: actor.name ?? actor.id,
        action: `rollout.${action}`,
        target: `rollout:${id}`,
        before: { state: r.state, stageIndex: r.stageIndex },
        after: {
          state: patch.state ?? r.state,
          stageIndex: patch.stageIndex ?? r.stageIndex,
          reason: reason ?? null,
          approvedBy: patch.approvedBy ?? r.approvedBy,
        },
      });
      return { ...r, ...patch, updatedAt: now, revision: r.revision + 1 };
    });
    this.metrics.rolloutTransitions.inc({ action: action === 'advance' && updated.state === 'completed' ? 'complete' : action });
    await this.cache.refresh();
    await this.progress.sample([updated]);
    return updated;
  }

  /**
   * Records why a running rollout holds (the engine's latest reason, D4 "holds, saying why"), without a
   * transition: no new revision, no audit entry; written only when the reason changed, and only if nothing
   * else changed the rollout since the engine read it.
   */
  async noteHold(id: string, revision: number, reason: string): Promise<void> {
    await this.storage.write('rollout hold reason', (tx) => updateHoldReason(tx, id, revision, reason));
  }

  private approval(actor: Actor, r: RolloutEntity): Partial<RolloutEntity> {
    if (r.createdBy === actor.id) throw new ApiError(403, 'SELF_APPROVAL', 'the creator of a rollout cannot approve it; a second person must');
    if (r.approvedBy) throw invalidState(`rollout already approved by ${r.approvedBy}`);
    return { approvedBy: actor.id };
  }
}
