import type { AdminRole } from '../http/admin-route';
import { ApiError } from '../http/api-error';
import type { RolloutEntity, RolloutState } from './rollout.entity';

/** D4 state machine: draft -> running(stage i) <-> paused -> completed | halted | cancelled. */
export const ROLLOUT_ACTIONS = ['start', 'pause', 'resume', 'halt', 'cancel', 'advance', 'approve', 'complete'] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

const FROM: Record<RolloutAction, RolloutState[]> = {
  start: ['draft'],
  pause: ['running'],
  resume: ['paused', 'halted'],
  halt: ['running', 'paused'],
  cancel: ['draft', 'running', 'paused', 'halted'],
  advance: ['running'],
  complete: ['running'],
  approve: ['draft', 'running', 'paused'],
};

/** What the admin API offers (`complete` is the engine's). */
export const ADMIN_ROLLOUT_ACTIONS = ['start', 'pause', 'resume', 'halt', 'cancel', 'advance', 'approve'] as const;
const DRIVE: RolloutAction[] = ['start', 'pause', 'resume', 'halt', 'cancel', 'advance'];

/** D5: release engineers drive rollouts; approvers approve; admins do both. */
export function actionsAllowedTo(roles: readonly AdminRole[]): RolloutAction[] {
  const allowed = new Set<RolloutAction>();
  for (const role of roles) {
    if (role === 'admin' || role === 'approver') allowed.add('approve');
    if (role === 'admin' || role === 'release-engineer') for (const a of DRIVE) allowed.add(a);
  }
  return [...allowed];
}

/**
 * Who may resume: a paused rollout, whoever drives rollouts; a halted one, only an approver (or admin), with a
 * reason (D4: the halt was a safety decision, overriding it is a second person's call and is audited).
 */
export function resumeProblem(r: RolloutEntity, roles: readonly AdminRole[], reason: string | undefined): ApiError | undefined {
  if (r.state !== 'halted') return actionsAllowedTo(roles).includes('resume') ? undefined : forbidden(roles, 'resume a paused');
  if (!roles.includes('approver') && !roles.includes('admin')) return forbidden(roles, 'resume a halted');
  if (!reason) return new ApiError(400, 'VALIDATION_FAILED', 'resuming a halted rollout needs a reason', [{ path: 'reason', message: 'required' }]);
  return undefined;
}

const forbidden = (roles: readonly AdminRole[], what: string) =>
  new ApiError(403, 'FORBIDDEN', `roles "${roles.join(', ')}" may not ${what} rollout${what.includes('halted') ? ' (an approver may, with a reason)' : ''}`);

/** Why `action` is not allowed in the rollout's state, or undefined when it is. */
export function transitionProblem(r: RolloutEntity, action: RolloutAction): string | undefined {
  if (!FROM[action].includes(r.state)) return `cannot ${action} a ${r.state} rollout (allowed from: ${FROM[action].join(', ')})`;
  return undefined;
}

/** D5: in channel `stable` a rollout goes past its first stage only after a second person approved it. */
export function needsApprovalToLeaveStage(r: RolloutEntity): boolean {
  return r.requiresApproval && !r.approvedBy && r.stageIndex === 0;
}

/** The fields an action changes. */
export function applyAction(r: RolloutEntity, action: RolloutAction, nowIso: string, reason?: string): Partial<RolloutEntity> {
  const stages = JSON.parse(r.stages) as unknown[];
  switch (action) {
    case 'start':
      return { state: 'running', stageIndex: 0, stageStartedAt: nowIso, stateReason: reason ?? null };
    case 'pause':
      return { state: 'paused', stateReason: reason ?? null };
    case 'resume':
      return { state: 'running', stateReason: reason ?? null };
    case 'halt':
      return { state: 'halted', stateReason: reason ?? null };
    case 'cancel':
      return { state: 'cancelled', stateReason: reason ?? null };
    case 'complete':
      return { state: 'completed', stateReason: reason ?? null };
    case 'advance':
      return r.stageIndex + 1 >= stages.length
        ? { state: 'completed', stateReason: reason ?? null }
        : { stageIndex: r.stageIndex + 1, stageStartedAt: nowIso, stateReason: reason ?? null, acceptedFailures: null };
    case 'approve':
      return {};
  }
}
