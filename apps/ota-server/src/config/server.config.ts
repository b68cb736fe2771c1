import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { readTlsIdentity, type TlsIdentity } from './tls.config';

export type { TlsIdentity } from './tls.config';

/**
 * The server's whole configuration, read from the environment once at start (STYLE.md). Every path is a
 * setting so tests can point the server at a temporary directory. A bad variable fails start-up by name.
 */
export interface ServerConfig {
  port: number;
  host: string;
  /** D5 transport: serve HTTPS with this certificate and key (TLS_CERT, TLS_KEY); plain HTTP when absent. */
  tls?: TlsIdentity;
  dataDir: string;
  /** `sqlite` (file in dataDir, WAL) unless DATABASE_URL is a postgres URL (D6 scale-out). */
  database: { type: 'sqlite'; file: string } | { type: 'postgres'; url: string; connectTimeoutMs: number; queryTimeoutMs: number };
  keysDir: string;
  /** D9: the built web console served at /console (`npm run build` writes it); CONSOLE_DIR, default <repo>/dist/console. */
  consoleDir: string;
  /** First admin token; generated and printed once on first start when unset. */
  adminToken?: string;
  /** D5: how long an admin token lives (default and most a user may ask for), and a new user's enrollment token. */
  adminTokens: { ttlDays: number; enrollmentTtlHours: number };
  /** D3: the server applies targets signatures itself only when explicitly configured (dev). */
  devTargetsSigning: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bodyLimitBytes: number;
  /**
   * D8 firmware images: the largest image upload (IMAGE_MAX_BYTES, default 2 GiB; the JSON BODY_LIMIT_BYTES does
   * not apply to it), and where devices fetch targets when a mirror or CDN serves them (TARGETS_BASE_URL; D3:
   * TUF makes the mirror untrusted). Without it devices fetch from this server's /tuf/targets.
   */
  images: { maxBytes: number; targetsBaseUrl?: string };
  /** Per-connection deadlines enforced by Node's HTTP server (D6: a connection cannot hold the server). */
  http: { headersTimeoutMs: number; requestTimeoutMs: number };
  device: {
    maxInFlight: number;
    /** Shed device requests (503 OVERLOADED) while the sustained event-loop delay is at least this (D6). */
    shedLoopDelayMs: number;
    bodyTimeoutMs: number;
    pollIntervalSeconds: number;
    pollJitterSeconds: number;
    sessionTtlSeconds: number;
    nonceTtlSeconds: number;
    checkinFlushMs: number;
  };
  rollout: { tickMs: number; timestampRefreshBeforeSeconds: number };
  /**
   * D9 events: the outbox worker runs every `intervalMs`; a failed delivery is retried after `backoffBaseSeconds *
   * 2^(attempt-1)` until `maxAttempts`; each HTTP call is abandoned after `timeoutMs`.
   */
  webhooks: { intervalMs: number; backoffBaseSeconds: number; maxAttempts: number; timeoutMs: number };
  /**
   * D7 expiry never surprises: readiness and metrics warn `warnBeforeSeconds` ahead of each role's expiry, and the
   * poll answers `none` instead of `install` from `installMarginSeconds` before any role expires.
   */
  tufExpiry: { warnBeforeSeconds: Record<ExpiringRole, number>; installMarginSeconds: number };
  /** D6 graceful stop on SIGTERM: readiness red for `drainMs` before the listener closes, then at most `timeoutMs` more. */
  shutdown: { drainMs: number; timeoutMs: number };
}

export type ExpiringRole = 'root' | 'targets' | 'snapshot' | 'timestamp';

const DAY_SECONDS = 86_400;

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z
  .object({
    PORT: int(0, 65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** D5 transport: PEM files of the server's certificate (leaf first, then any intermediates) and its key. */
    TLS_CERT: z.string().min(1).optional(),
    TLS_KEY: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL (unset it for the embedded sqlite file)')
      .optional(),
    /** PostgreSQL: how long to wait for a connection, and for a query's answer, before answering 503 (D6). */
    DB_CONNECT_TIMEOUT_MS: int(100, 600_000).default(5_000),
    DB_QUERY_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
    KEYS_DIR: z.string().min(1).default('./keys/dev'),
    CONSOLE_DIR: z.string().min(1).optional(),
    ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    ADMIN_TOKEN_TTL_DAYS: int(1, 3650).default(90),
    ADMIN_ENROLLMENT_TTL_HOURS: int(1, 24 * 30).default(72),
    DEV_TARGETS_SIGNING: bool.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: int(1024, 64 * 1024 * 1024).default(1024 * 1024),
    IMAGE_MAX_BYTES: int(1, 2 ** 42).default(2 * 1024 ** 3),
    TARGETS_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * D6 overload and slow clients (http/overload.ts, http/fastify-adapter.ts):
     * - DEVICE_MAX_INFLIGHT: device requests accepted (headers and whole body in) and not answered; past it new
     *   ones get 503 at once. Requests whose body is still arriving do not count.
     * - SHED_LOOP_DELAY_MS: device requests get 503 once three loop iterations in a row each ran this late (a
     *   single stall, a GC pause, never sheds). 50 ms: at full load with as many clients as it can serve the
     *   bench shows a delay p99 of about 10 ms; offered twice that, the delay sat at 50-120 ms while answers
     *   took seconds (the queue is in the clients' connections and the kernel, where no count sees it). Bursts
     *   of certificate checks no longer hold the loop (they run in 5 ms slices, devices/sliced-queue.ts).
     * - DEVICE_BODY_TIMEOUT_MS: from a device request's headers to the end of its body. Device bodies are small
     *   (a few hundred bytes, at most 512 KiB), so 5 s; after it 408 and the connection is closed.
     * - HEADERS_TIMEOUT_MS: from a connection's first byte (or a kept-alive request's) to the end of its headers;
     *   a request's headers are one packet, 5 s is slack for a bad radio link.
     * - REQUEST_TIMEOUT_MS: a whole request, headers and body, on any route (a 1 MiB manifest needs ~35 KB/s).
     */
    DEVICE_MAX_INFLIGHT: int(1, 1_000_000).default(2048),
    SHED_LOOP_DELAY_MS: int(10, 60_000).default(50),
    DEVICE_BODY_TIMEOUT_MS: int(100, 600_000).default(5_000),
    HEADERS_TIMEOUT_MS: int(100, 600_000).default(5_000),
    REQUEST_TIMEOUT_MS: int(1_000, 3_600_000).default(30_000),
    POLL_INTERVAL_SECONDS: int(1, 7 * 24 * 3600).default(3600),
    POLL_JITTER_SECONDS: int(0, 7 * 24 * 3600).default(600),
    SESSION_TTL_SECONDS: int(30, 7 * 24 * 3600).default(3600),
    NONCE_TTL_SECONDS: int(5, 3600).default(120),
    CHECKIN_FLUSH_MS: int(10, 600_000).default(1000),
    ROLLOUT_TICK_MS: int(50, 3_600_000).default(5000),
    WEBHOOK_INTERVAL_MS: int(50, 3_600_000).default(2_000),
    WEBHOOK_BACKOFF_BASE_SECONDS: int(1, 86_400).default(30),
    WEBHOOK_MAX_ATTEMPTS: int(1, 100).default(8),
    WEBHOOK_TIMEOUT_MS: int(100, 120_000).default(10_000),
    SHUTDOWN_DRAIN_MS: int(0, 600_000).default(3_000),
    SHUTDOWN_TIMEOUT_MS: int(1_000, 600_000).default(20_000),
    TIMESTAMP_REFRESH_BEFORE_SECONDS: int(60, 30 * 24 * 3600).default(6 * 3600),
    /**
     * D7 expiry warnings, per role. Root and targets need people (root keyholders, release signers), so weeks
     * ahead; snapshot and timestamp the server re-signs itself TIMESTAMP_REFRESH_BEFORE_SECONDS ahead, so their
     * warning means that re-sign is late: by default halfway between it and TUF_INSTALL_MARGIN_SECONDS, at most 3 h.
     */
    TUF_ROOT_WARN_BEFORE_SECONDS: int(60, 3650 * DAY_SECONDS).default(60 * DAY_SECONDS),
    TUF_TARGETS_WARN_BEFORE_SECONDS: int(60, 3650 * DAY_SECONDS).default(14 * DAY_SECONDS),
    TUF_SNAPSHOT_WARN_BEFORE_SECONDS: int(60, 3650 * DAY_SECONDS).optional(),
    TUF_TIMESTAMP_WARN_BEFORE_SECONDS: int(60, 3650 * DAY_SECONDS).optional(),
    /**
     * Installs are withheld this long before any role expires: a device offered now fetches and verifies the
     * metadata within moments of its poll, so this covers that, its retries, and a device clock running ahead.
     */
    TUF_INSTALL_MARGIN_SECONDS: int(0, 30 * DAY_SECONDS).default(3600),
  })
  .superRefine((e, ctx) => {
    // Node refuses a headers deadline later than the whole request's.
    if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: `must not exceed REQUEST_TIMEOUT_MS (${e.REQUEST_TIMEOUT_MS}), got ${e.HEADERS_TIMEOUT_MS}`,
      });
    }
    // Online roles are re-signed before installs are withheld, or every timestamp would withhold them for a while.
    if (e.TUF_INSTALL_MARGIN_SECONDS >= e.TIMESTAMP_REFRESH_BEFORE_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['TUF_INSTALL_MARGIN_SECONDS'],
        message: `must be less than TIMESTAMP_REFRESH_BEFORE_SECONDS (${e.TIMESTAMP_REFRESH_BEFORE_SECONDS}), got ${e.TUF_INSTALL_MARGIN_SECONDS}`,
      });
    }
    // A warning comes before installs are withheld, or it warns of nothing that can still be prevented.
    for (const [name, value] of Object.entries(warnBeforeSecondsOf(e))) {
      if (value > e.TUF_INSTALL_MARGIN_SECONDS) continue;
      ctx.addIssue({
        code: 'custom',
        path: [`TUF_${name.toUpperCase()}_WARN_BEFORE_SECONDS`],
        message: `must exceed TUF_INSTALL_MARGIN_SECONDS (${e.TUF_INSTALL_MARGIN_SECONDS}), got ${value}`,
      });
    }
  });

function warnBeforeSecondsOf(e: {
  TIMESTAMP_REFRESH_BEFORE_SECONDS: number;
  TUF_INSTALL_MARGIN_SECONDS: number;
  TUF_ROOT_WARN_BEFORE_SECONDS: number;
  TUF_TARGETS_WARN_BEFORE_SECONDS: number;
  TUF_SNAPSHOT_WARN_BEFORE_SECONDS?: number;
  TUF_TIMESTAMP_WARN_BEFORE_SECONDS?: number;
}): Record<ExpiringRole, number> {
  const online = Math.min(3 * 3600, Math.floor((e.TIMESTAMP_REFRESH_BEFORE_SECONDS + e.TUF_INSTALL_MARGIN_SECONDS) / 2));
  return {
    root: e.TUF_ROOT_WARN_BEFORE_SECONDS,
    targets: e.TUF_TARGETS_WARN_BEFORE_SECONDS,
    snapshot: e.TUF_SNAPSHOT_WARN_BEFORE_SECONDS ?? online,
    timestamp: e.TUF_TIMESTAMP_WARN_BEFORE_SECONDS ?? online,
  };
}

/** <repo>/dist/console: the first folder above this file (in src/ or in dist/) that holds package.json is the repo. */
function defaultConsoleDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'console');
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadServerConfig(env: NodeJS.ProcessEnv, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const { tls, problems } = readTlsIdentity(e.TLS_CERT, e.TLS_KEY);
  if (problems.length > 0) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  const dataDir = path.resolve(e.DATA_DIR);
  const config: ServerConfig = {
    port: e.PORT,
    host: e.HOST,
    ...(tls ? { tls } : {}),
    dataDir,
    database: e.DATABASE_URL
      ? { type: 'postgres', url: e.DATABASE_URL, connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS, queryTimeoutMs: e.DB_QUERY_TIMEOUT_MS }
      : { type: 'sqlite', file: path.join(dataDir, 'ota.sqlite') },
    keysDir: path.resolve(e.KEYS_DIR),
    consoleDir: path.resolve(e.CONSOLE_DIR ?? defaultConsoleDir()),
    adminToken: e.ADMIN_TOKEN,
    adminTokens: { ttlDays: e.ADMIN_TOKEN_TTL_DAYS, enrollmentTtlHours: e.ADMIN_ENROLLMENT_TTL_HOURS },
    devTargetsSigning: e.DEV_TARGETS_SIGNING,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    images: { maxBytes: e.IMAGE_MAX_BYTES, ...(e.TARGETS_BASE_URL ? { targetsBaseUrl: e.TARGETS_BASE_URL.replace(/\/+$/, '') } : {}) },
    http: { headersTimeoutMs: e.HEADERS_TIMEOUT_MS, requestTimeoutMs: e.REQUEST_TIMEOUT_MS },
    device: {
      maxInFlight: e.DEVICE_MAX_INFLIGHT,
      shedLoopDelayMs: e.SHED_LOOP_DELAY_MS,
      bodyTimeoutMs: e.DEVICE_BODY_TIMEOUT_MS,
      pollIntervalSeconds: e.POLL_INTERVAL_SECONDS,
      pollJitterSeconds: e.POLL_JITTER_SECONDS,
      sessionTtlSeconds: e.SESSION_TTL_SECONDS,
      nonceTtlSeconds: e.NONCE_TTL_SECONDS,
      checkinFlushMs: e.CHECKIN_FLUSH_MS,
    },
    rollout: { tickMs: e.ROLLOUT_TICK_MS, timestampRefreshBeforeSeconds: e.TIMESTAMP_REFRESH_BEFORE_SECONDS },
    webhooks: {
      intervalMs: e.WEBHOOK_INTERVAL_MS,
      backoffBaseSeconds: e.WEBHOOK_BACKOFF_BASE_SECONDS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    tufExpiry: { warnBeforeSeconds: warnBeforeSecondsOf(e), installMarginSeconds: e.TUF_INSTALL_MARGIN_SECONDS },
    shutdown: { drainMs: e.SHUTDOWN_DRAIN_MS, timeoutMs: e.SHUTDOWN_TIMEOUT_MS },
  };
  return { ...config, ...overrides };
}

/** An empty variable means "unset", as in most shells' `VAR= cmd`. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => kv[1] !== undefined && kv[1] !== ''));
}

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');
