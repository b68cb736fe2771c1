/**
 * `npm run demo`: the Cloud Messaging story end to end on one machine, in under two minutes. A real server on a
 * temporary sqlite database and an accelerated clock publishes firmware-manifests/cloud-messaging-opt-in.json,
 * rolls it out 1% -> 10% -> 50% -> 100%, and a fleet of real agents with emulated hardware takes it: some owners
 * had turned Cloud Messaging on, some reset their phone after the update.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { createApp } from '../../apps/ota-server/src/app.factory';
import { AdminTokensService } from '../../apps/ota-server/src/auth/admin-tokens.service';
import { loadServerConfig } from '../../apps/ota-server/src/config/server.config';
import { ensureDevKeys } from '../../apps/ota-server/src/keys/dev-keys';
import { Fleet } from '../../apps/device-agent/src/fleet/fleet';
import { DEFAULT_MIX } from '../../apps/device-agent/src/fleet/fleet-plan';
import { formatSummary, table } from '../../apps/device-agent/src/fleet/fleet-summary';
import { AcceleratedClock } from './accelerated-clock';
import { checkStory, type StoryCheck } from './story-check';

const SPEED = 120; // one real second is two server minutes
const DEVICES = Number(process.env.DEMO_DEVICES ?? 500);
const DEADLINE_MS = 110_000;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-demo-'));
  const keysDir = path.join(dir, 'keys');
  await ensureDevKeys(keysDir);
  const config = loadServerConfig({
    PORT: '0',
    DATA_DIR: path.join(dir, 'data'),
    KEYS_DIR: keysDir,
    ADMIN_TOKEN: 'demo-admin-token-0123456789abcdef',
    POLL_INTERVAL_SECONDS: '600',
    POLL_JITTER_SECONDS: '120',
    ROLLOUT_TICK_MS: '250',
    CHECKIN_FLUSH_MS: '250',
    DEVICE_MAX_INFLIGHT: '100000',
    // The demo's process is its 500 devices' process too: its event loop runs late because the devices share it
    // (and the machine), which is no overload to shed; shedding is shown by test/overload.spec.ts.
    SHED_LOOP_DELAY_MS: '60000',
  });
  const logFile = path.join(dir, 'server.log');
  const clock = new AcceleratedClock(SPEED);
  const app = await createApp(config, { clock, logger: pino({ level: 'info' }, pino.destination(logFile)) });
  await app.get(AdminTokensService).ensureBootstrapToken(config.adminToken);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  say(`server ${url} (sqlite in ${dir}, clock x${SPEED}, log ${logFile})`);

  const admin = async <T>(method: string, route: string, body?: unknown, token = config.adminToken!): Promise<T> => {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  say(`manufacturing ${DEVICES} devices (keys cached after the first run) ...`);
  const fleet = await Fleet.create({
    serverUrl: url,
    devices: DEVICES,
    dir: path.join(dir, 'fleet'),
    factoryCa: {
      certPem: fs.readFileSync(path.join(keysDir, 'factory-ca.cert.pem'), 'utf8'),
      privateKeyPem: fs.readFileSync(path.join(keysDir, 'private/factory-ca.key.pem'), 'utf8'),
    },
    pinnedRootJson: fs.readFileSync(path.join(keysDir, '1.root.json'), 'utf8'),
    mix: { ...DEFAULT_MIX, channels: ['stable', 'beta'], userEnabled: 0.3, factoryReset: 0.1 },
    timeScale: 1 / SPEED,
  });
  const stop = new AbortController();
  const running = fleet.run(stop.signal);

  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../firmware-manifests/cloud-messaging-opt-in.json'), 'utf8')) as unknown;
  // D5: the admin creates each person; each enrolls and makes a token of their own.
  const person = async (name: string, role: string) => {
    const created = await admin<{ enrollmentToken: { token: string } }>('POST', '/admin/v1/users', { name, roles: [role] });
    return (await admin<{ token: string }>('POST', '/admin/v1/me/tokens', { name: `${name}'s token` }, created.enrollmentToken.token)).token;
  };
  const alice = await person('alice', 'release-engineer');
  const bob = await person('bob', 'approver');
  const release = await admin<{ id: string; state: string }>('POST', '/admin/v1/releases', { manifest }, alice);
  say(`release ${release.id}: ${release.state} (manifests/miui-settings/1.json, signed with the dev targets key)`);
  const soak = 20 * 60;
  const rollout = await admin<{ id: string }>(
    'POST',
    '/admin/v1/rollouts',
    {
      releaseId: release.id,
      name: 'Cloud Messaging opt-in',
      audience: { channels: ['stable', 'beta'], firmware: '>=5.0.0 <5.9.0' },
      stages: [1, 10, 50, 100].map((percent) => ({ percent, soakSeconds: percent === 100 ? 0 : soak })),
      // The 1 % and 10 % stages of 500 devices hold 5 and 45: small cohorts, judged once every device in them reported (D4).
      policy: { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, allowSmallCohort: true },
    },
    alice,
  );
  // The fleet starts polling alongside: some devices may not have registered yet, the start says it knows.
  await admin('POST', `/admin/v1/rollouts/${rollout.id}/start`, { allowEmptyAudience: true }, alice);
  await admin('POST', `/admin/v1/rollouts/${rollout.id}/approve`, undefined, bob);
  say(`rollout ${rollout.id}: 1% -> 10% -> 50% -> 100%, soak ${soak / 60} min each, approved by a second person\n`);

  // Setup is done (compiling, keys, manufacturing the fleet: slow on a loaded machine): the clock and the
  // deadline start now.
  clock.accelerate();
  const rolloutStarted = Date.now();
  const view = await followRollout(rollout.id, admin, rolloutStarted);
  stop.abort();
  const summary = await running;
  say(`\n${formatSummary(summary)}\n`);
  say(
    table(
      ['setting', 'op result (server aggregate)', 'devices'],
      Object.entries(view.outcomes).flatMap(([key, ops]) =>
        Object.entries(ops).flatMap(([op, results]) => Object.entries(results).map(([r, n]) => [key, `${op} ${r}`, String(n)])),
      ),
    ),
  );
  const checks = await checkStory(fleet);
  say(
    `\n${table(
      ['check', 'result'],
      checks.map((c: StoryCheck) => [c.what, c.ok ? `ok (${c.detail})` : `FAILED (${c.detail})`]),
    )}`,
  );
  await app.close();
  say(
    `\ndemo finished in ${((Date.now() - started) / 1000).toFixed(1)} s (setup ${((rolloutStarted - started) / 1000).toFixed(1)} s) with ${DEVICES} devices: rollout ${view.state}`,
  );
  process.exitCode = view.state === 'completed' && checks.every((c) => c.ok) ? 0 : 1;
}

interface View {
  state: string;
  stageIndex: number;
  stateReason: string | null;
  stages: { percent: number; counts: Record<string, number> }[];
  totals: Record<string, number>;
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

/** Prints each stage change until the rollout ends or the deadline passes. */
async function followRollout(id: string, admin: <T>(m: string, r: string) => Promise<T>, started: number): Promise<View> {
  let last = '';
  for (;;) {
    const v = await admin<View>('GET', `/admin/v1/rollouts/${id}`);
    const key = `${v.state}/${v.stageIndex}`;
    const t = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
    if (key !== last) {
      const stage = v.stages[v.stageIndex];
      say(
        `${t}s  ${v.state.padEnd(9)} stage ${v.stageIndex + 1}/${v.stages.length} (${stage.percent}%)  succeeded ${v.totals.succeeded}, failed ${v.totals.failed + v.totals.rolledBack}  ${v.stateReason ?? ''}`,
      );
      last = key;
    }
    if (['completed', 'halted', 'cancelled'].includes(v.state) || Date.now() - started > DEADLINE_MS) {
      // Let the last offered devices finish and report.
      await new Promise((r) => setTimeout(r, 3000));
      return admin<View>('GET', `/admin/v1/rollouts/${id}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
