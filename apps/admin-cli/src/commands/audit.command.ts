import * as fs from 'node:fs';
import { Command } from 'commander';
import { CliError, usageError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { printJson, printTable } from '../output/print';

type Opts = ConnectionOptions & { json?: boolean };
interface Filters {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}
interface Entry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
}

const withFilters = (cmd: Command) =>
  cmd
    .option('--actor <name>', 'who did it (a user name, or engine/system)')
    .option('--action <action>', 'e.g. rollout.approve, release.sign')
    .option('--target <target>', 'e.g. rollout:<id>')
    .option('--from <time>', 'ISO 8601 time, inclusive')
    .option('--to <time>', 'ISO 8601 time, exclusive');

function query(f: Filters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(extra);
  for (const key of ['actor', 'action', 'target', 'from', 'to'] as const) if (f[key]) q.set(key, f[key]!);
  return q.toString();
}

/** `audit list|verify|export` (D5: who did what, in a hash chain anyone can verify). */
export function auditCommand(io: CliIo): Command {
  const audit = new Command('audit').description('the append-only, hash-chained audit log');
  const opts = (cmd: Command) => cmd.optsWithGlobals<Opts>();
  withFilters(audit.command('list').description('audit entries, oldest first'))
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON')
    .action(async (f: Filters & { limit: string }, cmd: Command) => {
      const entries = await adminClient(opts(cmd), io).get<Entry[]>(`/admin/v1/audit?${query(f, { limit: f.limit })}`);
      if (opts(cmd).json) return printJson(io, entries);
      printTable(
        io,
        ['seq', 'at', 'actor', 'action', 'target'],
        entries.map((e) => [e.seq, e.at, e.actor, e.action, e.target]),
      );
    });
  audit
    .command('verify')
    .description('recompute the hash chain; exit 1 where it is broken')
    .action(async (_o: unknown, cmd: Command) => {
      const result = await adminClient(opts(cmd), io).get<{ ok: boolean; entries: number; brokenAt?: number; reason?: string }>('/admin/v1/audit/verify');
      if (!result.ok) throw new CliError('AUDIT_BROKEN', `the chain breaks at entry ${result.brokenAt}: ${result.reason}`);
      println(io, `audit log verified: ${result.entries} entries, chain intact`);
    });
  withFilters(audit.command('export').description('the audit log as NDJSON or CSV, for a SIEM or a spreadsheet'))
    .option('--format <format>', 'ndjson or csv', 'ndjson')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (f: Filters & { format: string; out?: string }, cmd: Command) => {
      if (!['ndjson', 'csv'].includes(f.format)) throw usageError(`--format: expected ndjson or csv, got "${f.format}"`);
      const text = await adminClient(opts(cmd), io).getText(`/admin/v1/audit/export?${query(f, { format: f.format })}`);
      if (f.out) fs.writeFileSync(f.out, text);
      else io.stdout.write(text);
    });
  return audit;
}
