/** Turns one run's measurements into the figures of issue 5 (with targets) and the notes that explain them. */
import type { BenchConfig } from '../bench-config';
import type { ChildStats } from '../children/child-protocol';
import { canPin, GENERATOR_CPU, SERVER_CPU } from '../children/pin';
import type { ViewTimings } from '../phases/admin-view';
import type { InstallTimings } from '../phases/agent-installs';
import type { TopFunction } from '../phases/cpu-profile';
import type { FleetCapacity } from '../phases/fleet-capacity';
import type { MeasuredRun, ReportRun } from '../phases/http-phases';
import type { SeedResult } from '../setup/seed-fleet';
import { explainMisses, interferenceNotes, methodNotes } from './notes';
import { codeVersion, figure, machine, type Figure, type Results } from './results';

export interface Measurements {
  config: BenchConfig;
  /** 1-minute load average when the run started: another busy process makes every figure worse. */
  loadAverageAtStart: number;
  seed: SeedResult;
  serverStartupMs: number;
  serverAfterStart: ChildStats;
  /** The server's peak RSS per phase (bytes). */
  phasePeakRss: Record<string, number>;
  sessions: { count: number; ms: number };
  tokens: { noUpdate: number; tenPercent: number; offered: number };
  /** The ceiling before and after the no-update run. */
  ceilings: MeasuredRun[];
  noUpdate: MeasuredRun & { installShare: number };
  profile: { file: string; idlePct: number; top: TopFunction[]; ownCode: { totalPct: number; top: TopFunction[] } };
  tenPercent: MeasuredRun & { installShare: number };
  reports: ReportRun;
  view: ViewTimings;
  agents: InstallTimings;
  fleet: FleetCapacity;
  serverEnd: ChildStats;
  /** After a full garbage collection at the end: what the server retains with its million devices. */
  serverAfterGc: ChildStats;
}

const MB = 2 ** 20;

export const ceilingOf = (m: Measurements) => m.ceilings.reduce((sum, c) => sum + c.load.rps, 0) / m.ceilings.length;

export function buildResults(m: Measurements, run: { startedAt: string; totalS: number }): Results {
  const ceiling = ceilingOf(m);
  const n = (x: number) => x.toLocaleString('en');
  const figures: Figure[] = [
    figure('ceiling.rps', 'Bare Fastify ceiling (same bytes, generator, connections, duration)', ceiling, 'req/s'),
    figure('ceiling.p99', 'Bare Fastify ceiling p99', Math.max(...m.ceilings.map((c) => c.load.p99Ms)), 'ms'),
    figure('poll.none.rps', 'No-update poll throughput', m.noUpdate.load.rps, 'req/s'),
    figure('poll.none.ratio', 'No-update poll throughput / ceiling', m.noUpdate.load.rps / ceiling, 'ratio', { op: '>=', value: 0.6 }),
    figure('poll.none.p50', 'No-update poll p50', m.noUpdate.load.p50Ms, 'ms'),
    figure('poll.none.p99', `No-update poll p99 (${m.config.connections} connections)`, m.noUpdate.load.p99Ms, 'ms', { op: '<=', value: 25 }),
    figure('poll.offer10.rps', 'Poll throughput, 10 % of polls get an offer', m.tenPercent.load.rps, 'req/s'),
    figure('poll.offer10.ratio', 'Poll throughput (10 % offers) / ceiling', m.tenPercent.load.rps / ceiling, 'ratio'),
    figure('poll.offer10.p50', 'Poll p50, 10 % offers', m.tenPercent.load.p50Ms, 'ms'),
    figure('poll.offer10.p99', 'Poll p99, 10 % offers', m.tenPercent.load.p99Ms, 'ms'),
    figure('poll.offer10.share', 'Share of polls answered install (10 % run)', m.tenPercent.installShare * 100, '%'),
    figure('reports.rps', 'Status reports ingested while polls run', m.reports.acceptedPerS, 'reports/s'),
    figure('reports.p99', 'Status report p99 while polls run', m.reports.reports.p99Ms, 'ms'),
    figure('reports.polls.rps', 'Poll throughput while reports are ingested', m.reports.polls.load.rps, 'req/s'),
    figure('reports.polls.p99', 'Poll p99 while reports are ingested', m.reports.polls.load.p99Ms, 'ms'),
    figure('view.median', `Admin rollout view at ${n(m.view.states)} device states (median of ${m.view.reads})`, m.view.medianMs, 'ms', { op: '<=', value: 250 }),
    figure('view.max', 'Admin rollout view, slowest read', m.view.maxMs, 'ms'),
    figure('server.rss.peak', `Server peak RSS over the run (${n(m.seed.devices)} devices)`, m.serverEnd.peakRssBytes / MB, 'MB', { op: '<=', value: 400 }),
    figure('server.rss.started', 'Server RSS right after start-up', m.serverAfterStart.rssBytes / MB, 'MB'),
    figure('server.rss.end', 'Server RSS at the end of the run', m.serverEnd.rssBytes / MB, 'MB'),
    figure('server.heap.gc', 'Server live JS heap after a full GC at the end', m.serverAfterGc.heapUsedBytes / MB, 'MB'),
    figure('server.startup', 'Server start-up (migrations, caches, device states)', m.serverStartupMs / 1000, 's'),
    figure('seed.time', `Seeding ${n(m.seed.devices)} devices + ${n(m.seed.states)} rollout states`, m.seed.ms / 1000, 's'),
    figure('agent.install.median', `Agent install-to-report median (${m.agents.installs} installs)`, m.agents.medianMs, 'ms', { op: '<=', value: 50 }),
    figure('agent.install.p99', 'Agent install-to-report p99', m.agents.p99Ms, 'ms'),
    figure('fleet.devices', `Emulated devices one fleet process sustains (a poll every ${m.fleet.meanPollIntervalS.toFixed(2)} s each)`, m.fleet.sustainedDevices, 'devices'),
    figure('fleet.polls', 'Polls/s of that fleet process', m.fleet.sustainedPollsPerS, 'polls/s'),
  ];
  return {
    machine: machine(),
    config: configOf(m),
    figures,
    notes: [...interferenceNotes(m), ...explainMisses(m, figures), ...methodNotes(m)],
    details: {
      seed: m.seed,
      ceilings: m.ceilings,
      noUpdate: m.noUpdate,
      tenPercent: m.tenPercent,
      reports: m.reports,
      view: m.view,
      agents: m.agents,
      fleet: m.fleet,
      profileTop: m.profile.top,
      profileOwnCodeInclusive: m.profile.ownCode,
      serverPeakRssMbByPhase: Object.fromEntries(Object.entries({ startup: m.serverAfterStart.windowPeakRssBytes, ...m.phasePeakRss }).map(([k, v]) => [k, Math.round(v / MB)])),
      serverAfterStart: m.serverAfterStart,
      serverEnd: m.serverEnd,
      serverAfterGc: m.serverAfterGc,
    },
    startedAt: run.startedAt,
    totalS: run.totalS,
  };
}

function configOf(m: Measurements): Record<string, unknown> {
  const c = m.config;
  return {
    mode: c.mode,
    code: codeVersion(),
    devices: m.seed.devices,
    deviceStatesInWholeFleetRollout: m.seed.states,
    liveRollouts: 'whole fleet (last stage, 100 %, a state for every device), beta channel only, another model, a 1 % cohort; a 10 % rollout started before the offers run',
    loadGenerator: `autocannon 8 in the parent process, ${c.connections} connections, ${c.durationS} s per run after a ${c.warmupS} s warm-up`,
    pinnedCores: canPin() ? `server and ceiling on CPU ${SERVER_CPU}, load generator, agents and fleet on CPU ${GENERATOR_CPU} (taskset)` : 'no (taskset or a second CPU missing)',
    loadAverageAtStart: m.loadAverageAtStart,
    pollTokens: m.tokens,
    reportConnections: c.reportConnections,
    agentInstalls: c.agentInstalls,
    fleet: c.fleet,
    server: 'apps/ota-server createApp in a child process on sqlite (WAL) with the documented defaults: POLL_INTERVAL_SECONDS 3600 + 600 jitter, CHECKIN_FLUSH_MS 1000, ROLLOUT_TICK_MS 5000, DEVICE_MAX_INFLIGHT 2048, LOG_LEVEL info (to a file)',
  };
}
