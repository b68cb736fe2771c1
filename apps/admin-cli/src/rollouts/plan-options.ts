/**
 * A rollout plan from flags (D4): audience, stages with soak times, health policy. `--plan <file>` takes the
 * whole body as JSON instead (what `rollout create --json` of another rollout prints can be edited and reused).
 */
import { Command } from 'commander';
import { usageError } from '../cli-error';
import { readText } from '../client/admin-client';

export interface PlanFlags {
  release?: string;
  plan?: string;
  name?: string;
  stages?: string;
  models?: string;
  regions?: string;
  channels?: string;
  firmware?: string;
  tags?: string;
  maxFailureRate?: string;
  minSamples?: string;
  confidence?: string;
  supersedes?: string;
  startAt?: string;
}

/** The flags `rollout create` and `rollout preview` share. */
export function withPlanOptions(cmd: Command): Command {
  return cmd
    .option('--release <id>', 'the published release to roll out')
    .option('--plan <file>', 'the whole create body as JSON (flags below override its fields)')
    .option('--name <name>', 'a name people recognise')
    .option('--stages <list>', 'percent:soakSeconds,... e.g. 1:3600,10:21600,50:86400,100:0')
    .option('--models <list>', 'audience: device models, comma-separated (absent: all)')
    .option('--regions <list>', 'audience: regions, comma-separated (absent: all)')
    .option('--channels <list>', 'audience: channels, comma-separated (absent: all, stable included)')
    .option('--firmware <range>', 'audience: installed firmware, a semver range such as ">=5.0.0 <5.9.0"')
    .option('--tags <list>', 'audience: device tags, comma-separated')
    .option('--max-failure-rate <p>', 'halt above this failure rate, e.g. 0.02')
    .option('--min-samples <n>', 'reports needed before a stage may advance')
    .option('--confidence <c>', 'confidence of the failure-rate interval, e.g. 0.95')
    .option('--supersedes <rolloutId>', 'replace a running rollout whose audience overlaps on the same stream (it is cancelled)')
    .option('--start-at <time>', 'ISO 8601 time (with offset): "rollout start" before it schedules the start for then');
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function numberFlag(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw usageError(`${flag}: expected ${integer ? 'a whole number' : 'a number'}, got "${value}"`);
  return n;
}

function parseStages(value: string): { percent: number; soakSeconds: number }[] {
  return value.split(',').map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?)%?:(\d+)\s*$/.exec(part);
    if (!match) throw usageError(`--stages: expected percent:soakSeconds,... (e.g. 1:3600,100:0), got "${part}"`);
    return { percent: Number(match[1]), soakSeconds: Number(match[2]) };
  });
}

/** The create (or preview) body; the server validates it and names every bad field. */
export function planBody(flags: PlanFlags): Record<string, unknown> {
  const base = flags.plan ? (JSON.parse(readText(flags.plan, 'plan file')) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = { ...base };
  if (flags.release) body.releaseId = flags.release;
  if (!body.releaseId) throw usageError('expected --release <id> (or releaseId in --plan)');
  if (flags.name) body.name = flags.name;
  if (flags.stages) body.stages = parseStages(flags.stages);
  if (!body.stages) throw usageError('expected --stages percent:soakSeconds,... (or stages in --plan)');
  const audience = { ...((base.audience as Record<string, unknown> | undefined) ?? {}) };
  for (const [key, value] of [
    ['models', list(flags.models)],
    ['regions', list(flags.regions)],
    ['channels', list(flags.channels)],
    ['tags', list(flags.tags)],
    ['firmware', flags.firmware],
  ] as const) {
    if (value !== undefined) audience[key] = value;
  }
  if (Object.keys(audience).length) body.audience = audience;
  const policy = { ...((base.policy as Record<string, unknown> | undefined) ?? {}) };
  const max = numberFlag('--max-failure-rate', flags.maxFailureRate, false);
  const samples = numberFlag('--min-samples', flags.minSamples, true);
  const confidence = numberFlag('--confidence', flags.confidence, false);
  if (max !== undefined) policy.maxFailureRate = max;
  if (samples !== undefined) policy.minSamples = samples;
  if (confidence !== undefined) policy.confidence = confidence;
  body.policy = { confidence: 0.95, ...policy };
  if (flags.supersedes) body.supersedes = flags.supersedes;
  if (flags.startAt) body.startAt = flags.startAt;
  return body;
}
