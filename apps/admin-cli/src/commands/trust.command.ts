import { Command } from 'commander';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import { adminClient, type ConnectionOptions } from '../client/admin-client';
import type { PendingTrustAnswer, SignatureUpload } from '../client/api-types';
import { readSigner } from '../keys/key-files';
import { confirmed } from '../output/confirm';
import { printDocument, printJson } from '../output/print';
import { describeProposal } from '../signing/describe-proposal';
import { reviewProposal } from '../signing/review-proposal';
import { fetchPublishedTargets, fetchTrustedRoot } from '../signing/trusted-metadata';

type Opts = ConnectionOptions & { json?: boolean; key?: string; yes?: boolean };

/** `trust show|sign-pending`: the server's trust state, and the targets re-sign after a signer left (D7). */
export function trustCommand(io: CliIo): Command {
  const trust = new Command('trust').description("the server's trust anchors and pending re-signs (D7)");
  trust
    .command('show')
    .description('roots, role keys and thresholds, expiries, pending re-signs')
    .option('--json', 'print JSON')
    .action(async (_o: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<Opts>();
      const state = await adminClient(opts, io).get<unknown>('/admin/v1/trust');
      if (opts.json) printJson(io, state);
      else printDocument(io, state);
    });
  trust
    .command('sign-pending')
    .description('review and sign the pending targets re-sign (after a root rotation removed a release signer)')
    .requiredOption('--key <file>', 'your Ed25519 private key (a targets key of the current root)')
    .option('--yes', 'sign without asking (after the same checks and summary)')
    .action(async (_o: unknown, cmd: Command) => signPending(io, cmd.optsWithGlobals<Opts & { key: string }>()));
  return trust;
}

async function signPending(io: CliIo, opts: Opts & { key: string }): Promise<void> {
  const signer = readSigner(opts.key);
  const client = adminClient(opts, io);
  const { pending } = await client.get<PendingTrustAnswer>('/admin/v1/trust/pending');
  if (!pending) throw new CliError('NOTHING_PENDING', 'no root rotation waits for a targets re-sign');
  // The re-sign is checked against the pending root's targets keys: a replacement signer is only in that one.
  if (!pending.roles.targets.keyids.includes(signer.keyId)) {
    throw new CliError('KEY_NOT_IN_ROOT', `your key ${signer.keyId} is not a targets key of the pending root v${pending.rootVersion}`);
  }
  if (pending.signing.stale) throw new CliError('STALE_PROPOSAL', 'a release was published since this re-sign was built: an engineer reproposes it first');
  const root = await fetchTrustedRoot(client);
  const published = await fetchPublishedTargets(client, root.signed);
  const review = reviewProposal({ signed: pending.signing.signed, payloadBase64: pending.signing.payloadBase64, contents: {}, published: published.signed });
  // A re-sign only renews the signatures over what devices have now: it may not add, change or drop a target.
  if (review.touched.length || review.removed.length) {
    const paths = [...review.touched.map((t) => t.path), ...review.removed].join(', ');
    throw new CliError('PROPOSAL_INVALID', `a re-sign must list exactly the published targets, but this one differs in ${paths}; refusing to sign`);
  }
  for (const line of describeProposal(review)) println(io, line);
  println(
    io,
    `This re-sign lets root v${pending.rootVersion} take effect (targets threshold ${pending.signing.threshold}; signed so far: ${pending.signing.validKeyIds.length}).`,
  );
  if (!opts.yes && !(await confirmed(io, `Re-sign targets v${review.targets.version} with key ${signer.keyId.slice(0, 16)}...?`))) {
    throw new CliError('DECLINED', 'not signed: nothing was uploaded');
  }
  const signature = await signer.sign(review.payload);
  const upload: SignatureUpload = { keyid: signature.keyID, sig: signature.sig };
  const after = await client.post<unknown>('/admin/v1/trust/pending/signatures', upload);
  println(io, 'Signature accepted:');
  printDocument(io, after, '  ');
}
