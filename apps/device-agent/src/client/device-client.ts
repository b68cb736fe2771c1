/**
 * The device API of D4/D5 as the agent speaks it: a session proved with the device key (signed nonce, factory
 * certificate), polls, status reports. It sends the certificate, the profile and the firmware version, and
 * nothing else: the hardware identity is not even within its reach.
 */
import { signNonce } from '@app/pki';
import type { DeviceProfile, NonceResponse, SessionResponse, StatusAck, StatusReport, UpdateResponse } from '@app/protocol';
import { ClientError, clientErrorForStatus } from './client-error';
import { type Transport, transportFor } from './transport';
import { nonceResponseSchema, sessionResponseSchema, statusAckSchema, updateResponseSchema } from '@app/protocol';
import type { z } from 'zod';

export interface DeviceCredentials {
  certificatePem: string;
  privateKeyPem: string;
}

/** What the agent says of its device when it opens a session. */
export type SessionProfile = DeviceProfile;

export interface DeviceClientOptions {
  serverUrl: string;
  credentials: DeviceCredentials;
  /** Read at each session and poll: the firmware version changes with an install. */
  profile: () => SessionProfile;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  onSession?: (session: SessionResponse) => void;
  /** How requests reach the server (transport.ts); default: plain fetch for http, refused for https (no pin). */
  transport?: Transport;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export class DeviceClient {
  private token: string | undefined;
  private readonly baseUrl: string;
  private readonly transport: Transport;

  constructor(private readonly options: DeviceClientOptions) {
    this.baseUrl = options.serverUrl.replace(/\/+$/, '');
    this.transport = options.transport ?? transportFor(options.serverUrl, undefined);
  }

  /** D5: fetch a nonce, sign it with the device key, present the certificate chain; keeps the token. */
  async openSession(signal?: AbortSignal): Promise<SessionResponse> {
    const { nonce } = await this.send<NonceResponse>('GET', '/device/v1/nonce', nonceResponseSchema, { signal });
    const { certificatePem, privateKeyPem } = this.options.credentials;
    const body = { certificateChain: [certificatePem], nonce, signature: signNonce(privateKeyPem, nonce), ...this.options.profile() };
    const session = await this.send<SessionResponse>('POST', '/device/v1/session', sessionResponseSchema, { body, signal });
    this.token = session.token;
    this.options.onSession?.(session);
    return session;
  }

  poll(signal?: AbortSignal): Promise<UpdateResponse> {
    const query = new URLSearchParams({ firmwareVersion: this.options.profile().firmwareVersion });
    return this.authed<UpdateResponse>('GET', `/device/v1/update?${query}`, updateResponseSchema, { signal });
  }

  report(report: StatusReport, signal?: AbortSignal): Promise<StatusAck> {
    return this.authed<StatusAck>('POST', '/device/v1/status', statusAckSchema, { body: report, signal });
  }

  /** Opens a session when there is none; an expired one answers 401 and is renewed once, then the call repeated. */
  private async authed<T>(method: string, route: string, schema: z.ZodType<T>, o: { body?: unknown; signal?: AbortSignal }): Promise<T> {
    if (this.token === undefined) await this.openSession(o.signal);
    try {
      return await this.send(method, route, schema, { ...o, token: this.token });
    } catch (error) {
      if (!(error instanceof ClientError && error.code === 'UNAUTHENTICATED')) throw error;
      await this.openSession(o.signal);
      return this.send(method, route, schema, { ...o, token: this.token });
    }
  }

  private async send<T>(method: string, route: string, schema: z.ZodType<T>, o: { body?: unknown; token?: string; signal?: AbortSignal }): Promise<T> {
    const headers: Record<string, string> = {};
    if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let res: Response;
    let text: string;
    try {
      res = await this.transport(`${this.baseUrl}${route}`, {
        method,
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        signal: o.signal ? AbortSignal.any([o.signal, timeout]) : timeout,
      });
      text = await res.text();
    } catch (error) {
      if (error instanceof ClientError) throw error;
      throw new ClientError('NETWORK_FAILED', `expected an answer from ${method} ${route}, got ${describeFetchError(error)}`, { cause: error });
    }
    const body = parseJson(text);
    if (!res.ok) throw clientErrorForStatus(res.status, body, res.headers.get('retry-after'));
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ClientError(
        'BAD_RESPONSE',
        `expected a protocol answer from ${method} ${route}, got: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        { status: res.status },
      );
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** undici hides the reason (ECONNREFUSED, ...) in `cause`; its errors may come from another realm, so by shape. */
function describeFetchError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { name, message, cause } = error as { name?: unknown; message?: unknown; cause?: unknown };
  const reason = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown; message?: unknown }) : undefined;
  const detail = reason ? ` (${String(reason.code ?? reason.message)})` : '';
  return `${String(name)}: ${String(message)}${detail}`;
}
