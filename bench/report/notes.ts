/**
 * The notes of a results file: for each missed target a sentence that says so and what limits it, from this
 * run's own measurements (CPU split, event-loop blocks, per-phase memory, the profile); then how each figure
 * was measured.
 */
import { getHeapStatistics } from 'node:v8';
import type { ChildStats } from '../children/child-protocol';
import type { MeasuredRun } from '../phases/http-phases';
import { ceilingOf, type Measurements } from './build-results';
import type { Figure } from './results';

const MB = 2 ** 20;
const pct = (s: { cpuMs: number; wallMs: number }) => `${((s.cpuMs / s.wallMs) * 100).toFixed(0)} %`;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

export function explainMisses(m: Measurements, figures: Figure[]): string[] {
  const missed = (key: string) => figures.find((f) => f.key === key)?.pass === false;
  const notes: string[] = [];
  const top = m.profile.top
    .slice(0, 6)
    .map((f) => `${f.name} ${f.selfPct.toFixed(1)} %`)
    .join(', ');
  if (missed('poll.none.ratio')) {
    notes.push(
      `MISS no-update throughput / ceiling = ${(m.noUpdate.load.rps / ceilingOf(m)).toFixed(2)} (< 0.6). During the run the server used ${pct(m.noUpdate.server)} of a core ` +
        `(generator ${m.noUpdate.load.generatorCpuPct.toFixed(0)} %), so the server is the limit; its event loop was blocked ${blocks(m.noUpdate.server)}. ` +
        `Top self time (% of busy samples) in a profile of the same load: ${top}; the server's own code (apps/, libs/ and what they call) is ${m.profile.ownCode.totalPct.toFixed(0)} % of busy samples, the rest is HTTP plumbing (parsing, routing, hooks, the socket write) and GC.`,
    );
  }
  if (missed('poll.none.p99')) {
    notes.push(
      `MISS no-update p99 = ${m.noUpdate.load.p99Ms} ms (> 25 ms): the server's event loop was blocked ${blocks(m.noUpdate.server)}; every request that arrives meanwhile waits for the block to end.`,
    );
  }
  if (missed('view.median')) {
    notes.push(
      `MISS admin rollout view: median ${m.view.medianMs.toFixed(0)} ms (> 250 ms) for ${m.view.states.toLocaleString('en')} device states (fastest ${m.view.minMs.toFixed(0)} ms, slowest ${m.view.maxMs.toFixed(0)} ms).`,
    );
  }
  if (missed('server.rss.peak')) {
    const phases = Object.entries({ startup: m.serverAfterStart.windowPeakRssBytes, ...m.phasePeakRss });
    notes.push(
      `MISS server peak RSS = ${mb(m.serverEnd.peakRssBytes)} (> 400 MB). Right after start-up (device states of the live rollouts loaded) it was ${mb(m.serverAfterStart.rssBytes)} with ${mb(m.serverAfterStart.heapUsedBytes)} of JS heap; ` +
        `peak by phase, in order: ${phases.map(([p, v]) => `${p} ${mb(v)}`).join(', ')}; the run ended at ${mb(m.serverEnd.rssBytes)}, and a full GC then found ${mb(m.serverAfterGc.heapUsedBytes)} of live JS heap (RSS ${mb(m.serverAfterGc.rssBytes)}). ` +
        `The difference between peak and retained memory is heap the garbage collector had not reclaimed yet (Node's default heap limit on this machine is ${mb(getHeapStatistics().heap_size_limit)}, so V8 lets the heap grow under load).`,
    );
  }
  if (missed('agent.install.median')) {
    const l = m.agents.legsMedianMs;
    notes.push(
      `MISS agent install-to-report median = ${m.agents.medianMs.toFixed(1)} ms (> 50 ms); legs (medians): report downloading ${l.reportDownloading.toFixed(1)} ms, TUF refresh + download + checks ${l.tufAndChecks.toFixed(1)} ms, apply + final report ${l.applyAndReport.toFixed(1)} ms.`,
    );
  }
  return notes;
}

/** "N times for >= 20 ms (longest X ms, G ms of it GC, about every Y s)" or "never for 20 ms or more (longest X ms)". */
export function blocks(s: ChildStats): string {
  const b = s.longBlocks;
  if (b.length === 0) return `never for 20 ms or more (longest ${s.longestBlockMs.toFixed(0)} ms; delay p99 ${s.loopDelayP99Ms.toFixed(1)} ms)`;
  const longest = b.reduce((a, x) => (x.ms > a.ms ? x : a));
  const gaps = b.slice(1).map((x, i) => x.atMs - b[i].atMs);
  const every = gaps.length ? `; about every ${(gaps.sort((x, y) => x - y)[Math.floor(gaps.length / 2)] / 1000).toFixed(1)} s` : '';
  return `${b.length} time(s) for 20 ms or more (longest ${longest.ms} ms: ${longest.gcMs} ms of it garbage collection, ${longest.cpuWaitMs} ms waiting for the CPU, ${longest.otherProcessesMs} ms of that for other processes${every}; delay p99 ${s.loopDelayP99Ms.toFixed(1)} ms)`;
}

/** "X % of a core (main thread Y %, other threads Z %)": the other threads are the write worker, GC helpers and libuv. */
export function serverCpu(s: ChildStats): string {
  const t = s.threadCpuMs;
  const wait = s.mainCpuWaitMs >= 0 ? `; the main thread waited ${((s.mainCpuWaitMs / s.wallMs) * 100).toFixed(0)} % of the time for its core` : '';
  const split =
    t.main >= 0 ? ` (main thread ${((t.main / s.wallMs) * 100).toFixed(0)} %, other threads ${((t.others / s.wallMs) * 100).toFixed(0)} %${wait})` : '';
  const core = s.core
    ? `; its core was busy ${((s.core.busyMs / s.wallMs) * 100).toFixed(0)} %, ${((s.core.irqMs / s.wallMs) * 100).toFixed(0)} % of it interrupts, ${coreTakenPct(s).toFixed(0)} % other processes`
    : '';
  return `${pct(s)} of a core${split}${core}`;
}

const measuredRuns = (m: Measurements): [string, MeasuredRun][] => [
  ['ceiling before', m.ceilings[0]],
  ['no-update', m.noUpdate],
  ['ceiling after', m.ceilings[m.ceilings.length - 1]],
  ['10 % offers', m.tenPercent],
  ['distinct devices', m.manyDevices],
  ['half-body sockets', m.halfBody.polls],
];

/** CPU that neither the measured server nor the generator used during a run: other work on the machine. */
export function foreignCpuPct(run: MeasuredRun): number {
  return Math.max(0, run.load.machineCpuPct - run.load.generatorCpuPct - (run.server.cpuMs / run.server.wallMs) * 100);
}

/**
 * Share of a run in which the server's core ran other processes: from /proc/stat (the core's busy time less
 * interrupts and the server's own CPU) when the server is pinned, else from the time its main thread waited for
 * the core beyond what its own other threads used. Time a VM's host gives the core to another guest shows in
 * neither (the machine's speed drifts instead: see the ceiling before and after).
 */
export function coreTakenPct(s: ChildStats): number {
  if (s.core) return Math.max(0, ((s.core.busyMs - s.core.irqMs - s.cpuMs) / s.wallMs) * 100);
  if (s.mainCpuWaitMs < 0) return 0;
  return Math.max(0, ((s.mainCpuWaitMs - s.threadCpuMs.others) / s.wallMs) * 100);
}

/** A warning when other processes took a noticeable share of the CPU during the measured runs. */
export function interferenceNotes(m: Measurements): string[] {
  const busy = [
    ...measuredRuns(m).map(([name, r]) => [name, foreignCpuPct(r)] as const),
    ...m.fleet.steps.map((s) => [`fleet of ${s.devices}`, s.otherCpuPct] as const),
  ].filter(([, p]) => p > 15);
  const taken = [
    ...measuredRuns(m).map(([name, r]) => [name, coreTakenPct(r.server)] as const),
    ['report ingestion', coreTakenPct(m.ingestion.server)] as const,
    ['overload', coreTakenPct(m.overload.server)] as const,
  ].filter(([, p]) => p > 10);
  const notes: string[] = [];
  if (busy.length > 0) {
    notes.push(
      `WARNING: other processes used CPU during measured runs (${busy.map(([n, p]) => `${n} ~${p.toFixed(0)} % of a core`).join(', ')}; the load average was ${m.loadAverageAtStart.toFixed(2)} at the start): these figures are lower than on a quiet machine.`,
    );
  }
  if (taken.length > 0) {
    notes.push(
      `WARNING: the server's core was taken from it by other processes (its main thread waited for the core beyond what its own threads used) for ${taken.map(([n, p]) => `~${p.toFixed(0)} % of the ${n} run`).join(', ')}: those figures are lower, and their event-loop blocks longer, than on a quiet machine.`,
    );
  }
  return notes;
}

export function methodNotes(m: Measurements): string[] {
  const c = m.config;
  const f = m.fleet;
  return [
    `Ceiling: bare Fastify in its own process answering the same bytes with the same content type; measured before (${m.ceilings[0].load.rps.toFixed(0)} req/s) and after (${m.ceilings[1]?.load.rps.toFixed(0)} req/s) the no-update run, the figure is the mean. CPU (100 % = one core): ceiling server ${pct(m.ceilings[0].server)} / generator ${m.ceilings[0].load.generatorCpuPct.toFixed(0)} %; no-update server ${pct(m.noUpdate.server)} / generator ${m.noUpdate.load.generatorCpuPct.toFixed(0)} %. A generator near 100 % means the figure is the generator's limit. Other processes during the runs (machine CPU minus server and generator): ${measuredRuns(
      m,
    )
      .map(([n, r]) => `${n} ${foreignCpuPct(r).toFixed(0)} %`)
      .join(', ')}.`,
    `Polls: ${m.tokens.noUpdate} distinct device tokens from real sessions (RSA key, factory certificate, signed nonce; ${m.sessions.count} sessions opened in ${(m.sessions.ms / 1000).toFixed(1)} s), each GET /device/v1/update?firmwareVersion=5.9.0; the other ${(m.seed.devices - m.sessions.count).toLocaleString('en')} devices are seeded rows that do not poll. Every polling device has a terminal state in the whole-fleet rollout and is outside the other rollouts' audience or cohort. No-update run: ${(m.noUpdate.installShare * 100).toFixed(2)} % offers (must be 0), non-2xx ${m.noUpdate.load.non2xx}, errors ${m.noUpdate.load.errors}; the server's event loop was blocked ${blocks(m.noUpdate.server)}.`,
    `10 % offers: ${m.tokens.offered} of ${m.tokens.tenPercent} tokens are in the cohort of a 10 % rollout started just before (offered on their first poll, the unfinished offer repeated after); the server counted ${(m.tenPercent.installShare * 100).toFixed(1)} % install answers.`,
    `Reports: ${m.reports.accepted} accepted of ${m.reports.reports.sent} sent on ${c.reportConnections} connections in ${m.reports.reports.durationS.toFixed(1)} s (downloading, installing, succeeded with 3 outcomes, per device offered the whole-fleet rollout), while ${c.connections} connections polled${m.reports.reports.exhausted ? `; all were sent before the ${c.durationS} s poll run ended, so the rate is over ${m.reports.reports.durationS.toFixed(1)} s, all of it with polls running` : ''}. Status codes ${JSON.stringify(m.reports.reports.statusCodes)}; the server's loop was blocked ${blocks(m.reports.polls.server)}.`,
    `Admin view: GET /admin/v1/rollouts/:id of the whole-fleet rollout, ${m.view.reads} reads one after the other with no other load; min ${m.view.minMs.toFixed(0)} ms, max ${m.view.maxMs.toFixed(0)} ms.`,
    `Memory: RSS sampled every 100 ms in the server process; peak by phase (MB): ${Object.entries({
      startup: m.serverAfterStart.windowPeakRssBytes,
      ...m.phasePeakRss,
    })
      .map(([p, v]) => `${p} ${Math.round(v / MB)}`)
      .join(', ')}. Seeding: one better-sqlite3 transaction, prepared statements, ids in key order, then a WAL checkpoint.`,
    `Agent: ${m.agents.installs} real agents (emulated hardware, own TUF metadata, pinned root) polled one at a time and each was offered the whole-fleet release; time from the install answer to the acknowledged terminal report. Legs (medians): report downloading ${m.agents.legsMedianMs.reportDownloading.toFixed(1)} ms, TUF refresh + download + checks ${m.agents.legsMedianMs.tufAndChecks.toFixed(1)} ms, atomic apply + final report ${m.agents.legsMedianMs.applyAndReport.toFixed(1)} ms. Results ${JSON.stringify(m.agents.statuses)}; the machine's CPU meanwhile ${m.agents.machineCpuPct.toFixed(0)} % of a core (server + agents + anything else).`,
    `Fleet: one process runs N agents (apps/device-agent Fleet) sleeping pollAfterSeconds x ${c.fleet.timeScale} (mean ${f.meanPollIntervalS.toFixed(2)} s); N is sustained when, after a ${c.fleet.warmupS} s warm-up (sessions), it completes >= ${c.fleet.minRateShare * 100} % of the scheduled polls over ${c.fleet.measureS} s with event-loop delay p99 <= ${c.fleet.maxLoopDelayP99Ms} ms. Steps: ${f.steps.map((s) => `${s.devices} -> ${s.pollsPerS.toFixed(0)}/${s.scheduledPerS.toFixed(0)} polls/s, delay p99 ${s.loopDelayP99Ms.toFixed(0)} ms, fleet CPU ${s.cpuPct.toFixed(0)} %, RSS ${mb(s.rssBytes)}, server CPU ${s.serverCpuPct.toFixed(0)} %, other processes ${s.otherCpuPct.toFixed(0)} %${s.sustained ? '' : ' (not sustained)'}`).join('; ')}.${f.steps.every((s) => s.sustained) ? ' Every size tried was sustained: the figure is a lower bound.' : ''}`,
    `Profile: the server during ${c.profileS} s of the no-update load (node:inspector, after the measured run; idle ${m.profile.idlePct.toFixed(0)} % of samples), top self time in % of busy samples: ${m.profile.top
      .slice(0, 12)
      .map((t) => `${t.name} ${t.selfPct.toFixed(1)} %${t.where ? ` (${t.where})` : ''}`)
      .join(
        '; ',
      )}. The server's own code (apps/, libs/ and the libraries they call; not the HTTP plumbing) is ${m.profile.ownCode.totalPct.toFixed(0)} % of busy samples, inclusive: ${m.profile.ownCode.top
      .slice(0, 8)
      .map((t) => `${t.name} ${t.selfPct.toFixed(1)} % (${t.where})`)
      .join('; ')}. File: ${m.profile.file}.`,
  ];
}
