/**
 * The device agent (issue 4, D3, D4): session, poll, install or cancel, report; then sleep what the server said.
 * It never swallows a verification error (every refusal is reported with its code) and never spins: network
 * errors, 5xx and 503 back off exponentially with full jitter, Retry-After as the floor.
 */
import type { DeviceErrorCode, DeviceRolloutStatus, KeyOutcome, UpdateAction, UpdateResponse } from '@app/protocol';
import { isSettingsError } from '@app/settings';
import { ClientError, isClientError } from '../client/client-error';
import { DeviceClient } from '../client/device-client';
import type { EmulatedDevice } from '../device/emulated-device';
import { DEFAULT_MAX_BACKOFF_MS, backoffDelayMs, sleep as defaultSleep } from './backoff';
import { installUpdate, type StatusUpdate } from './install-update';
import { tufSourceFor } from './tuf-fetch';

export type AgentEvent =
  | { type: 'session' }
  | { type: 'poll'; action: UpdateAction; rolloutId?: string }
  | { type: 'status'; rolloutId: string; status: DeviceRolloutStatus; code?: DeviceErrorCode; outcomes?: KeyOutcome[]; detail?: string }
  | { type: 'backoff'; delayMs: number; reason: string };

export interface AgentOptions {
  serverUrl: string;
  device: EmulatedDevice;
  onEvent?: (e: AgentEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Multiplies pollAfterSeconds, backoff and Retry-After: 0.001 turns the server's hour into 3.6 s. */
  timeScale?: number;
  /** Cap of the exponential backoff, in unscaled milliseconds (default 5 minutes). */
  maxBackoffMs?: number;
}

export interface PollOutcome {
  action: UpdateAction;
  rolloutId?: string;
  /** The terminal status reported for an install or cancel. */
  status?: DeviceRolloutStatus;
  code?: DeviceErrorCode;
  pollAfterSeconds: number;
}

const CANCELLED: StatusUpdate = { status: 'cancelled', code: 'CANCELLED', detail: 'the rollout stopped before this device started' };

export class Agent {
  private readonly client: DeviceClient;
  private readonly device: EmulatedDevice;

  constructor(private readonly options: AgentOptions) {
    this.device = options.device;
    this.client = new DeviceClient({
      serverUrl: options.serverUrl,
      credentials: options.device.credentials(),
      profile: () => options.device.profile(),
      onSession: () => this.emit({ type: 'session' }),
    });
  }

  /** One check-in: opens or renews the session as needed, polls, acts on the answer and reports. */
  pollOnce(): Promise<PollOutcome> {
    return this.checkIn();
  }

  /**
   * Polls until `signal` aborts, sleeping `pollAfterSeconds` (scaled) between polls. Rejects only when the
   * device itself died (a simulated power cut): reopen it with `EmulatedDevice.open` and start a new agent.
   */
  async run(signal: AbortSignal): Promise<void> {
    const sleep = this.options.sleep ?? defaultSleep;
    const scale = this.options.timeScale ?? 1;
    let failures = 0;
    while (!signal.aborted) {
      let delayMs: number;
      try {
        delayMs = (await this.checkIn(signal)).pollAfterSeconds * 1000 * scale;
        failures = 0;
      } catch (error) {
        if (signal.aborted) break;
        if (isSettingsError(error, 'SIMULATED_CRASH')) throw error;
        delayMs = this.backoffMs(failures, error) * scale;
        failures += 1;
        this.emit({ type: 'backoff', delayMs, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
      await sleep(delayMs, signal);
    }
  }

  private backoffMs(attempt: number, error: unknown): number {
    return backoffDelayMs({
      attempt,
      random: this.options.random ?? Math.random,
      maxBackoffMs: this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS,
      retryAfterSeconds: error instanceof ClientError ? error.retryAfterSeconds : undefined,
    });
  }

  private async checkIn(signal?: AbortSignal): Promise<PollOutcome> {
    const answer = await this.client.poll(signal);
    this.emit({ type: 'poll', action: answer.action, rolloutId: answer.rolloutId });
    const outcome: PollOutcome = { action: answer.action, rolloutId: answer.rolloutId, pollAfterSeconds: answer.pollAfterSeconds };
    if (answer.action === 'none' || answer.rolloutId === undefined) return outcome;
    const final = await this.handle(answer, answer.rolloutId, signal);
    await this.report(answer.rolloutId, final, signal);
    if (final.status === 'succeeded') await this.device.markInstallReported();
    return { ...outcome, status: final.status, code: final.code };
  }

  private handle(answer: UpdateResponse, rolloutId: string, signal?: AbortSignal): Promise<StatusUpdate> {
    // D4: a halted rollout tells devices that were offered but had not started to cancel; nothing is applied.
    if (answer.action === 'cancel') return Promise.resolve(CANCELLED);
    if (answer.target === undefined) return Promise.reject(new ClientError('BAD_RESPONSE', 'expected an install answer to name its target, found none'));
    const tuf = tufSourceFor(this.options.serverUrl, this.device.tufDirs());
    return installUpdate({ device: this.device, tuf, progress: (u) => this.report(rolloutId, u, signal) }, answer.target);
  }

  /**
   * Sends a report. OUT_OF_ORDER means the server already holds a later status (an install resumed after a
   * crash reports `downloading` again): nothing to add, so it is not an error.
   */
  private async report(rolloutId: string, update: StatusUpdate, signal?: AbortSignal): Promise<void> {
    const { status, code, outcomes } = update;
    try {
      await this.client.report({ rolloutId, status, ...(code ? { code } : {}), ...(outcomes ? { outcomes } : {}) }, signal);
    } catch (error) {
      if (isClientError(error, 'REJECTED') && error.apiCode === 'OUT_OF_ORDER') return;
      throw error;
    }
    this.emit({ type: 'status', rolloutId, ...update });
  }

  private emit(event: AgentEvent): void {
    this.options.onEvent?.(event);
  }
}
