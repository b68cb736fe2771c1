/**
 * `npm run bench` (D6 scale targets): one run on this machine, server and ceiling in
 * child processes, the load generators (autocannon, the bench's own closed- and open-loop ones) in this one.
 * `npm run bench -- --smoke` (or BENCH_SMOKE=1) is the same code with a small fleet and short runs.
 * Writes bench/results/latest.json and bench/results/latest.md; bench/README.md explains every figure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchConfig, type BenchConfig } from './bench-config';
import { BenchChild } from './children/child-protocol';
import { compileChildren } from './children/compile-children';
import { GENERATOR_CPU, pin, SERVER_CPU } from './children/pin';
import { measureAgentInstalls } from './phases/agent-installs';
import { measureRolloutView } from './phases/admin-view';
import { ownCodeInclusive, topFunctions } from './phases/cpu-profile';
import { measureFleetCapacity } from './phases/fleet-capacity';
import {
  measureCeiling,
  measureManyDevicePolls,
  measurePolls,
  measureReportIngestion,
  measureReportsDuringPolls,
  noUpdateAnswer,
  pollBytes,
  POLL_QUERY,
} from './phases/http-phases';
import { pollRequests, runLoad } from './phases/load';
import { measureHalfBodies, measureOverload } from './phases/overload-phases';
import { buildResults, type Measurements } from './report/build-results';
import { figuresTable, writeResults } from './report/results';
import { BenchFactory } from './setup/bench-factory';
import { optInManifest, startRollout } from './setup/create-rollouts';
import { mintTokens, pollingSyntheticDevices } from './setup/minted-devices';
import { openSessions, type SessionDevice } from './setup/open-sessions';
import { ADMIN_TOKEN, benchSettings, prepareStage, serverEnv, type Stage } from './setup/prepare-server';
import { chooseTokens, installReports, publishedTarget, type ReportTarget, type TokenSets } from './setup/token-sets';

const smoke = process.argv.includes('--smoke') || ['1', 'true', 'yes'].includes(process.env.BENCH_SMOKE ?? '');
const started = Date.now();
const say = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const n = (x: number) => x.toLocaleString('en');

/** What the phases share. `m` fills up as they run. */
interface Run {
  config: BenchConfig;
  factory: BenchFactory;
  stage: Stage;
  server: BenchChild;
  workDir: string;
  compiledDir: string;
  m: Partial<Measurements> & { phasePeakRss: Record<string, number> };
  pollTokens?: TokenSets;
  mintedPolls?: Buffer[];
}

async function main(): Promise<void> {
  const config = benchConfig(smoke);
  const loadAverageAtStart = os.loadavg()[0];
  if (loadAverageAtStart > 0.5) say(`note: the 1-minute load average is ${loadAverageAtStart.toFixed(2)}; other work on this machine lowers every figure`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-bench-'));
  say(`${config.mode} run in ${workDir}: ${n(config.devices)} devices, ${config.connections} connections x ${config.durationS} s per run`);
  const factory = await BenchFactory.open();
  const compiledDir = compileChildren(path.join(workDir, 'build'));
  BenchChild.useCompiled(compiledDir);
  const stage = await prepareStage(config, factory, workDir, say);
  say(`seeded ${n(stage.seed.devices)} devices and ${n(stage.seed.states)} rollout states in ${(stage.seed.ms / 1000).toFixed(1)} s; starting the server`);
  // --expose-gc only lets the bench ask for one full collection at the end (what the server retains).
  const env = serverEnv(workDir, factory.keysDir);
  const server = await BenchChild.start('ota server', 'server-process.ts', { env, cpu: SERVER_CPU, execArgv: ['--expose-gc'] });
  const m: Run['m'] = {
    config,
    loadAverageAtStart,
    seed: stage.seed,
    settings: benchSettings(env),
    serverStartupMs: server.ready.startupMs,
    serverAfterStart: await server.stats(true),
    phasePeakRss: {},
  };
  say(`server up in ${(server.ready.startupMs / 1000).toFixed(1)} s (RSS ${mb(m.serverAfterStart!.rssBytes)} MB)`);
  const run: Run = { config, factory, stage, server, workDir, compiledDir, m };
  try {
    await settle(run);
    const sessions = await openAllSessions(run);
    pin(process.pid, GENERATOR_CPU);
    const target = await publishedTarget(server.url, optInManifest());
    await measureHttp(run, sessions);
    await measureManyDevices(run);
    await measureReports(run, sessions, target);
    await measureOverloadPhases(run);
    await measureAdminAndAgents(run);
  } finally {
    await server.stop();
  }
  m.loopWindows = server.windows.map((w) => ({ phase: w.phase, stats: w.stats }));
  const results = buildResults(m as Measurements, { startedAt: new Date(started).toISOString(), totalS: (Date.now() - started) / 1000 });
  const files = writeResults(results);
  process.stdout.write(`\n${figuresTable(results.figures)}\n\n${results.notes.map((line) => `- ${line}`).join('\n')}\n\nwritten: ${files.json}, ${files.md}\n`);
  if (!process.env.BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
}

/** Ends a phase: the server's peak RSS in it (the measured runs reset the window at their own start). */
async function mark(run: Run, phase: string): Promise<void> {
  run.m.phasePeakRss[phase] = (await run.server.stats(true)).windowPeakRssBytes;
}

/** Starts a phase: the server's windows closed from now on are counted under it (event-loop blocks by phase). */
function begin(run: Run, phase: string): void {
  run.server.phase = phase;
}

async function openAllSessions(run: Run): Promise<SessionDevice[]> {
  begin(run, 'sessions');
  const devices = [...run.stage.pollDevices, ...run.stage.reportDevices];
  say(`opening ${devices.length} device sessions`);
  const t0 = performance.now();
  const { sessions, retries } = await openSessions(run.server.url, devices);
  run.m.sessions = { count: sessions.length, ms: performance.now() - t0, retries };
  if (retries > 0) say(`  the server answered 503 (come back later) ${retries} time(s); those sessions were retried after its Retry-After`);
  await mark(run, 'sessions');
  return sessions;
}

/**
 * Waits until the server is idle (under 10 % of a core for 2 s in a row, at most 2 minutes) after its first
 * rollout tick: the background work it starts then (a cohort census of every running rollout, a walk over the
 * whole registry in the write worker) would otherwise land in the sessions and the first measured runs. What it
 * took is a figure of its own.
 */
async function settle(run: Run): Promise<void> {
  const { server, m } = run;
  begin(run, 'settling');
  const t0 = performance.now();
  let cpuMs = (await server.stats(true)).cpuMs;
  const firstTickDone = t0 + m.settings!.rolloutTickMs + 1_000;
  for (let calm = 0; calm < 2 || performance.now() < firstTickDone;) {
    if (performance.now() - t0 > 120_000) break;
    await new Promise((r) => setTimeout(r, 1_000));
    const s = await server.stats(true);
    cpuMs += s.cpuMs;
    calm = s.cpuMs / s.wallMs < 0.1 ? calm + 1 : 0;
  }
  m.settle = { s: (performance.now() - t0) / 1000, cpuMs };
  say(`server idle ${m.settle.s.toFixed(1)} s after it listened (${(cpuMs / 1000).toFixed(1)} s of CPU meanwhile)`);
}

/** Ceiling, no-update polls (with a profile), 10 % offers. */
async function measureHttp(run: Run, sessions: SessionDevice[]): Promise<void> {
  const { config, stage, server, m } = run;
  const tokens = chooseTokens(sessions.slice(0, stage.pollDevices.length), {
    cohort: stage.salts.get(stage.rollouts.cohort)!,
    offer: stage.salts.get(stage.rollouts.offer)!,
  });
  m.tokens = { noUpdate: tokens.noUpdate.length, tenPercent: tokens.tenPercentOffers.length, offered: tokens.offered };
  const answer = await noUpdateAnswer(server.url, tokens.noUpdate[0]);

  // The ceiling is measured before and after the no-update run; the figure is their mean.
  begin(run, 'no-update');
  say(`ceiling: bare Fastify serving ${JSON.stringify(answer.body)}`);
  m.ceilings = [await measureCeiling(config, answer, tokens.noUpdate, server)];
  say(`  ${m.ceilings[0].load.rps.toFixed(0)} req/s, p99 ${m.ceilings[0].load.p99Ms} ms`);
  say(`no-update polls with ${tokens.noUpdate.length} device tokens`);
  m.noUpdate = await measurePolls(server, config, tokens.noUpdate);
  m.phasePeakRss.noUpdate = m.noUpdate.server.windowPeakRssBytes;
  say(
    `  ${m.noUpdate.load.rps.toFixed(0)} req/s, p50 ${m.noUpdate.load.p50Ms} ms, p99 ${m.noUpdate.load.p99Ms} ms, server loop delay max ${m.noUpdate.server.loopDelayMaxMs.toFixed(0)} ms`,
  );
  m.ceilings.push(await measureCeiling(config, answer, tokens.noUpdate, server));
  say(`  ceiling again: ${m.ceilings[1].load.rps.toFixed(0)} req/s`);
  begin(run, 'profile');
  await profileNoUpdatePolls(run, tokens);

  begin(run, '10 % offers');
  await startRollout(server.url, stage.admins, stage.rollouts.offer);
  say(`10 % offers: ${tokens.offered} of ${tokens.tenPercentOffers.length} tokens in the new rollout's cohort`);
  m.tenPercent = await measurePolls(server, config, tokens.tenPercentOffers);
  m.phasePeakRss.tenPercent = m.tenPercent.server.windowPeakRssBytes;
  say(`  ${m.tenPercent.load.rps.toFixed(0)} req/s, p99 ${m.tenPercent.load.p99Ms} ms, ${(m.tenPercent.installShare * 100).toFixed(1)} % answered install`);
  run.pollTokens = tokens;
}

/** Minted-token devices: the poll bytes of 10,000+ distinct seeded devices (the full run), made once. */
function mintedPolls(run: Run): Buffer[] {
  if (!run.mintedPolls) {
    const { stage, config } = run;
    const devices = pollingSyntheticDevices(
      stage.seed.synthetic,
      { cohort: stage.salts.get(stage.rollouts.cohort)!, offer: stage.salts.get(stage.rollouts.offer)! },
      config.mintedPollDevices,
    );
    run.mintedPolls = pollBytes(mintTokens(stage.macKey, devices, { now: new Date(), ttlSeconds: run.m.settings!.sessionTtlSeconds }));
  }
  return run.mintedPolls;
}

/** No-update polls from 10,000+ distinct devices (minted tokens): the poll p99 target, and ~10k check-ins/s at a million devices. */
async function measureManyDevices(run: Run): Promise<void> {
  const { config, server, m } = run;
  begin(run, 'many devices');
  const requests = mintedPolls(run);
  say(`no-update polls from ${n(requests.length)} distinct devices (minted tokens, own generator)`);
  m.manyDevices = await measureManyDevicePolls(server, config, requests);
  m.phasePeakRss.manyDevices = m.manyDevices.server.windowPeakRssBytes;
  say(
    `  ${m.manyDevices.load.rps.toFixed(0)} req/s, p50 ${m.manyDevices.load.p50Ms.toFixed(1)} ms, p99 ${m.manyDevices.load.p99Ms.toFixed(1)} ms, ${(m.manyDevices.installShare * 100).toFixed(2)} % offers, longest loop block ${m.manyDevices.server.longestBlockMs.toFixed(0)} ms`,
  );
}

/** Reports while polls run (real sessions), then report ingestion alone (minted tokens). */
async function measureReports(run: Run, sessions: SessionDevice[], target: ReportTarget): Promise<void> {
  const { config, stage, server, m } = run;
  const bodies = installReports(stage.rollouts.fleet, target);
  begin(run, 'reports + polls');
  const reporters = sessions.slice(stage.pollDevices.length).map((d) => ({ token: d.token, bodies }));
  say(`status reports (${reporters.length} devices x ${bodies.length}) while no-update polls run`);
  m.reports = await measureReportsDuringPolls(server, config, run.pollTokens!.noUpdate, reporters);
  m.phasePeakRss.reports = m.reports.polls.server.windowPeakRssBytes;
  say(
    `  ${m.reports.acceptedPerS.toFixed(0)} reports/s accepted${m.reports.reports.exhausted ? ' (queue ran out)' : ''} ${JSON.stringify(m.reports.reports.statusCodes)}; polls meanwhile ${m.reports.polls.load.rps.toFixed(0)} req/s`,
  );

  begin(run, 'report ingestion');
  const tokens = mintTokens(stage.macKey, stage.ingestDevices, { now: new Date(), ttlSeconds: m.settings!.sessionTtlSeconds });
  say(`report ingestion alone: ${n(tokens.length)} devices (minted tokens) x ${bodies.length} reports on ${config.ingestConnections} connections`);
  m.ingestion = await measureReportIngestion(
    server,
    config,
    tokens.map((token) => ({ token, bodies })),
  );
  m.phasePeakRss.ingestion = m.ingestion.server.windowPeakRssBytes;
  say(
    `  ${m.ingestion.acceptedPerS.toFixed(0)} reports/s accepted, p50 ${m.ingestion.reports.p50Ms.toFixed(1)} ms, p99 ${m.ingestion.reports.p99Ms.toFixed(1)} ms ${JSON.stringify(m.ingestion.reports.statusCodes)}`,
  );
}

/** Half-body sockets while polls run, then polls offered open-loop at 2x the measured capacity. */
async function measureOverloadPhases(run: Run): Promise<void> {
  const { config, server, m } = run;
  const requests = mintedPolls(run);
  begin(run, 'half bodies');
  say(`${n(config.overload.halfBodySockets)} half-body sockets held while ${n(requests.length)} devices poll`);
  m.halfBody = await measureHalfBodies(server, config, requests, m.settings!.bodyTimeoutMs);
  const h = m.halfBody;
  say(
    `  polls ${h.polls.load.rps.toFixed(0)} req/s, p99 ${h.polls.load.p99Ms.toFixed(1)} ms, ${JSON.stringify(h.polls.load.statusCodes)}; server closed ${h.sockets.closedByServer} sockets after ${(h.sockets.closedAfterP50Ms / 1000).toFixed(1)} s (median) ${JSON.stringify(h.sockets.answers)}`,
  );
  await mark(run, 'halfBody');

  begin(run, 'overload');
  const capacity = m.noUpdate!.load.rps;
  say(
    `overload: polls offered open-loop at ${config.overload.factor} x ${capacity.toFixed(0)} req/s, one per connection, up to ${n(config.overload.connections)} connections`,
  );
  m.overload = await measureOverload(server, config, capacity, requests);
  const o = m.overload.run;
  say(
    `  sent ${o.sentRate.toFixed(0)}/s of ${o.targetRate.toFixed(0)}/s: 200 ${o.okPerS.toFixed(0)}/s (p50 ${o.okP50Ms.toFixed(1)} ms, p99 ${o.okP99Ms.toFixed(1)} ms), 503 ${o.shedPerS.toFixed(0)}/s (p99 ${o.shedP99Ms.toFixed(1)} ms), timeouts ${o.timeouts}, errors ${o.errors}, ${o.connections} connections, ${o.waitedForConnection} waited for one; calm again after ${m.overload.recoveryS.toFixed(1)} s`,
  );
  await mark(run, 'overload');
}

/** A CPU profile of the server under the no-update load, in its own window after the measured run. */
async function profileNoUpdatePolls(run: Run, tokens: TokenSets): Promise<void> {
  const { config, server, m, factory, compiledDir } = run;
  const file = path.join(factory.cacheDir, 'no-update-polls.cpuprofile');
  await server.startProfile();
  await runLoad({ url: server.url, requests: pollRequests(tokens.noUpdate, POLL_QUERY), connections: config.connections, durationS: config.profileS });
  m.profile = { file: await server.stopProfile(file), ...topFunctions(file, compiledDir), ownCode: ownCodeInclusive(file, compiledDir) };
  say(
    `  profile: own code ${m.profile.ownCode.totalPct.toFixed(0)} % of busy time, top self ${m.profile.top
      .slice(0, 3)
      .map((t) => `${t.name} ${t.selfPct.toFixed(0)} %`)
      .join(', ')}`,
  );
  await mark(run, 'profile');
}

/** The admin rollout view, agent installs, fleet capacity. */
async function measureAdminAndAgents(run: Run): Promise<void> {
  const { config, stage, server, m, factory, workDir } = run;
  begin(run, 'admin view');
  say(`admin rollout view of the whole-fleet rollout, ${config.viewReads} reads`);
  m.view = await measureRolloutView(server.url, ADMIN_TOKEN, stage.rollouts.fleet, config.viewReads);
  say(`  median ${m.view.medianMs.toFixed(0)} ms over ${n(m.view.states)} device states`);
  await mark(run, 'view');

  begin(run, 'agent installs');
  say(`agent installs: ${config.agentInstalls} real agents, one after the other`);
  m.agents = await measureAgentInstalls(server.url, factory, {
    firstKey: config.pollDevices + config.reportDevices,
    count: config.agentInstalls,
    dir: path.join(workDir, 'agents'),
  });
  say(`  median ${m.agents.medianMs.toFixed(1)} ms, p99 ${m.agents.p99Ms.toFixed(1)} ms (${JSON.stringify(m.agents.statuses)})`);
  await mark(run, 'agents');

  begin(run, 'fleet capacity');
  say(`fleet capacity: sizes ${config.fleet.steps.join(', ')} at time scale ${config.fleet.timeScale}`);
  m.fleet = await measureFleetCapacity(server, config.fleet, { dir: path.join(workDir, 'fleet'), keysDir: factory.keysDir, say });
  m.serverEnd = await server.stats(true);
  m.serverAfterGc = await server.collectGarbage();
  m.phasePeakRss.fleet = Math.max(m.serverEnd.windowPeakRssBytes, ...m.fleet.steps.map((s) => s.serverPeakRssBytes));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
