import * as fs from 'node:fs';
import { Command } from 'commander';
import { usageError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { printJson, printTable } from '../output/print';

type Opts = ConnectionOptions & { json?: boolean };

interface Group {
  name: string;
  createdAt: string;
  createdBy: string;
  size: number;
  registered: number;
}

/**
 * Device ids from a CSV file: one id per line, or a header row with a `deviceId` column (D8 groups). Blank lines
 * are skipped; the server validates each id (64 lowercase hex digits).
 */
export function deviceIdsFromCsv(text: string): string[] {
  const rows = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (rows.length === 0) return [];
  const header = rows[0].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const column = header.indexOf('deviceId');
  if (column < 0) return rows.map((r) => r.split(',')[0].trim());
  return rows.slice(1).map((r) => (r.split(',')[column] ?? '').trim().replace(/^"|"$/g, ''));
}

/** `groups create <name> --csv <file> | --device <id>...`, `groups list`, `groups show <name>` (D8). */
export function groupsCommand(io: CliIo): Command {
  const groups = new Command('groups').description('static device groups a rollout audience can name');
  const opts = (cmd: Command) => cmd.optsWithGlobals<Opts>();
  groups
    .command('create')
    .description('create a group from a CSV file (one id per line, or a deviceId column) and/or ids given')
    .argument('<name>', 'group name (letters, digits, ".", "_", "-")')
    .option('--csv <file>', 'CSV file of device ids')
    .option('--device <id...>', 'device ids')
    .option('--json', 'print JSON')
    .action(async (name: string, o: { csv?: string; device?: string[] }, cmd: Command) => {
      if (!o.csv && !o.device) throw usageError('give --csv <file> or --device <id>...');
      const ids = [...(o.csv ? deviceIdsFromCsv(fs.readFileSync(o.csv, 'utf8')) : []), ...(o.device ?? [])];
      const group = await adminClient(opts(cmd), io).post<Group>('/admin/v1/groups', { name, deviceIds: ids });
      if (opts(cmd).json) return printJson(io, group);
      println(io, `group ${group.name}: ${group.size} device id(s), ${group.registered} registered`);
    });
  groups
    .command('list')
    .description('every group with its size')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) => {
      const { groups: all } = await adminClient(opts(cmd), io).get<{ groups: Group[] }>('/admin/v1/groups');
      if (opts(cmd).json) return printJson(io, all);
      printTable(
        io,
        ['name', 'devices', 'registered', 'created by', 'created'],
        all.map((g) => [g.name, String(g.size), String(g.registered), g.createdBy, g.createdAt]),
      );
    });
  groups
    .command('show')
    .description('a group and its device ids (first 1000)')
    .argument('<name>', 'group name')
    .option('--json', 'print JSON')
    .action(async (name: string, _o: unknown, cmd: Command) => {
      const group = await adminClient(opts(cmd), io).get<Group & { deviceIds: string[] }>(`/admin/v1/groups/${encodeURIComponent(name)}?limit=1000`);
      if (opts(cmd).json) return printJson(io, group);
      println(io, `group ${group.name}: ${group.size} device id(s), ${group.registered} registered (by ${group.createdBy}, ${group.createdAt})`);
      for (const id of group.deviceIds) println(io, id);
    });
  return groups;
}
