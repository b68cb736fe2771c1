import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { sqlTxOf } from '../src/database/sql-tx';
import { Storage } from '../src/database/storage.service';
import { DeviceStateWriter } from '../src/rollouts/device-state-writer.service';
import { countByStage, recountByStage } from '../src/rollouts/rollout-stage-count.repository';
import { createApp } from '../src/app.factory';
import { AdminTokensService } from '../src/auth/admin-tokens.service';
import { ManualClock } from './manual-clock';
import { loadServerConfig } from '../src/config/server.config';
import { ensureDevKeys, ensureDevTls, keyFiles, type KeySetFile } from '../src/keys/dev-keys';
import { type Transport, transportFor } from '../../device-agent/src/client/transport';
import { RolloutEngineService } from '../src/rollouts/rollout-engine.service';

/** Which database the server suite runs against: the `ota-server:postgres` jest project sets `postgres`. */
export const TEST_DATABASE = process.env.OTA_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const PG_ADMIN_URL = process.env.OTA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestServer {
  url: string;
  /** With `tls`: the server TLS CA a client pins (keys/dev's tls-ca.cert.pem), and a transport that pins it. */
  tlsCaPem?: string;
  transport: Transport;
  app: NestFastifyApplication;
  clock: ManualClock;
  adminToken: string;
  keysDir: string;
  dataDir: string;
  logFile: string;
  /** Targets private keys (PEM) the server was not given, for tests that play the release signers. */
  withheldTargetsKeys: string[];
  /** Runs one rollout-engine pass now (the scheduled tick is effectively off in tests). */
  tick(): Promise<void>;
  admin<T = unknown>(method: string, route: string, body?: unknown, token?: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  targetsKeys?: number;
  targetsThreshold?: number;
  devTargetsSigning?: boolean;
  env?: Record<string, string>;
  /** Reuse another server's database and keys (a second instance, or a restart). */
  shareWith?: TestServer;
  /**
   * Where the server's clock starts (default: the real now). In the past, the keys and first metadata are made
   * then, so that metadata can be expired by the real clock, the one tuf-js checks against.
   */
  startAt?: Date;
  /** Move the last N targets private keys out of the key directory: release signers hold them, not the server. */
  withholdTargetsKeys?: number;
  /** Serve HTTPS with the dev TLS certificate of the key directory (TLS_CERT, TLS_KEY; D5 transport). */
  tls?: boolean;
  /** A key directory the test made (the production layout, D7): used as it is, no development keys are added. */
  keysDir?: string;
}

/** A real server: real modules, real migrations, a fresh database, real keys, an ephemeral port. */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const base = options.shareWith ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ota-server-'));
  const keysDir = options.shareWith?.keysDir ?? options.keysDir ?? path.join(base!, 'keys');
  const dataDir = options.shareWith?.dataDir ?? path.join(base!, 'data');
  // tuf-js checks expiry against the real clock, so test time starts now (or at `startAt`) and only moves forward.
  const clock = options.shareWith?.clock ?? new ManualClock(options.startAt ?? new Date());
  if (!options.keysDir) await ensureDevKeys(keysDir, { targetsKeys: options.targetsKeys, targetsThreshold: options.targetsThreshold, now: clock.now() });
  const withheldTargetsKeys = options.withholdTargetsKeys ? withholdTargetsKeys(keysDir, options.withholdTargetsKeys) : [];
  const files = keyFiles(keysDir);
  if (options.tls) ensureDevTls(keysDir, { now: clock.now() });
  const databaseUrl = options.shareWith ? (options.shareWith as TestServerInternal).databaseUrl : await createDatabase();
  const adminToken = 'test-admin-token-0123456789abcdef';
  const config = loadServerConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    KEYS_DIR: keysDir,
    ADMIN_TOKEN: adminToken,
    DEV_TARGETS_SIGNING: String(options.devTargetsSigning ?? true),
    LOG_LEVEL: 'debug',
    // The test process is the devices' process too (their keys, their signatures), on a machine that runs other
    // test files at once: its loop runs late for reasons that are no overload. Shedding is tested where it is
    // the subject (overload.spec.ts sets its own threshold).
    SHED_LOOP_DELAY_MS: '60000',
    ROLLOUT_TICK_MS: '3600000',
    CHECKIN_FLUSH_MS: '200',
    POLL_INTERVAL_SECONDS: '60',
    POLL_JITTER_SECONDS: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(options.tls ? { TLS_CERT: files.tlsServerCert, TLS_KEY: files.tlsServerKey } : {}),
    ...options.env,
  });
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, `server-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const logger = pino({ level: 'debug' }, pino.destination({ dest: logFile, sync: true }));
  const app = await createApp(config, { clock, logger });
  const dbType = app.get(DataSource).options.type;
  if (dbType !== (TEST_DATABASE === 'postgres' ? 'postgres' : 'better-sqlite3'))
    throw new Error(`expected the ${TEST_DATABASE} suite to run on ${TEST_DATABASE}, got ${dbType}`);
  await app.get(AdminTokensService).ensureBootstrapToken(adminToken);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  // The dev certificate names 127.0.0.1: the host name check passes against the IP address.
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const tlsCaPem = options.tls ? fs.readFileSync(files.tlsCaCert, 'utf8') : undefined;
  const transport = transportFor(url, tlsCaPem);
  const server: TestServerInternal = {
    url,
    tlsCaPem,
    transport,
    app,
    clock,
    adminToken,
    keysDir,
    dataDir,
    logFile,
    databaseUrl,
    withheldTargetsKeys,
    tick: () => app.get(RolloutEngineService).tick(),
    admin: (method, route, body, token = adminToken) => request(url, method, route, body, token, transport),
    close: async () => {
      await app.close();
      if (databaseUrl && !options.shareWith) await dropDatabase(databaseUrl);
    },
  };
  return server;
}

interface TestServerInternal extends TestServer {
  databaseUrl?: string;
}

export async function request<T>(
  url: string,
  method: string,
  route: string,
  body?: unknown,
  token?: string,
  transport: Transport = (u, init) => fetch(u, init),
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await transport(`${url}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T };
}

/** Each PostgreSQL test server gets its own database, dropped afterwards. Fails loudly if PostgreSQL is down. */
async function createDatabase(): Promise<string | undefined> {
  if (TEST_DATABASE !== 'postgres') return undefined;
  const name = `ota_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function withholdTargetsKeys(keysDir: string, count: number): string[] {
  const keyset = JSON.parse(fs.readFileSync(path.join(keysDir, 'keyset.json'), 'utf8')) as KeySetFile;
  return keyset.roles.targets.keys.slice(keyset.roles.targets.keys.length - count).map((k) => {
    const file = path.join(keysDir, k.privateKeyFile);
    const pem = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
    return pem;
  });
}

/** A person with their own token (D5): the admin creates the user, who enrolls and makes a token of their own. */
export async function addUser(server: Pick<TestServer, 'admin'>, name: string, roles: string[]): Promise<{ id: string; token: string }> {
  const created = await server.admin<{ user: { id: string }; enrollmentToken: { token: string } }>('POST', '/admin/v1/users', { name, roles });
  if (created.status !== 201) throw new Error(`creating user ${name} failed: ${created.status} ${JSON.stringify(created.body)}`);
  const own = await server.admin<{ token: string }>('POST', '/admin/v1/me/tokens', { name: `${name}'s token` }, created.body.enrollmentToken.token);
  if (own.status !== 201) throw new Error(`enrolling ${name} failed: ${own.status} ${JSON.stringify(own.body)}`);
  return { id: created.body.user.id, token: own.body.token };
}

export function readFirmwareManifest(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '../../../firmware-manifests', name), 'utf8'));
}

/** The per-stage counts the server keeps (rollout_stage_count) equal a count of the device states themselves. */
export async function expectCountsMatchStates(server: TestServer, rolloutId: string): Promise<void> {
  await server.app.get(DeviceStateWriter).flushOffers();
  const storage = server.app.get(Storage);
  const kept = await storage.read((m) => countByStage(sqlTxOf(m), rolloutId));
  expect([...kept.values()].length).toBeGreaterThan(0);
  expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(await storage.read((m) => recountByStage(sqlTxOf(m), rolloutId))));
}
