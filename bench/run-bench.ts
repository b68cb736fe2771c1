/**
 * `npm run bench` (issue 5): one run on this machine, server and ceiling in child processes, autocannon in
 * this one. `npm run bench -- --smoke` (or BENCH_SMOKE=1) is the same code with a small fleet and short runs.
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
import { measureCeiling, measurePolls, measureReportsDuringPolls, noUpdateAnswer, POLL_QUERY } from './phases/http-phases';
import { pollRequests, runLoad } from './phases/load';
import { buildResults, type Measurements } from './report/build-results';
import { figuresTable, writeResults } from './report/results';
import { BenchFactory } from './setup/bench-factory';
import { startRollout } from './setup/create-rollouts';
import { openSessions, type SessionDevice } from './setup/open-sessions';
import { ADMIN_TOKEN, prepareStage, serverEnv, type Stage } from './setup/prepare-server';
import { chooseTokens, reportQueue, type TokenSets } from './setup/token-sets';

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
  const server = await BenchChild.start('ota server', 'server-process.ts', { env: serverEnv(workDir, factory.keysDir), cpu: SERVER_CPU, execArgv: ['--expose-gc'] });
  const m: Run['m'] = { config, loadAverageAtStart, seed: stage.seed, serverStartupMs: server.ready.startupMs, serverAfterStart: await server.stats(true), phasePeakRss: {} };
  say(`server up in ${(server.ready.startupMs / 1000).toFixed(1)} s (RSS ${mb(m.serverAfterStart!.rssBytes)} MB)`);
  const run: Run = { config, factory, stage, server, workDir, compiledDir, m };
  try {
    const sessions = await openAllSessions(run);
    pin(process.pid, GENERATOR_CPU);
    await measureHttp(run, sessions);
    await measureAdminAndAgents(run);
  } finally {
    await server.stop();
  }
  const results = buildResults(m as Measurements, { startedAt: new Date(started).toISOString(), totalS: (Date.now() - started) / 1000 });
  const files = writeResults(results);
  process.stdout.write(`\n${figuresTable(results.figures)}\n\n${results.notes.map((line) => `- ${line}`).join('\n')}\n\nwritten: ${files.json}, ${files.md}\n`);
  if (!process.env.BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
}

/** Ends a phase: the server's peak RSS in it (the measured runs reset the window at their own start). */
async function mark(run: Run, phase: string): Promise<void> {
  run.m.phasePeakRss[phase] = (await run.server.stats(true)).windowPeakRssBytes;
}

async function openAllSessions(run: Run): Promise<SessionDevice[]> {
  const devices = [...run.stage.pollDevices, ...run.stage.reportDevices];
  say(`opening ${devices.length} device sessions`);
  const t0 = performance.now();
  const sessions = await openSessions(run.server.url, devices);
  run.m.sessions = { count: sessions.length, ms: performance.now() - t0 };
  await mark(run, 'sessions');
  return sessions;
}

/** Ceiling, no-update polls (with a profile), 10 % offers, reports while polling. */
async function measureHttp(run: Run, sessions: SessionDevice[]): Promise<void> {
  const { config, stage, server, m } = run;
  const tokens = chooseTokens(sessions.slice(0, stage.pollDevices.length), { cohort: stage.salts.get(stage.rollouts.cohort)!, offer: stage.salts.get(stage.rollouts.offer)! });
  m.tokens = { noUpdate: tokens.noUpdate.length, tenPercent: tokens.tenPercentOffers.length, offered: tokens.offered };
  const answer = await noUpdateAnswer(server.url, tokens.noUpdate[0]);

  // The ceiling is measured before and after the no-update run; the figure is their mean.
  say(`ceiling: bare Fastify serving ${JSON.stringify(answer.body)}`);
  m.ceilings = [await measureCeiling(config, answer, tokens.noUpdate, server)];
  say(`  ${m.ceilings[0].load.rps.toFixed(0)} req/s, p99 ${m.ceilings[0].load.p99Ms} ms`);
  say(`no-update polls with ${tokens.noUpdate.length} device tokens`);
  m.noUpdate = await measurePolls(server, config, tokens.noUpdate);
  m.phasePeakRss.noUpdate = m.noUpdate.server.windowPeakRssBytes;
  say(`  ${m.noUpdate.load.rps.toFixed(0)} req/s, p50 ${m.noUpdate.load.p50Ms} ms, p99 ${m.noUpdate.load.p99Ms} ms, server loop delay max ${m.noUpdate.server.loopDelayMaxMs.toFixed(0)} ms`);
  m.ceilings.push(await measureCeiling(config, answer, tokens.noUpdate, server));
  say(`  ceiling again: ${m.ceilings[1].load.rps.toFixed(0)} req/s`);
  await profileNoUpdatePolls(run, tokens);

  await startRollout(server.url, stage.admins, stage.rollouts.offer);
  say(`10 % offers: ${tokens.offered} of ${tokens.tenPercentOffers.length} tokens in the new rollout's cohort`);
  m.tenPercent = await measurePolls(server, config, tokens.tenPercentOffers);
  m.phasePeakRss.tenPercent = m.tenPercent.server.windowPeakRssBytes;
  say(`  ${m.tenPercent.load.rps.toFixed(0)} req/s, p99 ${m.tenPercent.load.p99Ms} ms, ${(m.tenPercent.installShare * 100).toFixed(1)} % answered install`);

  const reports = reportQueue(sessions.slice(stage.pollDevices.length), stage.rollouts.fleet, 100);
  say(`status reports (${reports.length} queued) while no-update polls run`);
  m.reports = await measureReportsDuringPolls(server, config, tokens.noUpdate, reports);
  m.phasePeakRss.reports = m.reports.polls.server.windowPeakRssBytes;
  say(`  ${m.reports.acceptedPerS.toFixed(0)} reports/s accepted${m.reports.reports.exhausted ? ' (queue ran out)' : ''}; polls meanwhile ${m.reports.polls.load.rps.toFixed(0)} req/s`);
}

/** A CPU profile of the server under the no-update load, in its own window after the measured run. */
async function profileNoUpdatePolls(run: Run, tokens: TokenSets): Promise<void> {
  const { config, server, m, factory, compiledDir } = run;
  const file = path.join(factory.cacheDir, 'no-update-polls.cpuprofile');
  await server.startProfile();
  await runLoad({ url: server.url, requests: pollRequests(tokens.noUpdate, POLL_QUERY), connections: config.connections, durationS: config.profileS });
  m.profile = { file: await server.stopProfile(file), ...topFunctions(file, compiledDir), ownCode: ownCodeInclusive(file, compiledDir) };
  say(`  profile: own code ${m.profile.ownCode.totalPct.toFixed(0)} % of busy time, top self ${m.profile.top.slice(0, 3).map((t) => `${t.name} ${t.selfPct.toFixed(0)} %`).join(', ')}`);
  await mark(run, 'profile');
}

/** The admin rollout view, agent installs, fleet capacity. */
async function measureAdminAndAgents(run: Run): Promise<void> {
  const { config, stage, server, m, factory, workDir } = run;
  say(`admin rollout view of the whole-fleet rollout, ${config.viewReads} reads`);
  m.view = await measureRolloutView(server.url, ADMIN_TOKEN, stage.rollouts.fleet, config.viewReads);
  say(`  median ${m.view.medianMs.toFixed(0)} ms over ${n(m.view.states)} device states`);
  await mark(run, 'view');

  say(`agent installs: ${config.agentInstalls} real agents, one after the other`);
  m.agents = await measureAgentInstalls(server.url, factory, { firstKey: config.pollDevices + config.reportDevices, count: config.agentInstalls, dir: path.join(workDir, 'agents') });
  say(`  median ${m.agents.medianMs.toFixed(1)} ms, p99 ${m.agents.p99Ms.toFixed(1)} ms (${JSON.stringify(m.agents.statuses)})`);
  await mark(run, 'agents');

  say(`fleet capacity: sizes ${config.fleet.steps.join(', ')} at time scale ${config.fleet.timeScale}`);
  m.fleet = await measureFleetCapacity(server, config.fleet, { dir: path.join(workDir, 'fleet'), keysDir: factory.keysDir, say });
  m.serverEnd = await server.stats();
  m.serverAfterGc = await server.collectGarbage();
  m.phasePeakRss.fleet = Math.max(m.serverEnd.windowPeakRssBytes, ...m.fleet.steps.map((s) => s.serverPeakRssBytes));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
