import * as path from 'node:path';
import { z } from 'zod';

/**
 * The server's whole configuration, read from the environment once at start (STYLE.md). Every path is a
 * setting so tests can point the server at a temporary directory. A bad variable fails start-up by name.
 */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite` (file in dataDir, WAL) unless DATABASE_URL is a postgres URL (D6 scale-out). */
  database: { type: 'sqlite'; file: string } | { type: 'postgres'; url: string };
  keysDir: string;
  /** First admin token; generated and printed once on first start when unset. */
  adminToken?: string;
  /** D3: the server applies targets signatures itself only when explicitly configured (dev). */
  devTargetsSigning: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bodyLimitBytes: number;
  device: {
    maxInFlight: number;
    pollIntervalSeconds: number;
    pollJitterSeconds: number;
    sessionTtlSeconds: number;
    nonceTtlSeconds: number;
    checkinFlushMs: number;
  };
  rollout: { tickMs: number; timestampRefreshBeforeSeconds: number };
}

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL (unset it for the embedded sqlite file)')
    .optional(),
  KEYS_DIR: z.string().min(1).default('./keys/dev'),
  ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  DEV_TARGETS_SIGNING: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: int(1024, 64 * 1024 * 1024).default(1024 * 1024),
  DEVICE_MAX_INFLIGHT: int(1, 1_000_000).default(2048),
  POLL_INTERVAL_SECONDS: int(1, 7 * 24 * 3600).default(3600),
  POLL_JITTER_SECONDS: int(0, 7 * 24 * 3600).default(600),
  SESSION_TTL_SECONDS: int(30, 7 * 24 * 3600).default(3600),
  NONCE_TTL_SECONDS: int(5, 3600).default(120),
  CHECKIN_FLUSH_MS: int(10, 600_000).default(1000),
  ROLLOUT_TICK_MS: int(50, 3_600_000).default(5000),
  TIMESTAMP_REFRESH_BEFORE_SECONDS: int(60, 30 * 24 * 3600).default(6 * 3600),
});

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
  const dataDir = path.resolve(e.DATA_DIR);
  const config: ServerConfig = {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL ? { type: 'postgres', url: e.DATABASE_URL } : { type: 'sqlite', file: path.join(dataDir, 'ota.sqlite') },
    keysDir: path.resolve(e.KEYS_DIR),
    adminToken: e.ADMIN_TOKEN,
    devTargetsSigning: e.DEV_TARGETS_SIGNING,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    device: {
      maxInFlight: e.DEVICE_MAX_INFLIGHT,
      pollIntervalSeconds: e.POLL_INTERVAL_SECONDS,
      pollJitterSeconds: e.POLL_JITTER_SECONDS,
      sessionTtlSeconds: e.SESSION_TTL_SECONDS,
      nonceTtlSeconds: e.NONCE_TTL_SECONDS,
      checkinFlushMs: e.CHECKIN_FLUSH_MS,
    },
    rollout: { tickMs: e.ROLLOUT_TICK_MS, timestampRefreshBeforeSeconds: e.TIMESTAMP_REFRESH_BEFORE_SECONDS },
  };
  return { ...config, ...overrides };
}

/** An empty variable means "unset", as in most shells' `VAR= cmd`. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => kv[1] !== undefined && kv[1] !== ''));
}

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');
