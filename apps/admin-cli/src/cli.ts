/**
 * `ota-admin`: the signers' and release engineers' CLI (D7, D9). `runCli` runs one command line in-process and
 * resolves with the exit code: 0 done, 1 refused or failed (`ota-admin: <code>: <message>`), 2 usage.
 */
import { CodedError } from '@app/protocol';
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_USAGE } from './cli-error';
import type { CliIo } from './cli-io';
import { auditCommand } from './commands/audit.command';
import { devicesCommand } from './commands/devices.command';
import { groupsCommand } from './commands/groups.command';
import { keysCommand } from './commands/keys.command';
import { peopleCommands } from './commands/people.command';
import { releaseCommand } from './commands/release.command';
import { rolloutCommand } from './commands/rollout.command';
import { rootCommand, targetsCommand } from './commands/root.command';
import { trustCommand } from './commands/trust.command';

export type { CliIo } from './cli-io';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(io, error);
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('ota-admin')
    .description("the signers' and release engineers' CLI: keys, releases and their signatures, rollouts, devices, audit, the root key ceremony, people")
    .option('--server <url>', 'the OTA server (default: $OTA_SERVER)')
    .option('--token <token>', 'admin bearer token (default: $OTA_TOKEN, which keeps it out of the process list)')
    .option('--ca <file>', 'PEM of the CA to pin for an https server (default: $OTA_CA)')
    // Commander's own errors (unknown command or option, missing argument) become exit code 2 below.
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(add --help for usage)');
  program.addCommand(keysCommand(io));
  program.addCommand(releaseCommand(io));
  program.addCommand(rolloutCommand(io));
  program.addCommand(devicesCommand(io));
  program.addCommand(groupsCommand(io));
  program.addCommand(auditCommand(io));
  program.addCommand(rootCommand(io));
  program.addCommand(targetsCommand(io));
  program.addCommand(trustCommand(io));
  for (const command of peopleCommands(io)) program.addCommand(command);
  inheritSettings(program, io);
  return program;
}

/** addCommand does not copy exitOverride and the output streams into subcommands: every level gets them. */
function inheritSettings(command: Command, io: CliIo): void {
  for (const sub of command.commands) {
    sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    sub.showHelpAfterError('(add --help for usage)');
    inheritSettings(sub, io);
  }
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; its message has been printed already.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return EXIT_USAGE;
  }
  if (error instanceof CodedError) {
    io.stderr.write(`ota-admin: ${error.code}: ${error.message}\n`);
    for (const field of error.errors) io.stderr.write(`  - ${field.path || '(document)'}: ${field.message}\n`);
    return 'exitCode' in error && typeof error.exitCode === 'number' ? error.exitCode : EXIT_FAILURE;
  }
  // A bug, not a usage or server error: the stack helps whoever fixes it.
  io.stderr.write(`ota-admin: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_FAILURE;
}
