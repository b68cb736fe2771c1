/** What the CLI reads of a rollout (the server's rolloutViewSchema), and how it says it in one line or a table. */
import { println, type CliIo } from '../cli-io';
import { printTable } from '../output/print';

export type StatusCounts = Record<string, number>;

export interface Health {
  samples: number;
  failures: number;
  failureRate: number;
  interval: { lower: number; upper: number };
  confidence: number;
  maxFailureRate: number;
}

export interface RolloutView {
  id: string;
  name: string;
  state: string;
  stateReason: string | null;
  stageIndex: number;
  requiresApproval: boolean;
  approvedBy: string | null;
  release: { id: string; stream: string; releaseCounter: number } | null;
  startAt?: string | null;
  stages: {
    index: number;
    percent: number;
    soakSeconds: number;
    expectedDevices: number | null;
    counts: StatusCounts;
    health: Health;
    windows?: { days: string[]; from: string; to: string; timeZone: string; regions?: string[] }[];
  }[];
  totals: StatusCounts & { health: Health };
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

export interface RolloutSummary {
  id: string;
  name: string;
  state: string;
  stageIndex: number;
  createdAt: string;
  counts?: StatusCounts;
  stateReason?: string | null;
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;

/** "stage 2/4 (10%) running: 84 succeeded, 3 failed of 90 expected; failure 3.4% [1.1%, 9.5%] vs max 5%" */
export function progressLine(r: RolloutView): string {
  const stage = r.stages[r.stageIndex];
  const counts = stage?.counts ?? {};
  const expected = stage?.expectedDevices;
  const h = r.totals.health;
  const parts = [
    `stage ${r.stageIndex + 1}/${r.stages.length} (${stage?.percent ?? '?'}%)`,
    r.state,
    `${counts.succeeded ?? 0} succeeded, ${counts.failed ?? 0} failed, ${(counts.offered ?? 0) + (counts.downloading ?? 0) + (counts.installing ?? 0)} in progress` +
      (expected === null || expected === undefined ? '' : ` of ${expected} expected`),
    `failure ${pct(h.failureRate)} [${pct(h.interval.lower)}, ${pct(h.interval.upper)}] vs max ${pct(h.maxFailureRate)}`,
  ];
  if (r.requiresApproval && !r.approvedBy && r.stageIndex === 0) parts.push('waiting for approval to leave stage 1');
  if (r.stateReason) parts.push(r.stateReason);
  return parts.join('; ');
}

export function printRollout(io: CliIo, r: RolloutView): void {
  println(io, `rollout ${r.id} "${r.name}": ${r.state}${r.stateReason ? ` (${r.stateReason})` : ''}`);
  if (r.release) println(io, `release ${r.release.id}: stream ${r.release.stream}, counter ${r.release.releaseCounter}`);
  println(io, `approval: ${r.requiresApproval ? (r.approvedBy ? `approved by ${r.approvedBy}` : 'required, not given yet') : 'not required'}`);
  if (r.startAt) println(io, `scheduled start: ${r.startAt}`);
  for (const s of r.stages) {
    for (const w of s.windows ?? []) {
      const where = w.regions?.length ? ` in ${w.regions.join(', ')}` : '';
      println(io, `stage ${s.index + 1} installs only ${w.days.join(',')} ${w.from}-${w.to} ${w.timeZone}${where}`);
    }
  }
  printTable(
    io,
    ['stage', 'percent', 'soak s', 'expected', 'succeeded', 'failed', 'in progress', 'failure rate [interval]'],
    r.stages.map((s) => [
      `${s.index + 1}${s.index === r.stageIndex ? ' *' : ''}`,
      s.percent,
      s.soakSeconds,
      s.expectedDevices,
      s.counts.succeeded,
      s.counts.failed,
      (s.counts.offered ?? 0) + (s.counts.downloading ?? 0) + (s.counts.installing ?? 0),
      `${pct(s.health.failureRate)} [${pct(s.health.interval.lower)}, ${pct(s.health.interval.upper)}]`,
    ]),
  );
}

export function printRolloutList(io: CliIo, rollouts: RolloutSummary[]): void {
  printTable(
    io,
    ['id', 'name', 'state', 'stage', 'succeeded', 'failed', 'reason', 'created'],
    rollouts.map((r) => [r.id, r.name, r.state, r.stageIndex + 1, r.counts?.succeeded, r.counts?.failed, r.stateReason, r.createdAt]),
  );
}
