import type { RolloutEventData, WebhookEventType } from '../webhooks/webhook-events';
import type { RolloutAction } from './rollout-transitions';
import type { RolloutEntity } from './rollout.entity';

/** How the engine's hold reason says a stable rollout waits at stage 0 for a second person (D5). */
export const AWAITING_APPROVAL = "stage healthy, awaiting a second person's approval";

/** D9: the event a transition announces, if any (`approve` announces nothing; advancing past the last stage completes). */
export function eventOfTransition(action: RolloutAction, after: RolloutEntity): WebhookEventType | undefined {
  if (after.state === 'completed') return 'rollout.completed';
  const events: Partial<Record<RolloutAction, WebhookEventType>> = {
    start: 'rollout.started',
    advance: 'rollout.stage_advanced',
    pause: 'rollout.paused',
    resume: 'rollout.resumed',
    halt: 'rollout.halted',
    cancel: 'rollout.cancelled',
  };
  return events[action];
}

/** What a rollout event says: the rollout and its state, never a device. */
export function rolloutEventData(r: RolloutEntity, actor: string, extra: Partial<RolloutEventData> = {}): RolloutEventData {
  return { rolloutId: r.id, name: r.name, releaseId: r.releaseId, state: r.state, stageIndex: r.stageIndex, reason: r.stateReason, actor, ...extra };
}
