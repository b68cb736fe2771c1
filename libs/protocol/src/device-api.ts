/** Wire types of the device API (`/device/v1`, D4, D5). Server and agent both import these. */
import type { DeviceErrorCode } from './errors';
import type { KeyOutcome } from './outcomes';

export interface NonceResponse {
  nonce: string;
  expiresAt: string;
}

/**
 * What a device says of itself when it opens a session (D5: nothing that identifies the phone or its owner):
 * the one shape the server's audience filters, the agent's emulated hardware and the tests all use.
 */
export interface DeviceProfile {
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
}

export interface SessionRequest extends DeviceProfile {
  /** PEM certificates, leaf first; the factory CA is known to the server. */
  certificateChain: string[];
  nonce: string;
  /** base64 signature over the UTF-8 nonce with the device key. */
  signature: string;
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
  /**
   * With `install` and `cancel`: the release the rollout ships. The signed targets metadata names the same id in
   * the manifest target's `custom.releaseId`, so the agent refuses an answer that pairs a rollout with another
   * release's target (OFFER_MISMATCH).
   */
  releaseId?: string;
  /** With `install` and `cancel`: the release's manifest target, which every status report names (D4). */
  target?: UpdateTargetPointer;
  pollAfterSeconds: number;
}

/**
 * D4: offered -> downloading -> installing -> succeeded | failed(code) | rolled-back, or cancelled. The server
 * sets `offered` and `timed-out` (a device that did not move within the policy's in-progress timeout); devices
 * report the others. The order of this list is stored in memory by index: new statuses go at the end.
 */
export const DEVICE_ROLLOUT_STATUSES = ['offered', 'downloading', 'installing', 'succeeded', 'failed', 'rolled-back', 'cancelled', 'timed-out'] as const;
export type DeviceRolloutStatus = (typeof DEVICE_ROLLOUT_STATUSES)[number];
export const TERMINAL_STATUSES: readonly DeviceRolloutStatus[] = ['succeeded', 'failed', 'rolled-back', 'cancelled'];
/** Statuses only the server sets; a device never reports them. */
export const SERVER_STATUSES: readonly DeviceRolloutStatus[] = ['offered', 'timed-out'];
/** Statuses of a device that was offered an update and has not finished with it. */
export const IN_PROGRESS_STATUSES: readonly DeviceRolloutStatus[] = ['offered', 'downloading', 'installing'];

/**
 * The order a device moves through, and the one order in which the server takes row locks of counts by status.
 * `timed-out` ranks with the terminal statuses, but is not one: see `statusMayFollow`.
 */
export const STATUS_RANK: Record<DeviceRolloutStatus, number> = {
  offered: 0,
  downloading: 1,
  installing: 2,
  succeeded: 3,
  failed: 3,
  'rolled-back': 3,
  cancelled: 3,
  'timed-out': 4,
};

/**
 * Whether a device's status may move from `from` to `to` (D4). Forward only, and never out of a terminal
 * status. An in-progress device may time out; a timed-out one may be offered again, and a late report of a
 * device that was merely slow still counts (it moves on from `timed-out` to whatever it reports).
 */
export function statusMayFollow(from: DeviceRolloutStatus, to: DeviceRolloutStatus): boolean {
  if (from === to || TERMINAL_STATUSES.includes(from)) return false;
  if (from === 'timed-out') return to !== 'timed-out';
  if (to === 'timed-out') return true;
  return STATUS_RANK[to] > STATUS_RANK[from];
}

/**
 * What a report says the device verified (D4: a report is bound to its offer): the TUF target path of the
 * manifest, and once the device has verified it through TUF, its SHA-256. The server accepts the report only
 * for the rollout whose release is that target.
 */
export interface ReportedTarget {
  path: string;
  /** Lowercase hex; required with `installing`, `succeeded` and `rolled-back` (the device has verified it then). */
  sha256?: string;
}

/** Reports that name a verified target hash: the device has the manifest in hand by then. */
export const STATUSES_WITH_VERIFIED_TARGET: readonly DeviceRolloutStatus[] = ['installing', 'succeeded', 'rolled-back'];

export interface StatusReport {
  rolloutId: string;
  status: DeviceRolloutStatus;
  target: ReportedTarget;
  code?: DeviceErrorCode;
  outcomes?: KeyOutcome[];
  /**
   * For people: why, in a short fixed text from the agent's own code paths ("slot B did not confirm"). It must
   * never carry an identifier (IMEI, IMSI, phone number, user data: D5); the server keeps the last few per device.
   */
  message?: string;
}

/** The longest `message` a status report may carry. */
export const STATUS_MESSAGE_MAX = 200;

export interface StatusAck {
  accepted: boolean;
  /** true when the same report had been received before (idempotent replay). */
  duplicate: boolean;
}
