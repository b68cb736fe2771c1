import { Inject, Injectable } from '@nestjs/common';
import { emptyStageCounts, validateAudience, validateHealthPolicy, validateStagePlan, type AudienceFilter } from '@app/rollout';
import { AuditService } from '../audit/audit.service';
import type { AdminPrincipal } from '../http/admin-route';
import type { RolloutSummaryDto, RolloutViewDto } from './dto/rollout-view.dto';
import { CLOCK, Clock } from '../clock/clock';
import { sqlTxOf } from '../database/sql-tx';
import { Storage, type Tx } from '../database/storage.service';
import { ApiError, invalidState, notFound, validationFailed } from '../http/api-error';
import { MetricsService } from '../metrics/metrics.service';
import { RANDOM, Random } from '../random/random';
import { findRelease } from '../releases/release.repository';
import type { CloneRolloutDto, CreateRolloutDto } from './dto/create-rollout.dto';
import { DeviceStateWriter } from './device-state-writer.service';
import { RolloutCache } from './rollout-cache.service';
import { totalsByRollout } from './rollout-stage-count.repository';
import { RolloutProgressService } from './rollout-progress.service';
import { EventOutbox } from '../webhooks/event-outbox.service';
import type { RolloutEventData } from '../webhooks/webhook-events';
import { AWAITING_APPROVAL, eventOfTransition, rolloutEventData } from './rollout-events';
import { overlapError, overlappingRollouts } from './rollout-overlap';
import { stageFailures } from './rollout-resume';
import {
  ADMIN_ROLLOUT_ACTIONS,
  RolloutAction,
  actionsAllowedTo,
  applyAction,
  needsApprovalToLeaveStage,
  resumeProblem,
  transitionProblem,
} from './rollout-transitions';
import { RolloutViewService } from './rollout-view.service';
import { AudienceGuard } from './audience-guard.service';
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
    private readonly events: EventOutbox,
    private readonly audience: AudienceGuard,
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
  async actAsAdmin(admin: AdminPrincipal, id: string, action: string, reason?: string, allowEmptyAudience = false): Promise<RolloutViewDto> {
    if (!(ADMIN_ROLLOUT_ACTIONS as readonly string[]).includes(action)) throw new ApiError(404, 'NOT_FOUND', `no rollout action "${action}"`);
    // Resuming depends on the state (a halted rollout is an approver's to resume): decided on the row the transaction reads.
    if (action === 'resume')
      return this.views.view(await this.act(actorOf(admin), id, 'resume', reason, undefined, (r) => resumeProblem(r, admin.roles, reason)));
    if (!actionsAllowedTo(admin.roles).includes(action as RolloutAction))
      throw new ApiError(403, 'FORBIDDEN', `roles "${admin.roles.join(', ')}" may not ${action} a rollout`);
    if (action === 'start' && !allowEmptyAudience) await this.audience.refuseEmpty(await this.get(id));
    return this.views.view(await this.act(actorOf(admin), id, action as RolloutAction, reason));
  }

  /** D4: a new draft with the plan of another rollout (typically a halted one): same release, audience, stages, policy; a new salt. */
  async clone(admin: AdminPrincipal, id: string, body: CloneRolloutDto): Promise<RolloutViewDto> {
    const source = await this.get(id);
    const dto: CreateRolloutDto = {
      releaseId: source.releaseId,
      name: body.name ?? `${source.name} (clone)`.slice(0, 200),
      audience: JSON.parse(source.audience) as CreateRolloutDto['audience'],
      stages: JSON.parse(source.stages) as CreateRolloutDto['stages'],
      policy: JSON.parse(source.policy) as CreateRolloutDto['policy'],
      ...(body.supersedes ? { supersedes: body.supersedes } : {}),
    };
    return this.views.view(await this.insert(actorOf(admin), dto, source.id));
  }

  private async insert(actor: Actor, dto: CreateRolloutDto, clonedFrom?: string): Promise<RolloutEntity> {
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
        supersedes: dto.supersedes ?? null,
        acceptedFailures: null,
        startAt: dto.startAt ? new Date(dto.startAt).toISOString() : null,
        startRequestedAt: null,
        revision: 1,
      };
      await this.checkOverlaps(tx, rollout, release.stream);
      await insertRollout(tx, rollout);
      await this.audit.append(tx, {
        actor: actor.name ?? actor.id,
        action: 'rollout.create',
        target: `rollout:${rollout.id}`,
        after: { releaseId: release.id, audience, stages: dto.stages, policy: dto.policy, supersedes: rollout.supersedes, clonedFrom: clonedFrom ?? null },
      });
      return rollout;
    });
  }

  /** D4: refused (409 ROLLOUT_OVERLAP) when it overlaps a running or paused rollout it does not supersede; checked again at start. */
  private async checkOverlaps(tx: Tx, rollout: RolloutEntity, stream: string): Promise<void> {
    if (rollout.supersedes) {
      const old = await findRollout(tx, rollout.supersedes);
      if (!old) throw notFound(`superseded rollout ${rollout.supersedes}`);
      if ((await findRelease(tx, old.releaseId))?.stream !== stream)
        throw validationFailed(
          [{ path: 'supersedes', message: `rollout ${old.id} ships another stream than ${stream}` }],
          'a rollout supersedes one on its own stream',
        );
    }
    const other = (await overlappingRollouts(tx, rollout)).find((o) => o.id !== rollout.supersedes);
    if (other) throw overlapError(other);
  }

  private async get(id: string): Promise<RolloutEntity> {
    const r = await this.storage.read((tx) => findRollout(tx, id));
    if (!r) throw notFound(`rollout ${id}`);
    return r;
  }

  /**
   * Applies one action. The update is conditional on the revision read, so when several instances (or an
   * admin and the engine) race, exactly one transition happens and the others get 409 / skip. `authorize` is
   * asked with the rollout as read in the transaction (rules that depend on its state).
   */
  async act(
    actor: Actor,
    id: string,
    action: RolloutAction,
    reason?: string,
    expectRevision?: number,
    authorize?: (r: RolloutEntity) => ApiError | undefined,
  ): Promise<RolloutEntity> {
    const done: string[] = [];
    const updated = await this.storage.write(`rollout ${action}`, async (tx) => {
      done.length = 0;
      const r = await findRollout(tx, id);
      if (!r) throw notFound(`rollout ${id}`);
      const refused = authorize?.(r);
      if (refused) throw refused;
      if (expectRevision !== undefined && r.revision !== expectRevision) throw new ApiError(409, 'CONFLICT', 'rollout changed meanwhile');
      const problem = transitionProblem(r, action);
      if (problem) throw invalidState(problem);
      if (action === 'start' && r.startAt && r.startAt > this.clock.now().toISOString()) return this.schedule(tx, actor, r);
      if (action === 'advance' && needsApprovalToLeaveStage(r))
        throw new ApiError(409, 'APPROVAL_REQUIRED', 'a stable-channel rollout needs an approver other than its creator before it leaves its first stage');
      const extra: Partial<RolloutEntity> = {};
      if (action === 'start' || (action === 'resume' && r.state === 'halted')) await this.clearOverlaps(tx, actor, r, action, done);
      if (action === 'resume' && r.state === 'halted') extra.acceptedFailures = await stageFailures(tx, r);
      return this.transition(tx, actor, r, action, reason, done, extra);
    });
    for (const a of done) this.metrics.rolloutTransitions.inc({ action: a });
    await this.cache.refresh();
    await this.progress.sample([updated]);
    return updated;
  }

  /**
   * D4: a start (or a resume from a halt) is refused while an overlapping rollout runs on the same stream, unless
   * this rollout supersedes it: then that one is cancelled in the same transaction (its offered devices are told
   * to cancel on their next poll, as after a halt).
   */
  private async clearOverlaps(tx: Tx, actor: Actor, r: RolloutEntity, action: RolloutAction, done: string[]): Promise<void> {
    for (const other of await overlappingRollouts(tx, r)) {
      if (action !== 'start' || other.id !== r.supersedes) throw overlapError(other);
      await this.transition(tx, actor, other, 'cancel', `superseded by rollout ${r.id}`, done, {}, { supersededBy: r.id });
    }
  }

  /**
   * D8: `start` before the rollout's `startAt` keeps it a draft, marked as asked to start; the engine starts it
   * once the time has passed (overlaps are checked then). Audited as `rollout.schedule`.
   */
  private async schedule(tx: Tx, actor: Actor, r: RolloutEntity): Promise<RolloutEntity> {
    const now = this.clock.now().toISOString();
    const patch = { startRequestedAt: now, stateReason: `scheduled: starts at ${r.startAt}`, updatedAt: now };
    if (!(await updateRolloutAtRevision(tx, r.id, r.revision, patch))) throw new ApiError(409, 'CONFLICT', 'rollout changed meanwhile; read it again');
    await this.audit.append(tx, {
      actor: actor.name ?? actor.id,
      action: 'rollout.schedule',
      target: `rollout:${r.id}`,
      before: { state: r.state },
      after: { startAt: r.startAt },
    });
    return { ...r, ...patch, revision: r.revision + 1 };
  }

  /** One transition in `tx`: the revision-checked update, its event (outbox, D9) and its audit entry (D5). */
  private async transition(
    tx: Tx,
    actor: Actor,
    r: RolloutEntity,
    action: RolloutAction,
    reason: string | undefined,
    done: string[],
    extra: Partial<RolloutEntity> = {},
    eventExtra: Partial<RolloutEventData> = {},
  ): Promise<RolloutEntity> {
    const now = this.clock.now().toISOString();
    const patch: Partial<RolloutEntity> = { ...(action === 'approve' ? this.approval(actor, r) : applyAction(r, action, now, reason)), ...extra };
    if (!(await updateRolloutAtRevision(tx, r.id, r.revision, { ...patch, updatedAt: now })))
      throw new ApiError(409, 'CONFLICT', 'rollout changed meanwhile; read it again');
    const after: RolloutEntity = { ...r, ...patch, updatedAt: now, revision: r.revision + 1 };
    const actorName = actor.name ?? actor.id;
    const event = eventOfTransition(action, after);
    if (event)
      await this.events.record(
        tx,
        event,
        rolloutEventData(after, actorName, action === 'start' && r.supersedes ? { supersedes: r.supersedes, ...eventExtra } : eventExtra),
      );
    await this.audit.append(tx, {
      actor: actorName,
      action: `rollout.${action}`,
      target: `rollout:${r.id}`,
      before: { state: r.state, stageIndex: r.stageIndex },
      after: { state: after.state, stageIndex: after.stageIndex, reason: reason ?? null, approvedBy: after.approvedBy },
    });
    done.push(action === 'advance' && after.state === 'completed' ? 'complete' : action);
    return after;
  }

  /**
   * Records why a running rollout holds (the engine's latest reason, D4 "holds, saying why"), without a
   * transition: no new revision, no audit entry; written only when the reason changed, and only if nothing
   * else changed the rollout since the engine read it.
   */
  async noteHold(id: string, revision: number, reason: string, awaitingApproval = false): Promise<void> {
    await this.storage.write('rollout hold reason', async (tx) => {
      // D9 `rollout.approval_needed`: announced when the rollout starts waiting, not on every tick while it waits.
      const r = awaitingApproval ? await findRollout(tx, id) : undefined;
      if (r && r.revision === revision && r.state === 'running' && !r.stateReason?.includes(AWAITING_APPROVAL))
        await this.events.record(tx, 'rollout.approval_needed', rolloutEventData({ ...r, stateReason: reason }, 'system'));
      await updateHoldReason(tx, id, revision, reason);
    });
  }

  private approval(actor: Actor, r: RolloutEntity): Partial<RolloutEntity> {
    if (r.createdBy === actor.id) throw new ApiError(403, 'SELF_APPROVAL', 'the creator of a rollout cannot approve it; a second person must');
    if (r.approvedBy) throw invalidState(`rollout already approved by ${r.approvedBy}`);
    return { approvedBy: actor.id };
  }
}
