/**
 * The benchmark's smoke run (a smoke run with a small fleet is part of CI): the same code as
 * `npm run bench`, with 2,000 devices and 2 s runs, in a child process like a developer would start it. Checks
 * that the results file carries every figure, targets with a verdict, and notes; not the values (a smoke run
 * on a busy CI machine proves nothing about speed).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Results } from './report/results';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

const FIGURES = [
  'ceiling.rps',
  'ceiling.p99',
  'poll.none.rps',
  'poll.none.ratio',
  'poll.none.p50',
  'poll.none.p99',
  'poll.offer10.rps',
  'poll.offer10.ratio',
  'poll.offer10.p50',
  'poll.offer10.p99',
  'poll.offer10.share',
  'poll.many.devices',
  'poll.many.rps',
  'poll.many.p50',
  'poll.many.p99',
  'reports.rps',
  'reports.p99',
  'reports.polls.rps',
  'reports.polls.ratio',
  'reports.polls.p99',
  'ingest.rps',
  'ingest.ratio',
  'ingest.p50',
  'ingest.p99',
  'loop.block.max',
  'loop.block.own',
  'loop.block.count',
  'overload.offered',
  'overload.sent',
  'overload.queued',
  'overload.ok.rps',
  'overload.shed.rps',
  'overload.ok.p50',
  'overload.ok.p99',
  'overload.shed.p99',
  'overload.unanswered',
  'halfbody.polls.rps',
  'halfbody.polls.ratio',
  'halfbody.without.p99',
  'halfbody.polls.p99',
  'halfbody.polls.refused',
  'halfbody.closed',
  'halfbody.closed.after',
  'view.median',
  'view.max',
  'server.rss.peak',
  'server.rss.started',
  'server.rss.end',
  'server.heap.gc',
  'server.startup',
  'server.settle',
  'seed.time',
  'agent.install.median',
  'agent.install.p99',
  'fleet.devices',
  'fleet.polls',
];
const TARGETED = [
  'poll.none.ratio',
  'poll.none.p99',
  'poll.many.p99',
  'reports.polls.ratio',
  'ingest.ratio',
  'loop.block.max',
  'overload.ok.p99',
  'overload.unanswered',
  'halfbody.polls.p99',
  'halfbody.polls.refused',
  'view.median',
  'server.rss.peak',
  'agent.install.median',
];

describe('npm run bench -- --smoke', () => {
  let dir: string;
  let results: Results;
  let markdown: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-bench-smoke-'));
    await run(process.execPath, ['-r', '@swc-node/register', 'bench/run-bench.ts', '--smoke'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RESULTS_DIR: dir },
      timeout: 170_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    results = JSON.parse(fs.readFileSync(path.join(dir, 'smoke.json'), 'utf8')) as Results;
    markdown = fs.readFileSync(path.join(dir, 'smoke.md'), 'utf8');
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('describes the machine and the run', () => {
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(results.config.mode).toBe('smoke');
    expect(results.config.devices).toBe(2_000);
  });

  it('has every figure, each a finite number with a unit', () => {
    expect(results.figures.map((f) => f.key).sort()).toEqual([...FIGURES].sort());
    for (const f of results.figures) {
      expect({ key: f.key, finite: Number.isFinite(f.value), unit: f.unit.length > 0 }).toEqual({ key: f.key, finite: true, unit: true });
    }
  });

  it('gives every target a pass or miss, and says so for each miss', () => {
    for (const key of TARGETED) {
      const f = results.figures.find((x) => x.key === key)!;
      expect({ key, target: typeof f.target, pass: typeof f.pass }).toEqual({ key, target: 'string', pass: 'boolean' });
      if (f.pass === false) expect(results.notes.some((n) => n.startsWith('MISS'))).toBe(true);
    }
  });

  it('measured what it claims: real polls, real offers, real reports, real installs', () => {
    const value = (key: string) => results.figures.find((f) => f.key === key)!.value;
    expect(value('poll.none.rps')).toBeGreaterThan(0);
    expect(value('poll.offer10.share')).toBeGreaterThan(5);
    expect(value('poll.offer10.share')).toBeLessThan(15);
    expect(value('reports.rps')).toBeGreaterThan(0);
    expect(value('agent.install.median')).toBeGreaterThan(0);
    // Every phase ran against the server: distinct devices polled, reports were ingested (with their target),
    // the open-loop generator got answers, and the server closed the half-body sockets (DEVICE_BODY_TIMEOUT_MS).
    expect(value('poll.many.devices')).toBeGreaterThanOrEqual(500);
    expect(value('poll.many.rps')).toBeGreaterThan(0);
    expect(value('ingest.rps')).toBeGreaterThan(0);
    expect(value('overload.sent')).toBeGreaterThan(0);
    expect(value('overload.ok.rps') + value('overload.shed.rps')).toBeGreaterThan(0);
    expect(value('halfbody.polls.rps')).toBeGreaterThan(0);
    expect(value('halfbody.closed')).toBeGreaterThan(0);
    const ingestion = results.details.ingestion as { reports: { statusCodes: Record<string, number> } };
    expect(Object.keys(ingestion.reports.statusCodes)).toEqual(['200']);
    const phases = (results.details.eventLoopBlocksByPhase as { phase: string }[]).map((p) => p.phase);
    expect(phases).toEqual(expect.arrayContaining(['many devices', 'report ingestion', 'half bodies', 'overload']));
    // Whether a size is sustained depends on the machine's load; that the fleet ran and polled does not.
    const fleet = results.details.fleet as { steps: { devices: number; polls: number }[] };
    expect(fleet.steps[0].polls).toBeGreaterThan(0);
  });

  it('writes the Markdown table next to the JSON', () => {
    expect(markdown).toContain('| figure | value | unit | target | result |');
    for (const f of results.figures) expect(markdown).toContain(`| ${f.name} |`);
  });
});
