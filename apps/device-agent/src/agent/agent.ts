/**
 * The device agent (D3, D4): session, poll, install or cancel, report; then sleep what the server said.
 * Every report names the offer's target path and, once TUF has verified it, its SHA-256 (D4: a report is bound
 * to its offer). It never swallows a verification error (every refusal is reported with its code) and never
 * spins: network errors, 5xx and 503 back off exponentially with full jitter, Retry-After as the floor.
 */
import {
  STATUS_MESSAGE_MAX,
  type DeviceErrorCode,
  type DeviceRolloutStatus,
  type KeyOutcome,
  type ReportedTarget,
  type UpdateAction,
  type UpdateResponse,
} from '@app/protocol';
import { isSettingsError } from '@app/settings';
import { ClientError, isClientError } from '../client/client-error';
import { DeviceClient } from '../client/device-client';
import { type Transport, transportFor } from '../client/transport';
import type { EmulatedDevice } from '../device/emulated-device';
import { DEFAULT_MAX_BACKOFF_MS, backoffDelayMs, sleep as defaultSleep } from './backoff';
import { installUpdate, type StatusUpdate } from './install-update';
import { tufSourceFor } from './tuf-fetch';

export type AgentEvent =
  | { type: 'session' }
  | { type: 'poll'; action: UpdateAction; rolloutId?: string }
  | { type: 'status'; rolloutId: string; status: DeviceRolloutStatus; target: ReportedTarget; code?: DeviceErrorCode; outcomes?: KeyOutcome[]; detail?: string }
  /** D4: the server refused a report that names another target or hash than the rollout's release; not retried. */
  | { type: 'report-refused'; rolloutId: string; status: DeviceRolloutStatus; target: ReportedTarget; apiCode: 'REPORT_MISMATCH'; detail: string }
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

export class Agent {
  private readonly client: DeviceClient;
  private readonly device: EmulatedDevice;
  private readonly transport: Transport;

  /** Throws `TLS_UNTRUSTED` for an https server URL when the firmware pins no server CA (D5 transport). */
  constructor(private readonly options: AgentOptions) {
    this.device = options.device;
    this.transport = transportFor(options.serverUrl, options.device.pinnedServerCa());
    this.client = new DeviceClient({
      serverUrl: options.serverUrl,
      transport: this.transport,
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
    const accepted = await this.report(answer.rolloutId, final, signal);
    // Kept outcomes that the server refused (REPORT_MISMATCH) stay unreported: a later offer of the same release
    // by its own rollout sends them (the "already applied" path). A 503 or a lost answer throws before this.
    if (final.status === 'succeeded' && accepted) await this.device.markInstallReported();
    return { ...outcome, status: final.status, code: final.code };
  }

  private handle(answer: UpdateResponse, rolloutId: string, signal?: AbortSignal): Promise<StatusUpdate> {
    if (answer.target === undefined)
      return Promise.reject(new ClientError('BAD_RESPONSE', `expected a ${answer.action} answer to name its target, found none`));
    // D4: a halted rollout tells devices that were offered but had not started to cancel; nothing is applied.
    // Nothing was verified either: the report names the offer's target path only.
    if (answer.action === 'cancel')
      return Promise.resolve({
        status: 'cancelled',
        target: { path: answer.target.path },
        code: 'CANCELLED',
        detail: 'the rollout stopped before this device started',
      });
    const tuf = tufSourceFor(this.options.serverUrl, this.device.tufDirs(), this.transport);
    const offer = { target: answer.target, ...(answer.releaseId === undefined ? {} : { releaseId: answer.releaseId }) };
    return installUpdate({ device: this.device, tuf, progress: (u) => this.report(rolloutId, u, signal).then(() => undefined) }, offer);
  }

  /**
   * Sends a report; false when the server refused it for good. OUT_OF_ORDER means the server already holds a
   * later status (an install resumed after a crash reports `downloading` again): nothing to add, not an error.
   * REPORT_MISMATCH (D4: the target or hash is not the rollout's release) will not change by retrying: it is
   * recorded as an event and the agent moves on. Transient failures (network, 503) throw: the agent backs off,
   * the server offers the unfinished install again on a later poll, and the report is made again then.
   */
  private async report(rolloutId: string, update: StatusUpdate, signal?: AbortSignal): Promise<boolean> {
    const { status, target, code, outcomes } = update;
    const message = reportedMessageOf(update);
    try {
      await this.client.report(
        { rolloutId, status, target, ...(code ? { code } : {}), ...(outcomes ? { outcomes } : {}), ...(message ? { message } : {}) },
        signal,
      );
    } catch (error) {
      if (isClientError(error, 'REJECTED') && error.apiCode === 'OUT_OF_ORDER') return true;
      if (isClientError(error, 'REJECTED') && error.apiCode === 'REPORT_MISMATCH') {
        this.emit({ type: 'report-refused', rolloutId, status, target, apiCode: 'REPORT_MISMATCH', detail: error.message });
        return false;
      }
      throw error;
    }
    this.emit({ type: 'status', rolloutId, ...update });
    return true;
  }

  private emit(event: AgentEvent): void {
    this.options.onEvent?.(event);
  }
}

/**
 * The short text sent beside a failure's code (D4, D9): the `detail` of the agent's own code paths ("slot with
 * 5.9.0 failed to boot; back on the old slot", a verification error's message), one line, capped to what the
 * server keeps. Only for failures: a report never carries user data or identifiers (D5), and these texts are
 * made from the manifest and the agent's checks, never from the device's settings or identity.
 */
export function reportedMessageOf(update: StatusUpdate): string | undefined {
  if (update.status !== 'failed' && update.status !== 'rolled-back') return undefined;
  const text = update.detail
    ?.replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length <= STATUS_MESSAGE_MAX ? text : `${text.slice(0, STATUS_MESSAGE_MAX - 1)}…`;
}
