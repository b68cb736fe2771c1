import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Agent } from './agent/agent';
import { EmulatedDevice } from './device/emulated-device';
import { Fleet } from './fleet/fleet';
import { DEFAULT_MIX, type FleetMix } from './fleet/fleet-plan';
import { formatSummary, table } from './fleet/fleet-summary';
import { helpFor, parseCommand, USAGE, UsageError, wantsHelp, type Command } from './cli-usage';

export { UsageError };

/** Runs one CLI command; resolves with the process exit code. */
export async function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [command, ...rest] = argv;
  if (isCommand(command) && wantsHelp(rest)) return helpFor(command, out);
  if (command === 'help' && isCommand(rest[0])) return helpFor(rest[0], out);
  switch (command) {
    case 'device':
      return runDevice(rest, out);
    case 'fleet':
      return runFleet(rest, out);
    case 'inspect':
      return inspect(rest, out);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      out.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

const isCommand = (c: string | undefined): c is Command => c === 'device' || c === 'fleet' || c === 'inspect';

function keysFrom(dir: string | undefined) {
  const keysDir = path.resolve(dir ?? process.env.KEYS_DIR ?? 'keys/dev');
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(keysDir, file), 'utf8');
    } catch {
      throw new UsageError(`cannot read ${file} in ${keysDir}: run "npm run keys:init" (or npm start) first, or pass --keys`);
    }
  };
  // The server TLS CA is pinned when the key directory has one (keys:init makes it): devices then reach an https server.
  const tlsCa = path.join(keysDir, 'tls-ca.cert.pem');
  return {
    factoryCa: { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') },
    pinnedRootJson: read('1.root.json'),
    ...(fs.existsSync(tlsCa) ? { pinnedServerCaPem: fs.readFileSync(tlsCa, 'utf8') } : {}),
  };
}

function untilSignal(): AbortController {
  const controller = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
  return controller;
}

async function runDevice(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand('device', args, {
    server: { type: 'string' },
    dir: { type: 'string' },
    model: { type: 'string', default: 'mi-4' },
    firmware: { type: 'string', default: '5.8.0' },
    region: { type: 'string', default: 'sg' },
    channel: { type: 'string', default: 'stable' },
    keys: { type: 'string' },
    'time-scale': { type: 'string', default: '1' },
  });
  if (!values.server || !values.dir) throw new UsageError('device needs --server URL and --dir DIR');
  const dir = path.resolve(values.dir);
  if (!fs.existsSync(path.join(dir, 'slots.json'))) {
    const profile = { model: values.model!, firmwareVersion: values.firmware!, region: values.region!, channel: values.channel! };
    await EmulatedDevice.manufacture({ dir, profile, ...keysFrom(values.keys), now: new Date() });
    out.write(`manufactured ${profile.model} ${profile.firmwareVersion} in ${dir}\n`);
  }
  const device = await EmulatedDevice.open(dir);
  out.write(`device ${device.id.slice(0, 16)}... running ${device.profile().firmwareVersion}; Ctrl-C stops\n`);
  const agent = new Agent({
    serverUrl: values.server,
    device,
    timeScale: Number(values['time-scale']),
    onEvent: (e) => out.write(`${new Date().toISOString()} ${JSON.stringify(e)}\n`),
  });
  await agent.run(untilSignal().signal);
  return 0;
}

const list = (v: string | undefined, fallback: string[]) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : fallback;
function probability(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const p = Number(v);
  if (!(p >= 0 && p <= 1)) throw new UsageError(`--${name} must be a probability between 0 and 1, got ${v}`);
  return p;
}

export function fleetMixFrom(values: Record<string, string | undefined>): FleetMix {
  return {
    models: list(values.models, DEFAULT_MIX.models),
    firmware: list(values.firmware, DEFAULT_MIX.firmware),
    regions: list(values.regions, DEFAULT_MIX.regions),
    channels: list(values.channels, DEFAULT_MIX.channels),
    failRate: probability('fail-rate', values['fail-rate'], DEFAULT_MIX.failRate),
    failModels: list(values['fail-models'], []),
    userEnabled: probability('user-enabled', values['user-enabled'], DEFAULT_MIX.userEnabled),
    factoryReset: probability('factory-reset', values['factory-reset'], DEFAULT_MIX.factoryReset),
  };
}

async function runFleet(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const opts = [
    'server',
    'devices',
    'models',
    'firmware',
    'regions',
    'channels',
    'fail-rate',
    'fail-models',
    'user-enabled',
    'factory-reset',
    'duration',
    'time-scale',
    'dir',
    'keys',
    'seed',
  ];
  const { values } = parseCommand('fleet', args, Object.fromEntries(opts.map((o) => [o, { type: 'string' as const }])));
  const devices = Number(values.devices);
  if (!values.server || !Number.isInteger(devices) || devices < 1) throw new UsageError('fleet needs --server URL and --devices N (N >= 1)');
  const duration = Number(values.duration ?? 60);
  const mix = fleetMixFrom(values);
  const keys = keysFrom(values.keys);
  const dir = path.resolve(values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ota-fleet-')));
  out.write(`manufacturing ${devices} devices in ${dir} ...\n`);
  const fleet = await Fleet.create({
    serverUrl: values.server,
    devices,
    dir,
    ...keys,
    mix,
    timeScale: Number(values['time-scale'] ?? 0.01),
    seed: Number(values.seed ?? 1),
  });
  const controller = untilSignal();
  const timer = setTimeout(() => controller.abort(), duration * 1000);
  const live = (out as NodeJS.WriteStream).isTTY ? setInterval(() => out.write(`\r${progressLine(fleet.summary().byStatus)}   `), 500) : undefined;
  const summary = await fleet.run(controller.signal);
  clearTimeout(timer);
  clearInterval(live);
  out.write(`${live ? '\n' : ''}${formatSummary(summary)}\n`);
  return 0;
}

export function progressLine(byStatus: Record<string, number>): string {
  return Object.entries(byStatus)
    .sort()
    .map(([s, n]) => `${s}: ${n}`)
    .join('  ');
}

async function inspect(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand('inspect', args, { dir: { type: 'string' } });
  if (!values.dir) throw new UsageError('inspect needs --dir DIR');
  const device = await EmulatedDevice.open(path.resolve(values.dir));
  const state = await device.settings();
  const p = device.profile();
  out.write(`device ${device.id}\n${p.model} firmware ${p.firmwareVersion}, channel ${p.channel}, region ${p.region}\n\n`);
  const keys = [...new Set([...Object.keys(state.factoryDefaults), ...Object.keys(state.settings)])].sort();
  const rows = keys.map((k) => {
    const s = state.settings[k];
    return [
      k,
      JSON.stringify(s ? s.value : state.factoryDefaults[k]),
      s ? s.source : 'factory-default',
      JSON.stringify(state.factoryDefaults[k] ?? null),
      s?.consent ? `${s.consent.surface} @ ${s.consent.at}` : '-',
    ];
  });
  out.write(`${table(['setting', 'value', 'source', 'factory default', 'consent'], rows)}\n`);
  const counters = Object.entries(state.releaseCounters);
  if (counters.length) out.write(`\nreleases applied: ${counters.map(([s, n]) => `${s} #${n}`).join(', ')}\n`);
  return 0;
}
