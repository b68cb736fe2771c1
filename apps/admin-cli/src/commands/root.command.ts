import { DEFAULT_EXPIRY_DAYS, signatureStatus } from '@app/manifest';
import { Command } from 'commander';
import { Metadata, Targets } from '@tufjs/models';
import { CliError, usageError } from '../cli-error';
import { println, warn, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import { readRootFile, readTargetsFile, replaceMetadata, writeNewMetadata } from '../ceremony/metadata-file';
import { SPEC_VERSION, buildRoot, expiresIn, roleAssignment, rotateRoot, type RootChanges } from '../ceremony/root-build';
import { addRootSignature, addSignature, describeCheck, rootChecks } from '../ceremony/root-signatures';
import { readPublicKey, readSigner } from '../keys/key-files';
import { printDocument, printJson } from '../output/print';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const whole = (flag: string) => (text: string) => {
  if (!/^\d+$/.test(text)) throw usageError(`${flag}: expected a whole number, got "${text}"`);
  return Number(text);
};

/** `root init|rotate|sign|verify|push`: the offline key ceremony (D7); only `push` talks to the server. */
export function rootCommand(io: CliIo): Command {
  const root = new Command('root').description('the root key ceremony: offline except push (D7)');
  root
    .command('init')
    .description("write an unsigned first root from the keyholders' public keys")
    .requiredOption('--out <file>', 'the root file to create, e.g. 1.root.json')
    .requiredOption('--root-key <pub...>', "root keyholders' public key files")
    .requiredOption('--root-threshold <n>', 'root signatures needed', whole('--root-threshold'))
    .requiredOption('--targets-key <pub...>', "release signers' public key files")
    .requiredOption('--targets-threshold <n>', 'release signatures needed (2: the two-person rule)', whole('--targets-threshold'))
    .requiredOption('--snapshot-key <pub>', "the server's online snapshot public key")
    .requiredOption('--timestamp-key <pub>', "the server's online timestamp public key")
    .option('--expires-days <days>', 'lifetime', whole('--expires-days'), DEFAULT_EXPIRY_DAYS.root)
    .option('--version <n>', 'root version', whole('--version'), 1)
    .action(
      (o: {
        out: string;
        rootKey: string[];
        rootThreshold: number;
        targetsKey: string[];
        targetsThreshold: number;
        snapshotKey: string;
        timestampKey: string;
        expiresDays: number;
        version: number;
      }) => {
        const keys = (files: string[]) => files.map(readPublicKey);
        const metadata = buildRoot(
          {
            root: { keys: keys(o.rootKey), threshold: o.rootThreshold },
            targets: { keys: keys(o.targetsKey), threshold: o.targetsThreshold },
            snapshot: { keys: keys([o.snapshotKey]), threshold: 1 },
            timestamp: { keys: keys([o.timestampKey]), threshold: 1 },
          },
          o.version,
          o.expiresDays,
          new Date(),
        );
        writeNewMetadata(o.out, metadata);
        println(io, `wrote unsigned root v${metadata.signed.version} to ${o.out}, expiring ${metadata.signed.expires}`);
        println(io, `next: ${o.rootThreshold} root keyholder(s) run "ota-admin root sign ${o.out} --key <their key>"`);
      },
    );
  root
    .command('rotate')
    .description('write an unsigned root N+1 from root N')
    .requiredOption('--from <file>', 'the current root, N.root.json')
    .requiredOption('--out <file>', 'the new root file, e.g. N+1.root.json')
    .option('--add-key <role=pub>', 'add a key to a role (repeatable)', collect)
    .option('--remove-key <role=keyid>', 'remove a key from a role (repeatable)', collect)
    .option('--threshold <role=n>', "set a role's threshold (repeatable)", collect)
    .option('--expires-days <days>', 'lifetime', whole('--expires-days'), DEFAULT_EXPIRY_DAYS.root)
    .action((o: { from: string; out: string; addKey?: string[]; removeKey?: string[]; threshold?: string[]; expiresDays: number }) => {
      const previous = readRootFile(o.from);
      const changes: RootChanges = {
        add: (o.addKey ?? []).map((a) => roleAssignment(a, '--add-key')).map(({ role, value }) => ({ role, key: readPublicKey(value) })),
        remove: (o.removeKey ?? []).map((a) => roleAssignment(a, '--remove-key')).map(({ role, value }) => ({ role, keyId: value })),
        thresholds: (o.threshold ?? [])
          .map((a) => roleAssignment(a, '--threshold'))
          .map(({ role, value }) => ({ role, threshold: whole('--threshold')(value) })),
        expiresDays: o.expiresDays,
      };
      const next = rotateRoot(previous.signed, changes, new Date());
      writeNewMetadata(o.out, next);
      println(io, `wrote unsigned root v${next.signed.version} to ${o.out}, expiring ${next.signed.expires}`);
      println(
        io,
        `next: root keyholders of v${previous.signed.version} and of v${next.signed.version} run "ota-admin root sign ${o.out} --key <key> --previous ${o.from}"`,
      );
      if (changes.remove.some((r) => r.role === 'targets'))
        println(io, 'a release signer was removed: after the push, the current targets must be re-signed ("ota-admin trust sign-pending")');
    });
  root
    .command('sign')
    .description("add this keyholder's signature to a root file, in place")
    .argument('<file>', 'the root file')
    .requiredOption('--key <private>', 'your root private key')
    .option('--previous <file>', 'for a rotation: the root this one replaces (its keys may sign too)')
    .action(async (file: string, o: { key: string; previous?: string }) => {
      const metadata = readRootFile(file);
      const previous = o.previous ? readRootFile(o.previous) : undefined;
      const signer = readSigner(o.key);
      await addRootSignature(metadata, signer, previous);
      replaceMetadata(file, metadata);
      println(io, `signed root v${metadata.signed.version} in ${file} with key ${signer.keyId}`);
      for (const check of rootChecks(metadata, previous)) println(io, describeCheck(check));
    });
  root
    .command('verify')
    .description('which root thresholds a root file meets; exits 1 unless all')
    .argument('<file>', 'the root file')
    .option('--previous <file>', 'the root this one replaces (required for v2 and later)')
    .option('--json', 'print JSON')
    .action((file: string, o: { previous?: string; json?: boolean }) => {
      const metadata = readRootFile(file);
      const checks = rootChecks(metadata, o.previous ? readRootFile(o.previous) : undefined);
      const unchecked = metadata.signed.version > 1 && !o.previous;
      if (o.json) printJson(io, { version: metadata.signed.version, expires: metadata.signed.expires, checks, previousChecked: !unchecked });
      else {
        println(io, `root v${metadata.signed.version}, expires ${metadata.signed.expires}, consistent_snapshot ${metadata.signed.consistentSnapshot}`);
        for (const check of checks) println(io, describeCheck(check));
        if (unchecked) println(io, `previous root keys: not checked: pass --previous ${metadata.signed.version - 1}.root.json`);
      }
      if (unchecked || checks.some((c) => !c.status.thresholdMet))
        throw new CliError('THRESHOLD_NOT_MET', `root v${metadata.signed.version} is not signed by every threshold it needs yet`);
    });
  root
    .command('push')
    .description('submit a signed root to the server (admin); it serves it as N.root.json from then on (D7)')
    .argument('<file>', 'the signed root file')
    .option('--json', 'print JSON')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ConnectionOptions & { json?: boolean }>();
      const metadata = readRootFile(file);
      const state = await adminClient(opts, io).post<unknown>('/admin/v1/trust/root', metadata.toJSON());
      if (opts.json) return printJson(io, state);
      println(io, `root v${metadata.signed.version} accepted; trust state now:`);
      printDocument(io, state, '  ');
    });
  return root;
}

/** `targets init|sign`: the ceremony's first targets metadata, signed offline by release signers (D3). */
export function targetsCommand(io: CliIo): Command {
  const targets = new Command('targets').description("the ceremony's first targets metadata (offline)");
  targets
    .command('init')
    .description('write an empty, unsigned targets v1 for a new repository')
    .requiredOption('--out <file>', 'the targets file to create, e.g. 1.targets.json')
    .option('--expires-days <days>', 'lifetime', whole('--expires-days'), DEFAULT_EXPIRY_DAYS.targets)
    .action((o: { out: string; expiresDays: number }) => {
      const metadata = new Metadata(new Targets({ version: 1, specVersion: SPEC_VERSION, expires: expiresIn(new Date(), o.expiresDays) }));
      writeNewMetadata(o.out, metadata);
      println(io, `wrote unsigned targets v1 to ${o.out}, expiring ${metadata.signed.expires}`);
    });
  targets
    .command('sign')
    .description("add this release signer's signature to a targets file, in place")
    .argument('<file>', 'the targets file')
    .requiredOption('--key <private>', 'your release signing private key')
    .option('--root <file>', 'the root that must list your key as a targets key (reports the threshold)')
    .action(async (file: string, o: { key: string; root?: string }) => {
      const metadata = readTargetsFile(file);
      const signer = readSigner(o.key);
      const root = o.root ? readRootFile(o.root) : undefined;
      if (root && !root.signed.roles.targets?.keyIDs.includes(signer.keyId)) {
        throw new CliError('KEY_NOT_IN_ROOT', `key ${signer.keyId} is not a targets key of root v${root.signed.version}; refusing to sign`);
      }
      if (!root) warn(io, 'no --root given: not checking that your key is a targets key');
      await addSignature(metadata, signer);
      replaceMetadata(file, metadata);
      println(io, `signed targets v${metadata.signed.version} in ${file} with key ${signer.keyId}`);
      if (root) {
        const status = signatureStatus(root.signed, 'targets', metadata);
        println(
          io,
          `targets keys (root v${root.signed.version}): ${status.validKeyIds.length} of ${status.threshold} needed: ${status.thresholdMet ? 'met' : 'NOT met'}`,
        );
      }
    });
  return targets;
}
