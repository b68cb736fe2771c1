/** Wire types of the device API (`/device/v1`, D4, D5). Server and agent both import these. */
import type { DeviceErrorCode } from './errors';
import type { KeyOutcome } from './outcomes';

export interface NonceResponse {
  nonce: string;
  expiresAt: string;
}

export interface SessionRequest {
  /** PEM certificates, leaf first; the factory CA is known to the server. */
  certificateChain: string[];
  nonce: string;
  /** base64 signature over the UTF-8 nonce with the device key. */
  signature: string;
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
}

export interface SessionResponse {
  token: string;
  expiresAt: string;
  /** SHA-256 of the device's SPKI DER: its only identifier on the server (D5). */
  deviceId: string;
}

export const UPDATE_ACTIONS = ['none', 'install', 'cancel'] as const;
export type UpdateAction = (typeof UPDATE_ACTIONS)[number];

export interface UpdateTargetPointer {
  /** TUF target path, e.g. `manifests/cloud-messaging/3.json`. */
  path: string;
  stream: string;
  releaseCounter: number;
}

export interface UpdateResponse {
  action: UpdateAction;
  rolloutId?: string;
  target?: UpdateTargetPointer;
  pollAfterSeconds: number;
}

/** D4: offered -> downloading -> installing -> succeeded | failed(code) | rolled-back. */
export const DEVICE_ROLLOUT_STATUSES = [
  'offered',
  'downloading',
  'installing',
  'succeeded',
  'failed',
  'rolled-back',
  'cancelled',
] as const;
export type DeviceRolloutStatus = (typeof DEVICE_ROLLOUT_STATUSES)[number];
export const TERMINAL_STATUSES: readonly DeviceRolloutStatus[] = ['succeeded', 'failed', 'rolled-back', 'cancelled'];

/** The order a device may move through; a report may skip steps but never go back. */
export const STATUS_RANK: Record<DeviceRolloutStatus, number> = {
  offered: 0,
  downloading: 1,
  installing: 2,
  succeeded: 3,
  failed: 3,
  'rolled-back': 3,
  cancelled: 3,
};

export interface StatusReport {
  rolloutId: string;
  status: DeviceRolloutStatus;
  code?: DeviceErrorCode;
  outcomes?: KeyOutcome[];
}

export interface StatusAck {
  accepted: boolean;
  /** true when the same report had been received before (idempotent replay). */
  duplicate: boolean;
}
