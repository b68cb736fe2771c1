import { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { println } from '../cli-io';
import { adminClient, readText, type ConnectionOptions } from '../client/admin-client';
import type { ReleaseSummary, ReleaseView } from '../client/api-types';
import { CliError } from '../cli-error';
import { printJson, printTable } from '../output/print';
import { signRelease } from '../signing/sign-release';

type Opts = ConnectionOptions & { json?: boolean };

/** `release list|show|create|sign` (D3: a manifest becomes a proposed targets version that signers sign). */
export function releaseCommand(io: CliIo): Command {
  const release = new Command('release').description('releases: list, show, create from a manifest, sign');
  release
    .command('list')
    .description('the latest releases, newest first')
    .option('--json', 'print JSON')
    .action(async (_opts: Opts, cmd: Command) => {
      const opts = cmd.optsWithGlobals<Opts>();
      const releases = await adminClient(opts, io).get<ReleaseSummary[]>('/admin/v1/releases');
      if (opts.json) return printJson(io, releases);
      printTable(
        io,
        ['id', 'stream', 'counter', 'firmware', 'state', 'created', 'published'],
        releases.map((r) => [r.id, r.stream, r.releaseCounter, r.firmwareVersion, r.state, r.createdAt, r.publishedAt]),
      );
    });
  release
    .command('show')
    .description('a release with its manifest and, while proposed, its signatures so far')
    .argument('<id>', 'release id')
    .option('--json', 'print JSON')
    .action(async (id: string, _opts: Opts, cmd: Command) => {
      const opts = cmd.optsWithGlobals<Opts>();
      const view = await adminClient(opts, io).get<ReleaseView>(`/admin/v1/releases/${encodeURIComponent(id)}`);
      if (opts.json) return printJson(io, view);
      printRelease(io, view);
    });
  release
    .command('create')
    .description('create a release from a manifest file (firmware-manifests/); the server proposes it for signing')
    .argument('<manifest>', 'the manifest JSON file')
    .option('--json', 'print JSON')
    .action(async (file: string, _opts: Opts, cmd: Command) => {
      const opts = cmd.optsWithGlobals<Opts>();
      const view = await adminClient(opts, io).post<ReleaseView>('/admin/v1/releases', { manifest: parseJsonFile(file) });
      if (opts.json) return printJson(io, view);
      printRelease(io, view);
      if (view.state === 'proposed') println(io, `next: each release signer runs "ota-admin release sign ${view.id} --key <their key>"`);
    });
  release
    .command('sign')
    .description('review a proposed release in words, then sign it with your key and upload the signature (D7)')
    .argument('<id>', 'release id')
    .requiredOption('--key <file>', 'your Ed25519 private key (a targets key of the current root)')
    .option('--manifest <file...>', 'local manifest file(s) the proposal must contain, byte for byte or as the server normalises them')
    .option('--yes', 'sign without asking (after the same checks and summary)')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await signRelease(io, id, cmd.optsWithGlobals());
    });
  return release;
}

function printRelease(io: CliIo, view: ReleaseView): void {
  printTable(
    io,
    ['field', 'value'],
    [
      ['id', view.id],
      ['manifest', view.manifestId],
      ['stream', view.stream],
      ['release counter', view.releaseCounter],
      ['firmware', view.firmwareVersion],
      ['target', view.targetPath],
      ['state', view.state],
      ['created', `${view.createdAt} by ${view.createdBy}`],
      ['published', view.publishedAt ?? '-'],
      ...(view.signing
        ? [
            ['targets version', `${view.signing.targetsVersion}${view.signing.stale ? ' (stale: repropose)' : ''}`],
            ['signatures', `${view.signing.validKeyIds.length} of ${view.signing.threshold}${view.signing.thresholdMet ? ' (threshold met)' : ''}`],
          ]
        : []),
    ],
  );
}

export function parseJsonFile(file: string): unknown {
  const text = readText(file, 'JSON file');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('INVALID_JSON', `${file} is not JSON: ${(error as Error).message}`);
  }
}
