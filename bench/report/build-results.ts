/** Turns one run's measurements into the bench's figures (with targets, D6) and the notes that explain them. */
import type { BenchConfig } from '../bench-config';
import type { ChildStats } from '../children/child-protocol';
import { canPin, GENERATOR_CPU, SERVER_CPU } from '../children/pin';
import type { ViewTimings } from '../phases/admin-view';
import type { InstallTimings } from '../phases/agent-installs';
import type { TopFunction } from '../phases/cpu-profile';
import type { FleetCapacity } from '../phases/fleet-capacity';
import type { IngestionRun, MeasuredRun, ReportRun } from '../phases/http-phases';
import type { HalfBodyPhase, OverloadRun } from '../phases/overload-phases';
import type { benchSettings } from '../setup/prepare-server';
import type { SeedResult } from '../setup/seed-fleet';
import { explainLoadMisses, loadMethodNotes } from './load-notes';
import { explainMisses, interferenceNotes, methodNotes } from './notes';
import { codeVersion, figure, machine, type Figure, type Results } from './results';

export interface Measurements {
  config: BenchConfig;
  /** 1-minute load average when the run started: another busy process makes every figure worse. */
  loadAverageAtStart: number;
  seed: SeedResult;
  /** The server settings the phases depend on (the documented defaults, see prepare-server.ts). */
  settings: ReturnType<typeof benchSettings>;
  serverStartupMs: number;
  serverAfterStart: ChildStats;
  /** The server's peak RSS per phase (bytes). */
  phasePeakRss: Record<string, number>;
  /** Real sessions opened, in how long, and how many attempts the server answered 503 (retried after Retry-After). */
  sessions: { count: number; ms: number; retries: number };
  /** From start-up until the server was idle (its background start-up work), and its CPU meanwhile. */
  settle: { s: number; cpuMs: number };
  tokens: { noUpdate: number; tenPercent: number; offered: number };
  /** The ceiling before and after the no-update run. */
  ceilings: MeasuredRun[];
  noUpdate: MeasuredRun & { installShare: number };
  profile: { file: string; idlePct: number; top: TopFunction[]; ownCode: { totalPct: number; top: TopFunction[] } };
  tenPercent: MeasuredRun & { installShare: number };
  /** No-update polls from 10,000+ distinct devices (minted tokens, the bench's own generator). */
  manyDevices: MeasuredRun & { installShare: number; devices: number };
  reports: ReportRun;
  ingestion: IngestionRun;
  halfBody: HalfBodyPhase;
  overload: OverloadRun;
  /** Every window of the server's stats the run closed, with its phase (event-loop blocks by phase). */
  loopWindows: { phase: string; stats: ChildStats }[];
  view: ViewTimings;
  agents: InstallTimings;
  fleet: FleetCapacity;
  serverEnd: ChildStats;
  /** After a full garbage collection at the end: what the server retains with its million devices. */
  serverAfterGc: ChildStats;
}

const MB = 2 ** 20;

/**
 * Phases left out of the run's longest event-loop block: start-up (loading a million device states before the
 * server listens), the CPU profile (the inspector's sampling and the profile's serialisation are the bench's),
 * and the overload run, which saturates the server on purpose (its own figures say how it copes).
 */
export const BLOCK_EXEMPT_PHASES = ['start-up', 'profile', 'overload'];

export interface PhaseBlocks {
  phase: string;
  longestMs: number;
  /** The longest block less what other processes took of the server's core in it (see ChildStats). */
  longestOwnMs: number;
  /** Blocks of 20 ms or more; of the longest, the time spent in GC and the time the main thread waited for its core. */
  blocks: number;
  longestGcMs: number;
  longestCpuWaitMs: number;
  longestOtherProcessesMs: number;
  longestGcPauseMs: number;
  longestGcKind: string;
}

/** The longest event-loop block and the blocks of 20 ms or more in each phase, in run order. */
export function blocksByPhase(m: Measurements): PhaseBlocks[] {
  const out = new Map<string, PhaseBlocks>();
  for (const { phase, stats } of m.loopWindows) {
    const p = out.get(phase) ?? {
      phase,
      longestMs: 0,
      longestOwnMs: 0,
      blocks: 0,
      longestGcMs: 0,
      longestCpuWaitMs: 0,
      longestOtherProcessesMs: 0,
      longestGcPauseMs: 0,
      longestGcKind: 'none',
    };
    p.longestOwnMs = Math.max(p.longestOwnMs, stats.longestOwnBlockMs);
    const longest = stats.longBlocks.reduce<ChildStats['longBlocks'][number] | undefined>((a, b) => (a === undefined || b.ms > a.ms ? b : a), undefined);
    if (stats.longestBlockMs > p.longestMs) {
      p.longestMs = stats.longestBlockMs;
      p.longestGcMs = longest?.gcMs ?? 0;
      p.longestCpuWaitMs = longest?.cpuWaitMs ?? 0;
      p.longestOtherProcessesMs = longest?.otherProcessesMs ?? 0;
    }
    p.blocks += stats.longBlocks.length;
    if (stats.gc.longestMs > p.longestGcPauseMs) {
      p.longestGcPauseMs = stats.gc.longestMs;
      p.longestGcKind = stats.gc.longestKind;
    }
    out.set(phase, p);
  }
  return [...out.values()];
}

/** The run's longest block outside the exempt phases, and where it was. */
export function longestRunBlock(m: Measurements): PhaseBlocks & { count: number; ownMs: number; ownPhase: string } {
  const counted = blocksByPhase(m).filter((p) => !BLOCK_EXEMPT_PHASES.includes(p.phase));
  const worst = counted.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
  const worstOwn = counted.reduce((a, b) => (b.longestOwnMs > a.longestOwnMs ? b : a));
  return { ...worst, count: counted.reduce((n, p) => n + p.blocks, 0), ownMs: worstOwn.longestOwnMs, ownPhase: worstOwn.phase };
}

export const ceilingOf = (m: Measurements) => m.ceilings.reduce((sum, c) => sum + c.load.rps, 0) / m.ceilings.length;

export function buildResults(m: Measurements, run: { startedAt: string; totalS: number }): Results {
  const ceiling = ceilingOf(m);
  const n = (x: number) => x.toLocaleString('en');
  const runBlock = longestRunBlock(m);
  const o = m.overload.run;
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
    figure('poll.many.devices', 'Distinct devices polling (minted session tokens for seeded devices)', m.manyDevices.devices, 'devices'),
    figure('poll.many.rps', `No-update poll throughput, ${n(m.manyDevices.devices)} distinct devices`, m.manyDevices.load.rps, 'req/s'),
    figure('poll.many.p50', `No-update poll p50, ${n(m.manyDevices.devices)} distinct devices`, m.manyDevices.load.p50Ms, 'ms'),
    figure(
      'poll.many.p99',
      `No-update poll p99, ${n(m.manyDevices.devices)} distinct devices (${m.config.connections} connections)`,
      m.manyDevices.load.p99Ms,
      'ms',
      { op: '<=', value: 25 },
    ),
    figure('reports.rps', 'Status reports ingested while polls run', m.reports.acceptedPerS, 'reports/s'),
    figure('reports.p99', 'Status report p99 while polls run', m.reports.reports.p99Ms, 'ms'),
    figure('reports.polls.rps', 'Poll throughput while reports are ingested', m.reports.polls.load.rps, 'req/s'),
    figure(
      'reports.polls.ratio',
      'Poll throughput while reports are ingested / no-update poll throughput',
      m.reports.polls.load.rps / m.noUpdate.load.rps,
      'ratio',
      { op: '>=', value: 0.6 },
    ),
    figure('reports.polls.p99', 'Poll p99 while reports are ingested', m.reports.polls.load.p99Ms, 'ms'),
    figure('ingest.rps', `Report ingestion alone, sqlite (accepted reports, ${m.ingestion.connections} connections)`, m.ingestion.acceptedPerS, 'reports/s'),
    figure('ingest.ratio', 'Report ingestion / ceiling', m.ingestion.acceptedPerS / ceiling, 'ratio', { op: '>=', value: 0.25 }),
    figure('ingest.p50', 'Report ingestion p50 (acknowledged after its group commit)', m.ingestion.reports.p50Ms, 'ms'),
    figure('ingest.p99', 'Report ingestion p99', m.ingestion.reports.p99Ms, 'ms'),
    figure(
      'loop.block.max',
      `Longest server event-loop block over the run (${n(m.seed.devices)} devices; start-up, profile, overload excluded)`,
      runBlock.longestMs,
      'ms',
      { op: '<=', value: 20 },
    ),
    figure('loop.block.own', "The same, less the time other processes held the server's core during the block", runBlock.ownMs, 'ms'),
    figure('loop.block.count', 'Server event-loop blocks of 20 ms or more over the run (same phases)', runBlock.count, 'blocks'),
    figure('overload.offered', `Overload: poll rate offered open-loop (${m.overload.factor} x the no-update throughput)`, o.targetRate, 'req/s'),
    figure('overload.sent', 'Overload: rate the generator issued requests at (one core; sent, or queued for a free connection)', o.sentRate, 'req/s'),
    figure(
      'overload.queued',
      `Overload: requests that waited for one of the generator's ${n(m.config.overload.connections)} connections`,
      o.waitedForConnection,
      'requests',
    ),
    figure('overload.ok.rps', 'Overload: polls answered 200', o.okPerS, 'req/s'),
    figure('overload.shed.rps', 'Overload: polls answered 503 OVERLOADED', o.shedPerS, 'req/s'),
    figure('overload.ok.p50', 'Overload: p50 of the polls answered 200 (from when each was due)', o.okP50Ms, 'ms'),
    figure('overload.ok.p99', 'Overload: p99 of the polls answered 200', o.okP99Ms, 'ms', { op: '<=', value: 50 }),
    figure('overload.shed.p99', 'Overload: p99 of the 503 answers (0 when there were none)', Number.isNaN(o.shedP99Ms) ? 0 : o.shedP99Ms, 'ms'),
    figure(
      'overload.unanswered',
      `Overload: polls timed out (no answer ${m.config.overload.graceS} s after the run) or lost`,
      o.timeouts + o.errors,
      'requests',
      { op: '<=', value: 0 },
    ),
    figure('halfbody.polls.rps', `Poll throughput with ${n(m.halfBody.sockets.sockets)} half-body sockets held`, m.halfBody.polls.load.rps, 'req/s'),
    figure(
      'halfbody.polls.ratio',
      'Poll throughput with half-body sockets / without (measured just before)',
      m.halfBody.polls.load.rps / m.halfBody.without.load.rps,
      'ratio',
    ),
    figure('halfbody.without.p99', 'Poll p99 without them (just before)', m.halfBody.without.load.p99Ms, 'ms'),
    figure('halfbody.polls.p99', 'Poll p99 with half-body sockets held', m.halfBody.polls.load.p99Ms, 'ms', { op: '<=', value: 25 }),
    figure(
      'halfbody.polls.refused',
      'Polls not answered 200 while half-body sockets held (503s, errors)',
      m.halfBody.polls.load.non2xx + m.halfBody.polls.load.errors,
      'requests',
      { op: '<=', value: 0 },
    ),
    figure('halfbody.closed', 'Half-body sockets the server closed while held', m.halfBody.sockets.closedByServer, 'sockets'),
    figure('halfbody.closed.after', 'Half-body sockets closed after (median, from their partial body)', m.halfBody.sockets.closedAfterP50Ms / 1000, 's'),
    figure('view.median', `Admin rollout view at ${n(m.view.states)} device states (median of ${m.view.reads})`, m.view.medianMs, 'ms', {
      op: '<=',
      value: 250,
    }),
    figure('view.max', 'Admin rollout view, slowest read', m.view.maxMs, 'ms'),
    figure('server.rss.peak', `Server peak RSS over the run (${n(m.seed.devices)} devices)`, m.serverEnd.peakRssBytes / MB, 'MB', { op: '<=', value: 400 }),
    figure('server.rss.started', 'Server RSS right after start-up', m.serverAfterStart.rssBytes / MB, 'MB'),
    figure('server.rss.end', 'Server RSS at the end of the run', m.serverEnd.rssBytes / MB, 'MB'),
    figure('server.heap.gc', 'Server live JS heap after a full GC at the end', m.serverAfterGc.heapUsedBytes / MB, 'MB'),
    figure('server.startup', 'Server start-up (migrations, caches, device states)', m.serverStartupMs / 1000, 's'),
    figure('server.settle', 'Server background work after start-up, until idle (CPU time)', m.settle.cpuMs / 1000, 's'),
    figure('seed.time', `Seeding ${n(m.seed.devices)} devices + ${n(m.seed.states)} rollout states`, m.seed.ms / 1000, 's'),
    figure('agent.install.median', `Agent install-to-report median (${m.agents.installs} installs)`, m.agents.medianMs, 'ms', { op: '<=', value: 50 }),
    figure('agent.install.p99', 'Agent install-to-report p99', m.agents.p99Ms, 'ms'),
    figure(
      'fleet.devices',
      `Emulated devices one fleet process sustains (a poll every ${m.fleet.meanPollIntervalS.toFixed(2)} s each)`,
      m.fleet.sustainedDevices,
      'devices',
    ),
    figure('fleet.polls', 'Polls/s of that fleet process', m.fleet.sustainedPollsPerS, 'polls/s'),
  ];
  return {
    machine: machine(),
    config: configOf(m),
    figures,
    notes: [...interferenceNotes(m), ...explainMisses(m, figures), ...explainLoadMisses(m, figures), ...methodNotes(m), ...loadMethodNotes(m)],
    details: {
      seed: m.seed,
      ceilings: m.ceilings,
      noUpdate: m.noUpdate,
      tenPercent: m.tenPercent,
      manyDevices: m.manyDevices,
      reports: m.reports,
      ingestion: m.ingestion,
      halfBody: m.halfBody,
      overload: m.overload,
      eventLoopBlocksByPhase: blocksByPhase(m),
      settle: m.settle,
      serverWindows: m.loopWindows.map(({ phase, stats: s }) => ({
        phase,
        wallMs: Math.round(s.wallMs),
        cpuPct: Math.round((s.cpuMs / s.wallMs) * 100),
        mainPct: Math.round((s.threadCpuMs.main / s.wallMs) * 100),
        othersPct: Math.round((s.threadCpuMs.others / s.wallMs) * 100),
        mainCpuWaitPct: Math.round((s.mainCpuWaitMs / s.wallMs) * 100),
        storageWriteMb: Math.round(s.storageWriteBytes / MB),
        longestBlockMs: Math.round(s.longestBlockMs),
        longestOwnBlockMs: Math.round(s.longestOwnBlockMs),
        gcMs: Math.round(s.gc.totalMs),
      })),
      view: m.view,
      agents: m.agents,
      fleet: m.fleet,
      profileTop: m.profile.top,
      profileOwnCodeInclusive: m.profile.ownCode,
      serverPeakRssMbByPhase: Object.fromEntries(
        Object.entries({ startup: m.serverAfterStart.windowPeakRssBytes, ...m.phasePeakRss }).map(([k, v]) => [k, Math.round(v / MB)]),
      ),
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
    liveRollouts:
      'whole fleet (last stage, 100 %, a state for every device), beta channel only, another model, a 1 % cohort; a 10 % rollout started before the offers run',
    loadGenerator: `autocannon 8 in the parent process, ${c.connections} connections, ${c.durationS} s per run after a ${c.warmupS} s warm-up`,
    pinnedCores: canPin()
      ? `server and ceiling on CPU ${SERVER_CPU}, load generator, agents and fleet on CPU ${GENERATOR_CPU} (taskset)`
      : 'no (taskset or a second CPU missing)',
    loadAverageAtStart: m.loadAverageAtStart,
    pollTokens: m.tokens,
    reportConnections: c.reportConnections,
    agentInstalls: c.agentInstalls,
    fleet: c.fleet,
    mintedPollDevices: c.mintedPollDevices,
    ingestDevices: c.ingestDevices,
    ingestConnections: c.ingestConnections,
    overload: c.overload,
    server: `apps/ota-server createApp in a child process on sqlite (WAL) with the documented defaults: POLL_INTERVAL_SECONDS 3600 + 600 jitter, CHECKIN_FLUSH_MS 1000, ROLLOUT_TICK_MS 5000, DEVICE_MAX_INFLIGHT ${m.settings.maxInFlight}, SHED_LOOP_DELAY_MS ${m.settings.shedLoopDelayMs}, DEVICE_BODY_TIMEOUT_MS ${m.settings.bodyTimeoutMs}, LOG_LEVEL info (to a file)`,
  };
}
