/**
 * The results file: `{ machine, config, figures, notes }` as JSON (bench/results/latest.json) and the same as
 * a Markdown table (bench/results/latest.md). A figure with a target carries `pass`; a miss says so.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface Figure {
  /** Stable identifier (the smoke test looks figures up by it). */
  key: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export interface Results {
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  config: Record<string, unknown>;
  figures: Figure[];
  notes: string[];
  details: Record<string, unknown>;
  startedAt: string;
  totalS: number;
}

/** bench/results, or BENCH_RESULTS_DIR (the smoke test writes to a temporary directory). */
export const resultsDir = () => process.env.BENCH_RESULTS_DIR ?? path.join(__dirname, '..', 'results');

export function figure(key: string, name: string, value: number, unit: string, target?: Target): Figure {
  if (!target) return { key, name, value, unit };
  const pass = target.op === '>=' ? value >= target.value : value <= target.value;
  return { key, name, value, unit, target: `${target.op} ${target.value}`, pass };
}

/** The code measured: the commit, and whether apps/ or libs/ had uncommitted changes (read-only git calls). */
export function codeVersion(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'apps', 'libs') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in apps/ or libs/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function machine(): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** `latest.{json,md}` for a full run; a smoke run writes `smoke.{json,md}` so it never replaces the full table. */
export function writeResults(results: Results, dir = resultsDir()): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = results.config.mode === 'smoke' ? 'smoke' : 'latest';
  const json = path.join(dir, `${base}.json`);
  const md = path.join(dir, `${base}.md`);
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(md, toMarkdown(results));
  return { json, md };
}

export function formatValue(f: Figure): string {
  const v = f.value;
  if (!Number.isFinite(v)) return String(v);
  if (f.unit === 'ratio') return v.toFixed(2);
  if (Number.isInteger(v)) return v.toLocaleString('en');
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en');
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

export function figuresTable(figures: Figure[]): string {
  const rows = figures.map(
    (f) => `| ${f.name} | ${formatValue(f)} | ${f.unit} | ${f.target ?? ''} | ${f.pass === undefined ? '' : f.pass ? 'pass' : '**MISS**'} |`,
  );
  return ['| figure | value | unit | target | result |', '|---|---:|---|---|---|', ...rows].join('\n');
}

function toMarkdown(r: Results): string {
  const m = r.machine;
  const misses = r.figures.filter((f) => f.pass === false);
  return [
    `# OTA server benchmark (${r.config.mode} run)`,
    '',
    `${r.startedAt}, ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; code ${String(r.config.code)}; the run took ${Math.round(r.totalS)} s.`,
    `Produced by \`npm run bench${r.config.mode === 'smoke' ? ' -- --smoke' : ''}\` (bench/README.md says what each figure measures).`,
    '',
    figuresTable(r.figures),
    '',
    misses.length ? `Targets missed: ${misses.map((f) => f.name).join('; ')}.` : 'Every target is met.',
    '',
    '## Notes',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
