import { Command } from 'commander';
import { usageError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { printJson, printTable } from '../output/print';

type Opts = ConnectionOptions & { json?: boolean };

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface RolloutDevice {
  deviceId: string;
  status: string;
  code: string | null;
  message: string | null;
  updatedAt: string;
}
interface DeviceEvent {
  at: string;
  rolloutId: string;
  status: string;
  code: string | null;
  message: string | null;
}

/** `devices list --rollout <id> --status failed` and `devices show <id>` (D9: find the 9 failed among a million). */
export function devicesCommand(io: CliIo): Command {
  const devices = new Command('devices').description("devices of a rollout, by status and code, and a device's history");
  const opts = (cmd: Command) => cmd.optsWithGlobals<Opts>();
  devices
    .command('list')
    .description("a rollout's devices, filtered by status and error code")
    .requiredOption('--rollout <id>', 'the rollout')
    .option('--status <status...>', 'offered, downloading, installing, succeeded, failed, rolled-back, cancelled, timed-out')
    .option('--code <code>', 'the error code reported, e.g. BOOT_FAILED')
    .option('--limit <n>', 'at most this many (default: all, fetched page by page)')
    .option('--json', 'print JSON (one array)')
    .action(async (o: { rollout: string; status?: string[]; code?: string; limit?: string }, cmd: Command) => {
      const limit = o.limit === undefined ? Infinity : Number(o.limit);
      if (!(limit > 0) || (limit !== Infinity && !Number.isInteger(limit))) throw usageError(`--limit: expected a whole number above 0, got "${o.limit}"`);
      const client = adminClient(opts(cmd), io);
      const found: RolloutDevice[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams();
        for (const status of o.status ?? []) query.append('status', status);
        if (o.code) query.set('code', o.code);
        query.set('limit', String(Math.min(500, limit - found.length)));
        if (cursor) query.set('cursor', cursor);
        const page: Page<RolloutDevice> = await client.get(`/admin/v1/rollouts/${encodeURIComponent(o.rollout)}/devices?${query}`);
        found.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && found.length < limit);
      if (opts(cmd).json) return printJson(io, found);
      printTable(
        io,
        ['device', 'status', 'code', 'message', 'updated'],
        found.map((d) => [d.deviceId, d.status, d.code, d.message, d.updatedAt]),
      );
      println(io, `${found.length} device(s)`);
    });
  devices
    .command('tag')
    .description("add and remove a device's admin-assigned tags (D8: what a rollout audience's tags match)")
    .argument('<id>', 'device id (the SHA-256 of its public key)')
    .option('--add <tag...>', 'tags to add')
    .option('--remove <tag...>', 'tags to remove')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { add?: string[]; remove?: string[] }, cmd: Command) => {
      if (!o.add && !o.remove) throw usageError('give --add <tag>... and/or --remove <tag>...');
      const client = adminClient(opts(cmd), io);
      const body = { add: o.add ?? [], remove: o.remove ?? [] };
      const result = await client.post<{ deviceId: string; tags: string[]; registered: boolean }>(`/admin/v1/devices/${encodeURIComponent(id)}/tags`, body);
      if (opts(cmd).json) return printJson(io, result);
      println(io, `${result.deviceId}: ${result.tags.join(', ') || '(no tags)'}${result.registered ? '' : ' (not registered yet)'}`);
    });
  devices
    .command('show')
    .description("a device's registry entry and its status history")
    .argument('<id>', 'device id (the SHA-256 of its public key)')
    .option('--json', 'print JSON')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const client = adminClient(opts(cmd), io);
      const device = await client.get<Record<string, unknown>>(`/admin/v1/devices/${encodeURIComponent(id)}`);
      const events = await client.get<Page<DeviceEvent>>(`/admin/v1/devices/${encodeURIComponent(id)}/events?limit=100`);
      if (opts(cmd).json) return printJson(io, { device, events: events.items });
      for (const [key, value] of Object.entries(device)) if (typeof value !== 'object') println(io, `${key}: ${String(value)}`);
      printTable(
        io,
        ['at', 'rollout', 'status', 'code', 'message'],
        events.items.map((e) => [e.at, e.rolloutId, e.status, e.code, e.message]),
      );
    });
  return devices;
}
