import { Command } from 'commander';
import { usageError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { printJson, printTable } from '../output/print';
import { planBody, withPlanOptions, type PlanFlags } from '../rollouts/plan-options';
import { printRollout, printRolloutList, type RolloutSummary, type RolloutView } from '../rollouts/rollout-view';
import { watchRollout } from '../rollouts/watch';

type Opts = ConnectionOptions & { json?: boolean };

/** The actions a person takes on a rollout (D4); the server decides who may (roles, two-person rule). */
const ACTIONS: [string, string][] = [
  ['start', 'start a draft rollout at its first stage'],
  ['pause', 'stop offering installs until resumed'],
  ['resume', 'resume a paused rollout (a halted one: approvers, with --reason)'],
  ['halt', 'stop it: no new offers; offered devices that have not started are told to cancel'],
  ['cancel', 'end it for good'],
  ['advance', 'go to the next stage now (a stable rollout needs approval first)'],
  ['approve', 'approve a rollout another person created (two-person rule)'],
];

interface PreviewAnswer {
  audienceSize: number;
  stages: { percent: number; expectedDevices: number }[];
  warnings: string[];
}

/** `rollout list|show|create|preview|watch` and the actions (D4, D9). */
export function rolloutCommand(io: CliIo): Command {
  const rollout = new Command('rollout').description('staged rollouts: create, preview, steer, watch');
  const opts = (cmd: Command) => cmd.optsWithGlobals<Opts>();
  const client = (cmd: Command) => adminClient(opts(cmd), io);
  rollout
    .command('list')
    .description('the latest rollouts, newest first')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) => {
      const rollouts = await client(cmd).get<RolloutSummary[]>('/admin/v1/rollouts');
      if (opts(cmd).json) return printJson(io, rollouts);
      printRolloutList(io, rollouts);
    });
  rollout
    .command('show')
    .description('a rollout: stages with counts, failure rate with its interval, approval')
    .argument('<id>', 'rollout id')
    .option('--json', 'print JSON')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const view = await client(cmd).get<RolloutView>(`/admin/v1/rollouts/${encodeURIComponent(id)}`);
      if (opts(cmd).json) return printJson(io, view);
      printRollout(io, view);
    });
  withPlanOptions(rollout.command('create').description('create a draft rollout of a published release'))
    .option('--json', 'print JSON')
    .action(async (flags: PlanFlags, cmd: Command) => {
      const view = await client(cmd).post<RolloutView>('/admin/v1/rollouts', planBody(flags));
      if (opts(cmd).json) return printJson(io, view);
      printRollout(io, view);
      println(io, `next: "ota-admin rollout preview" shows who it reaches; "ota-admin rollout start ${view.id}" starts it`);
    });
  withPlanOptions(rollout.command('preview').description('who a rollout would reach: audience size and devices per stage, from the registry'))
    .option('--json', 'print JSON')
    .action(async (flags: PlanFlags, cmd: Command) => {
      const preview = await client(cmd).post<PreviewAnswer>('/admin/v1/rollouts/preview', planBody(flags));
      if (opts(cmd).json) return printJson(io, preview);
      println(io, `audience: ${preview.audienceSize} registered device(s)`);
      printTable(
        io,
        ['stage', 'percent', 'expected devices'],
        preview.stages.map((s, i) => [i + 1, s.percent, s.expectedDevices]),
      );
      for (const warning of preview.warnings) println(io, `warning: ${warning}`);
    });
  for (const [action, description] of ACTIONS) {
    rollout
      .command(action)
      .description(description)
      .argument('<id>', 'rollout id')
      .option('--reason <text>', 'why (recorded in the audit log; needed to resume a halted rollout)')
      .option('--json', 'print JSON')
      .action(async (id: string, o: { reason?: string }, cmd: Command) => {
        const view = await client(cmd).post<RolloutView>(`/admin/v1/rollouts/${encodeURIComponent(id)}/${action}`, o.reason ? { reason: o.reason } : {});
        if (opts(cmd).json) return printJson(io, view);
        printRollout(io, view);
      });
  }
  rollout
    .command('clone')
    .description('a new draft with the same release, audience, stages and policy (and a new salt), e.g. after a halt')
    .argument('<id>', 'the rollout to copy')
    .option('--name <name>', "the new rollout's name")
    .option('--supersedes <rolloutId>', 'replace this running rollout when the clone starts')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { name?: string; supersedes?: string }, cmd: Command) => {
      const body = { ...(o.name ? { name: o.name } : {}), ...(o.supersedes ? { supersedes: o.supersedes } : {}) };
      const view = await client(cmd).post<RolloutView>(`/admin/v1/rollouts/${encodeURIComponent(id)}/clone`, body);
      if (opts(cmd).json) return printJson(io, view);
      printRollout(io, view);
    });
  rollout
    .command('watch')
    .description('follow a rollout until it ends: exit 0 when completed, 1 when halted or cancelled (for CI pipelines)')
    .argument('<id>', 'rollout id')
    .option('--interval <seconds>', 'how often to ask the server', '5')
    .option('--timeout <seconds>', 'give up (exit 1) after this long; 0: never', '0')
    .action(async (id: string, o: { interval: string; timeout: string }, cmd: Command) => {
      const seconds = (flag: string, value: string, min: number) => {
        const n = Number(value);
        if (!Number.isFinite(n) || n < min) throw usageError(`${flag}: expected seconds >= ${min}, got "${value}"`);
        return n * 1000;
      };
      await watchRollout(io, client(cmd), id, { intervalMs: seconds('--interval', o.interval, 0.05), timeoutMs: seconds('--timeout', o.timeout, 0) });
    });
  return rollout;
}
