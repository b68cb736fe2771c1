/**
 * D4 backoff, at unit level: the agent against a stub server that answers what the test scripts (503 with
 * Retry-After, 500, success), with a fake sleep that records each delay. Exponential with full jitter,
 * Retry-After as the floor, reset after a success, scaled by timeScale, and a prompt stop on abort.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createFactoryCa } from '@app/pki';
import { deviceKeys } from '../../ota-server/test/test-device';
import { Agent, type AgentEvent, type AgentOptions } from '../src/agent/agent';
import { backoffDelayMs } from '../src/agent/backoff';
import { parseRetryAfter } from '../src/client/client-error';
import { EmulatedDevice } from '../src/device/emulated-device';
import { A_PROFILE } from './agent-world';

type Scripted = { status: number; retryAfter?: string; body?: unknown };
const NONE = { status: 200, body: { action: 'none', pollAfterSeconds: 42 } };

/** Answers nonce and session requests; each poll takes the next scripted answer (the last one repeats). */
async function stubServer(polls: Scripted[]): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const answer: Scripted =
      req.url === '/device/v1/nonce'
        ? { status: 200, body: { nonce: 'n1', expiresAt: new Date().toISOString() } }
        : req.url === '/device/v1/session'
          ? { status: 200, body: { token: 't', expiresAt: new Date().toISOString(), deviceId: 'a'.repeat(64) } }
          : polls.length > 1
            ? polls.shift()!
            : polls[0];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
    res.writeHead(answer.status, headers).end(JSON.stringify(answer.body ?? { code: 'OVERLOADED', message: 'busy' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let device: EmulatedDevice;

beforeAll(async () => {
  const now = new Date();
  const ca = createFactoryCa({ commonName: 'Test Factory CA', now, validDays: 30 });
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ota-agent-backoff-')), 'device');
  const [keyPair] = await deviceKeys(1);
  device = await EmulatedDevice.manufacture({ dir, profile: A_PROFILE, factoryCa: ca, pinnedRootJson: '{}', keyPair, now });
});

/** Runs the agent until it has slept `sleeps` times; returns the delays and the events. */
async function runUntilSlept(url: string, sleeps: number, options: Partial<AgentOptions> = {}) {
  const controller = new AbortController();
  const delays: number[] = [];
  const events: AgentEvent[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
    if (delays.length >= sleeps) controller.abort();
  };
  await new Agent({ serverUrl: url, device, sleep, onEvent: (e) => events.push(e), ...options }).run(controller.signal);
  return { delays, events };
}

describe('backoffDelayMs', () => {
  const input = { attempt: 0, random: () => 0.5, maxBackoffMs: 60_000 };

  it('doubles the jitter ceiling with each failure, up to the cap', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelayMs({ ...input, attempt }))).toEqual([500, 1000, 2000, 4000, 30_000]);
  });

  it('draws uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelayMs({ ...input, attempt: 3, random: () => 0 })).toBe(0);
    expect(backoffDelayMs({ ...input, attempt: 3, random: () => 0.999 })).toBe(7992);
  });

  it('never goes below Retry-After', () => {
    expect(backoffDelayMs({ ...input, random: () => 0, retryAfterSeconds: 7 })).toBe(7000);
    expect(backoffDelayMs({ ...input, attempt: 20, random: () => 1, retryAfterSeconds: 120, maxBackoffMs: 60_000 })).toBe(120_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates, and ignores what it cannot read', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('Agent.run', () => {
  describe('when the server answers 503 with Retry-After', () => {
    it('backs off exponentially with jitter and never below Retry-After', async () => {
      const stub = await stubServer([{ status: 503, retryAfter: '7' }]);
      const { delays, events } = await runUntilSlept(stub.url, 4, { random: () => 0.999 });
      await stub.close();
      expect(delays).toEqual([7000, 7000, 7000, 7992]);
      expect(events.filter((e) => e.type === 'backoff')).toHaveLength(4);
      expect(events.find((e) => e.type === 'backoff')).toMatchObject({ delayMs: 7000, reason: expect.stringContaining('503 OVERLOADED') });
    });

    it('scales the delays with timeScale, Retry-After included', async () => {
      const stub = await stubServer([{ status: 503, retryAfter: '7' }]);
      const { delays } = await runUntilSlept(stub.url, 2, { random: () => 0, timeScale: 0.001 });
      await stub.close();
      expect(delays).toEqual([7, 7]);
    });
  });

  describe('when the server fails with 500 (no Retry-After)', () => {
    it('backs off up to maxBackoffMs, and starts over after a success', async () => {
      const stub = await stubServer([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }, NONE, { status: 500 }]);
      const { delays } = await runUntilSlept(stub.url, 6, { random: () => 0.5, maxBackoffMs: 4000 });
      await stub.close();
      expect(delays).toEqual([500, 1000, 2000, 2000, 42_000, 500]);
    });
  });

  describe('when the server timed the request out (408 REQUEST_TIMEOUT: its body arrived too slowly)', () => {
    it('backs off and sends it again, as after a network error', async () => {
      const stub = await stubServer([{ status: 408, body: { code: 'REQUEST_TIMEOUT', message: 'the request body did not arrive in time' } }, NONE]);
      const { delays, events } = await runUntilSlept(stub.url, 2, { random: () => 0.5 });
      await stub.close();
      expect(delays).toEqual([500, 42_000]);
      expect(events.find((e) => e.type === 'backoff')).toMatchObject({ reason: expect.stringContaining('408 REQUEST_TIMEOUT') });
    });
  });

  describe('when the server answers something the protocol does not allow', () => {
    it('backs off instead of acting on it', async () => {
      const stub = await stubServer([{ status: 200, body: { action: 'install', rolloutId: 'r', pollAfterSeconds: 1 } }]);
      const { events } = await runUntilSlept(stub.url, 1, { random: () => 0.5 });
      await stub.close();
      expect(events.find((e) => e.type === 'backoff')).toMatchObject({
        reason: expect.stringMatching(/ClientError: expected a protocol answer .*target: install and cancel name a target/),
      });
    });
  });

  describe('when nothing listens', () => {
    it('backs off on the network error', async () => {
      const stub = await stubServer([NONE]);
      await stub.close();
      const { delays, events } = await runUntilSlept(stub.url, 2, { random: () => 0.5 });
      expect(delays).toEqual([500, 1000]);
      expect(events.find((e) => e.type === 'backoff')).toMatchObject({ reason: expect.stringContaining('ECONNREFUSED') });
    });
  });

  it('stops promptly when aborted while sleeping pollAfterSeconds', async () => {
    const stub = await stubServer([NONE]);
    const controller = new AbortController();
    let polled!: () => void;
    const firstPoll = new Promise<void>((resolve) => (polled = resolve));
    const agent = new Agent({ serverUrl: stub.url, device, onEvent: (e) => e.type === 'poll' && polled() });
    const running = agent.run(controller.signal);
    await firstPoll;
    const started = Date.now();
    controller.abort();
    await running;
    await stub.close();
    expect(Date.now() - started).toBeLessThan(500);
  });
});
