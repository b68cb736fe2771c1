/**
 * D9 events and their payloads. A payload names rollouts, releases and keys' roles, never a device (D5: the
 * server collects the minimum, and a receiver is outside it).
 */
export const WEBHOOK_EVENT_TYPES = [
  'rollout.started',
  'rollout.stage_advanced',
  'rollout.approval_needed',
  'rollout.paused',
  'rollout.resumed',
  'rollout.halted',
  'rollout.cancelled',
  'rollout.completed',
  'tuf.expiry_warning',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What a rollout event says (`reason`: why it halted, paused, resumed or advanced; null when none was given). */
export interface RolloutEventData {
  rolloutId: string;
  name: string;
  releaseId: string;
  state: string;
  stageIndex: number;
  reason: string | null;
  /** Who acted: a user's name, or `system` for the engine. */
  actor: string;
  /** The rollout this one superseded, on `rollout.started`; the one that superseded it, on `rollout.cancelled`. */
  supersedes?: string;
  supersededBy?: string;
}

export interface ExpiryEventData {
  role: string;
  state: 'warning' | 'expired';
  expires: string;
  expiresInSeconds: number;
  action: string;
}

/** The Standard Webhooks payload shape: `{ type, timestamp, data }`, serialized once and signed as sent. */
export function eventBody(type: WebhookEventType, timestamp: string, data: RolloutEventData | ExpiryEventData): string {
  return JSON.stringify({ type, timestamp, data });
}
