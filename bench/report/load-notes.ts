/**
 * The notes of the phases with many devices, report ingestion, event-loop blocks and overload: for each missed
 * target what limits it, from this run's own numbers, then how each of these figures was measured.
 */
import { GENERATOR_CPU } from '../children/pin';
import { BLOCK_EXEMPT_PHASES, blocksByPhase, ceilingOf, longestRunBlock, type Measurements } from './build-results';
import { blocks, serverCpu } from './notes';
import type { Figure } from './results';

const n = (x: number) => Math.round(x).toLocaleString('en');
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const pctOf = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;

export function explainLoadMisses(m: Measurements, figures: Figure[]): string[] {
  const missed = (key: string) => figures.find((f) => f.key === key)?.pass === false;
  const notes: string[] = [];
  const many = m.manyDevices;
  if (missed('poll.many.p99')) {
    notes.push(
      `MISS poll p99 with ${n(many.devices)} distinct devices = ${ms(many.load.p99Ms)} (> 25 ms; p50 ${ms(many.load.p50Ms)}). The server's event loop was blocked ${blocks(many.server)}; ` +
        `server CPU ${serverCpu(many.server)}, generator ${many.load.generatorCpuPct.toFixed(0)} %. Each second brings about ${n(Math.min(many.devices, many.load.rps))} distinct devices, so as many check-ins to upsert into the ${n(m.seed.devices)}-row device table.`,
    );
  }
  if (missed('reports.polls.ratio')) {
    const r = m.reports;
    notes.push(
      `MISS polls while reports are ingested = ${n(r.polls.load.rps)} req/s, ${(r.polls.load.rps / m.noUpdate.load.rps).toFixed(2)} x the no-update rate (< 0.6), with ${n(r.acceptedPerS)} reports/s accepted meanwhile. ` +
        `Server CPU ${serverCpu(r.polls.server)} (no-update run: ${serverCpu(m.noUpdate.server)}); its loop was blocked ${blocks(r.polls.server)}.`,
    );
  }
  if (missed('ingest.ratio')) {
    const i = m.ingestion;
    const perReport = (cpuMs: number) => `${((cpuMs * 1000) / Math.max(1, i.accepted)).toFixed(0)} us`;
    notes.push(
      `MISS report ingestion = ${n(i.acceptedPerS)} reports/s, ${(i.acceptedPerS / ceilingOf(m)).toFixed(2)} x the ceiling's ${n(ceilingOf(m))} req/s (< 0.25). ` +
        `Server CPU ${serverCpu(i.server)}: a report is read by the status fast lane (session token, JSON body, Zod schema) on the main thread, and its share of a group commit runs on the write worker, both on the server's one core; ` +
        `per accepted report the main thread used ${perReport(i.server.threadCpuMs.main)} and the other threads ${perReport(i.server.threadCpuMs.others)} of CPU, and the server wrote ${(i.server.storageWriteBytes / 2 ** 20).toFixed(0)} MB to storage (WAL and checkpoints). ` +
        `Each waits for its group to commit (p50 ${ms(i.reports.p50Ms)}, p99 ${ms(i.reports.p99Ms)}) on ${i.connections} connections; generator ${i.reports.generatorCpuPct.toFixed(0)} % of its core; status codes ${JSON.stringify(i.reports.statusCodes)}; the server's loop was blocked ${blocks(i.server)}.`,
    );
  }
  if (missed('loop.block.max')) {
    const worst = longestRunBlock(m);
    notes.push(
      `MISS longest event-loop block = ${ms(worst.longestMs)} (> 20 ms), in the "${worst.phase}" phase (${PHASE_WORK[worst.phase] ?? 'see the phase list'}; ${worst.longestGcMs} ms of it garbage collection, ${worst.longestCpuWaitMs} ms waiting for the CPU, ${worst.longestOtherProcessesMs} ms of that for other processes; that phase's longest GC pause ${ms(worst.longestGcPauseMs)}, ${worst.longestGcKind}). ` +
        `${worst.count} blocks of 20 ms or more in the counted phases. Less the time other processes held the server's core, the longest block was ${ms(worst.ownMs)} (in "${worst.ownPhase}"). By phase (longest, then less other processes' time): ${phaseBlocks(m)}.`,
    );
  }
  const o = m.overload;
  const c = m.config;
  if (missed('overload.ok.p99') || missed('overload.unanswered')) {
    const s = m.settings;
    notes.push(
      `MISS overload at ${o.factor} x ${n(o.capacityRps)} req/s (offered ${n(o.run.targetRate)}/s): 200s ${n(o.run.okPerS)}/s with p99 ${ms(o.run.okP99Ms)}, 503s ${n(o.run.shedPerS)}/s, ${n(o.run.timeouts)} timed out, ${o.run.errors} lost; ${n(o.run.waitedForConnection)} requests waited for one of the generator's ${n(c.overload.connections)} connections. ` +
        `The server refused ${JSON.stringify(o.refusals)}. It sheds on the event-loop delay only once three loop iterations in a row ran SHED_LOOP_DELAY_MS (${s.shedLoopDelayMs} ms) late, and fast-lane polls never count in flight (DEVICE_MAX_INFLIGHT ${s.maxInFlight}); ` +
        `with one request per connection an iteration holds at most as many polls as there are open connections, and the loop's delay during the run had p99 ${ms(o.server.loopDelayP99Ms)}, max ${ms(o.server.loopDelayMaxMs)} (blocked ${blocks(o.server)}), while polls queued on the connections; server CPU ${serverCpu(o.server)}.`,
    );
  }
  const h = m.halfBody;
  if (missed('halfbody.polls.p99') || missed('halfbody.polls.refused')) {
    notes.push(
      `MISS polls with ${n(h.sockets.sockets)} half-body sockets held: p99 ${ms(h.polls.load.p99Ms)} (without them ${ms(h.without.load.p99Ms)}), ${n(h.polls.load.rps)} req/s (without ${n(h.without.load.rps)}), status codes ${JSON.stringify(h.polls.load.statusCodes)}, errors ${h.polls.load.errors}; ` +
        `the server refused ${JSON.stringify(h.refusals)} and saw ${h.awaitingBodyAtStart} requests awaiting their body, ${h.inFlightAtStart} in flight, at the start. It timed out and closed ${n(h.sockets.closedByServer)} sockets (median ${ms(h.sockets.closedAfterP50Ms)} after their partial body), which came straight back; ${halfBodyCost(h)}. Its loop was blocked ${blocks(h.polls.server)}.`,
    );
  }
  return notes;
}

/** Server CPU per answered poll with and without the half-body sockets, and what the difference comes to per socket it closed. */
function halfBodyCost(h: Measurements['halfBody']): string {
  const perPoll = (r: typeof h.polls) => (r.server.cpuMs * 1000) / Math.max(1, r.load.ok);
  const extraMs = h.polls.server.cpuMs - (perPoll(h.without) * h.polls.load.ok) / 1000;
  const each = h.sockets.closedByServer > 0 ? `, about ${(extraMs / h.sockets.closedByServer).toFixed(2)} ms for each socket it timed out and took back` : '';
  return `server CPU per answered poll ${perPoll(h.without).toFixed(0)} us without them, ${perPoll(h.polls).toFixed(0)} us with them: ${(extraMs / 1000).toFixed(1)} s of CPU went elsewhere${each}`;
}

/** What the server does in each phase, to read a block against. */
const PHASE_WORK: Record<string, string> = {
  settling: "no load: the server's own work after start-up, such as the cohort census in the write worker",
  sessions: 'real devices open sessions, 8 at a time: certificate chain and signature checks on the event loop',
  'no-update': 'no-update polls from real sessions; the ceiling runs meanwhile are not counted (server frozen)',
  '10 % offers': 'a 10 % rollout is started, then a tenth of the polls get offers',
  'many devices': 'polls from 10,000+ distinct devices, each second as many check-ins upserted by the write worker',
  'reports + polls': 'status reports committed in groups by the write worker while polls run',
  'report ingestion': 'status reports alone, as fast as the server takes them',
  'half bodies': 'polls while half-body sockets are held; the server times them out and they reconnect',
  'admin view': 'admin rollout view reads',
  'agent installs': 'real agents one at a time: session, poll, TUF metadata and target, reports',
  'fleet capacity': 'each fleet starts with all its agents opening sessions at once: certificate checks on the event loop',
};

/** "phase X ms (N blocks >= 20 ms)" for every phase, in run order; exempt phases say so. */
function phaseBlocks(m: Measurements): string {
  return blocksByPhase(m)
    .map(
      (p) =>
        `${p.phase} ${ms(p.longestMs)} / ${ms(p.longestOwnMs)}${p.blocks ? ` (${p.blocks} >= 20 ms)` : ''}${BLOCK_EXEMPT_PHASES.includes(p.phase) ? ' [not counted]' : ''}`,
    )
    .join(', ');
}

export function loadMethodNotes(m: Measurements): string[] {
  const c = m.config;
  const many = m.manyDevices;
  const i = m.ingestion;
  const o = m.overload;
  const h = m.halfBody;
  const devicePolls = Math.min(many.devices, many.load.rps);
  return [
    `Start-up: the server listened ${(m.serverStartupMs / 1000).toFixed(1)} s after it was started; it then kept working in the background for ${m.settle.s.toFixed(1)} s (${(m.settle.cpuMs / 1000).toFixed(1)} s of CPU: the work it starts after listening, such as a cohort census of each running rollout over the registry), and the sessions and measured runs began once it was idle (under 10 % of a core for 2 s). ` +
      `Sessions: ${m.sessions.count} in ${(m.sessions.ms / 1000).toFixed(1)} s, ${m.sessions.retries} attempt(s) answered 503 and retried after Retry-After.`,
    `Distinct devices: ${n(many.devices)} seeded devices (synthetic rows spread over the whole registry, succeeded in the whole-fleet rollout, stable channel, outside the 1 % and 10 % cohorts) poll with session tokens the bench minted with the server's own token code and MAC key (setup/minted-devices.ts); ` +
      `the bench's own closed-loop generator (${c.connections} connections, one request in flight each, every connection walking the device list from its own offset) sent GET /device/v1/update?firmwareVersion=5.9.0. ` +
      `Each device polled every ${(many.devices / many.load.rps).toFixed(2)} s, so about ${n(devicePolls)} distinct devices checked in per second and each 1 s flush upserted about that many rows of the ${n(m.seed.devices)}-row table. ` +
      `${(many.installShare * 100).toFixed(2)} % offers (must be 0), status codes ${JSON.stringify(many.load.statusCodes)}; server CPU ${serverCpu(many.server)}, generator ${many.load.generatorCpuPct.toFixed(0)} %; the loop was blocked ${blocks(many.server)}.`,
    `Report ingestion alone: ${n(i.devices)} devices seeded offered the whole-fleet rollout (offered within the in-progress timeout) with minted tokens, each sending downloading, installing, succeeded (3 outcomes; the target path and SHA-256 read from the published TUF targets metadata) in order on ${i.connections} keep-alive connections, a device always on the same connection, nothing else running. ` +
      `${n(i.accepted)} accepted (the server's ota_status_reports_total{result="accepted"}) of ${n(i.reports.sent)} sent in ${i.reports.durationS.toFixed(1)} s${i.reports.exhausted ? ' (every report sent before the deadline)' : ''}; status codes ${JSON.stringify(i.reports.statusCodes)}; ` +
      `server CPU ${serverCpu(i.server)}, generator ${i.reports.generatorCpuPct.toFixed(0)} %; the loop was blocked ${blocks(i.server)}.`,
    `Event-loop blocks: a 5 ms timer in the server process; a block is how late it fired. Longest per phase, then the same less the time other processes held the server's core in it: ${phaseBlocks(m)}. The run's figure leaves out ${BLOCK_EXEMPT_PHASES.join(', ')} (start-up happens before the server listens; the profile window runs the inspector; the overload run saturates the server on purpose), and the time the server is frozen for the ceiling runs.`,
    `Overload: an open-loop generator in this process (pinned to CPU ${GENERATOR_CPU}) offered ${n(o.run.targetRate)} polls/s = ${o.factor} x the no-update throughput (${n(o.capacityRps)} req/s) for ${o.run.durationS.toFixed(1)} s from ${n(many.devices)} distinct devices, each request on a keep-alive connection with nothing outstanding (no pipelining), ` +
      `opening ${n(o.run.connections)} connections (at most ${n(c.overload.connections)}); ${n(o.run.waitedForConnection)} requests found them all busy and waited in the generator (longest queue ${n(o.run.longestQueue)}). ` +
      `The generator issued ${n(o.run.sentRate)} requests/s (${n(o.run.writtenInWindow / o.run.durationS)}/s written to a connection within the window); when a connection was free they left ${ms(o.run.sendLagP99Ms)} after they were due at p99 (max ${ms(o.run.sendLagMaxMs)}); generator CPU ${o.run.generatorCpuPct.toFixed(0)} %. Latency counts from when a request was due. ` +
      `These devices' polls cost the server more than the capacity run's (each second about ${n(Math.min(many.devices, many.load.rps))} check-ins to write): the distinct-devices run answered ${n(many.load.rps)} req/s, so the offered rate was ${(o.run.targetRate / many.load.rps).toFixed(1)} x that. ` +
      `Answers: ${JSON.stringify(o.run.statusCodes)}; 200 p50 ${ms(o.run.okP50Ms)}, p99 ${ms(o.run.okP99Ms)}; 503 p50 ${Number.isNaN(o.run.shedP50Ms) ? 'none' : ms(o.run.shedP50Ms)}, p99 ${Number.isNaN(o.run.shedP99Ms) ? 'none' : ms(o.run.shedP99Ms)}; ${o.run.timeouts} unanswered ${c.overload.graceS} s after the run, ${o.run.errors} lost. ` +
      `The server refused ${JSON.stringify(o.refusals)} and was calm again (not shedding, nothing in flight) ${o.recoveryS.toFixed(1)} s after; server CPU ${serverCpu(o.server)}, loop delay p99 ${ms(o.server.loopDelayP99Ms)}, max ${ms(o.server.loopDelayMaxMs)}.`,
    `Half-body sockets: ${n(h.sockets.sockets)} sockets held open, each having sent the full headers of POST /device/v1/session with Content-Length 4096 and 52 bytes of body, one replaced as soon as the server closed it (${n(h.sockets.opened)} opened in all, never fewer than ${n(h.sockets.fewestOpen)} open), for ${h.heldS.toFixed(1)} s, while the ${n(many.devices)} devices polled as in the distinct-devices run (the same polls were measured without the sockets right before). ` +
      `At the start the server counted ${h.awaitingBodyAtStart} requests awaiting their body and ${h.inFlightAtStart} in flight. It closed ${n(h.sockets.closedByServer)} of them (answers ${JSON.stringify(h.sockets.answers)}) after ${ms(h.sockets.closedAfterP50Ms)} (median; max ${ms(h.sockets.closedAfterMaxMs)}), DEVICE_BODY_TIMEOUT_MS being ${m.settings.bodyTimeoutMs}; refusals ${JSON.stringify(h.refusals)}. ` +
      `Polls meanwhile: ${n(h.polls.load.rps)} req/s (${pctOf(h.polls.load.rps, h.without.load.rps)} of the ${n(h.without.load.rps)} req/s measured just before without them), p50 ${ms(h.polls.load.p50Ms)}, p99 ${ms(h.polls.load.p99Ms)} (without: ${ms(h.without.load.p99Ms)}), status codes ${JSON.stringify(h.polls.load.statusCodes)}, errors ${h.polls.load.errors}; ` +
      `server CPU ${serverCpu(h.polls.server)} (without: ${serverCpu(h.without.server)}); ${halfBodyCost(h)}; the loop was blocked ${blocks(h.polls.server)}.`,
  ];
}
