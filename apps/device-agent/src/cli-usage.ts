import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Thrown for arguments the CLI cannot run with: main prints its message (no stack) and exits 2. */
export class UsageError extends Error {}

const KEYS_NOTE = `--keys is the key directory holding the factory CA (the emulator plays the factory), the pinned 1.root.json and
the pinned server TLS CA tls-ca.cert.pem, needed for an https --server (default: $KEYS_DIR or ./keys/dev, what
npm start creates).`;

/** Each command's usage, printed for `ota-agent <command> --help` and with its usage errors. */
export const COMMAND_USAGE = {
  device: `ota-agent device --server URL --dir DIR [--model M --firmware V --region R --channel C] [--keys DIR] [--time-scale f]

Runs one emulated device and its agent until Ctrl-C: manufactured into DIR on first use, then polling,
installing and reporting like a phone. --time-scale 0.01 makes it sleep 0.6 s where the server said 60.`,
  fleet: `ota-agent fleet --server URL --devices N [--models a,b --firmware 5.8.0,5.8.1 --regions cn,in --channels stable]
                [--fail-rate p] [--fail-models a,b] [--user-enabled p] [--factory-reset p] [--duration s]
                [--time-scale f] [--dir DIR] [--keys DIR] [--seed n]

Manufactures N emulated devices (in DIR, else a temporary directory) and runs their agents for --duration
seconds (default 60), then prints the fleet's statuses and settings outcomes. Probabilities are 0..1; the
--time-scale default 0.01 makes a device sleep 0.6 s where the server said 60.`,
  inspect: `ota-agent inspect --dir DIR

Prints an emulated device's settings with their source, factory default and consent record.`,
} as const;
export type Command = keyof typeof COMMAND_USAGE;

export const USAGE = `ota-agent: the device-side agent and fleet emulator

  ${COMMAND_USAGE.device.split('\n')[0]}
  ${COMMAND_USAGE.fleet.split('\n\n')[0].replace(/\n {16}/g, '\n                  ')}
  ${COMMAND_USAGE.inspect.split('\n')[0]}

Every command takes --help.

${KEYS_NOTE}`;

/** `--help` or `-h` anywhere among a command's arguments. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** parseArgs, with an unknown or malformed option told as a usage error that shows the command's usage. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(command: Command, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${COMMAND_USAGE[command]}`);
  }
}

/** The command's usage for --help (exit 0). */
export function helpFor(command: Command, out: NodeJS.WritableStream): number {
  out.write(`${COMMAND_USAGE[command]}\n${command === 'inspect' ? '' : `\n${KEYS_NOTE}\n`}`);
  return 0;
}
