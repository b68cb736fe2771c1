/**
 * `release sign` (D3, D7): check, show, ask, sign, upload. Every check runs before the prompt, and nothing leaves
 * this machine unless all of them pass and the signer says yes.
 */
import type { MetadataSigner } from '@app/manifest';
import { CliError } from '../cli-error';
import { println, warn, type CliIo } from '../cli-io';
import { adminClient, readText, type ConnectionOptions } from '../client/admin-client';
import type { ReleaseView, SignatureUpload } from '../client/api-types';
import { readSigner } from '../keys/key-files';
import { confirmed } from '../output/confirm';
import { describeProposal } from './describe-proposal';
import { reviewProposal, sha256Hex, type ProposalReview } from './review-proposal';
import { fetchPublishedTargets, fetchTrustedRoot, roleKeyIds } from './trusted-metadata';

export interface SignReleaseOptions extends ConnectionOptions {
  key: string;
  manifest?: string[];
  yes?: boolean;
}

export async function signRelease(io: CliIo, id: string, opts: SignReleaseOptions): Promise<void> {
  const signer = readSigner(opts.key);
  const localManifests = (opts.manifest ?? []).map((file) => ({ file, text: readText(file, 'manifest file') }));
  const client = adminClient(opts, io);
  const route = `/admin/v1/releases/${encodeURIComponent(id)}`;
  const release = await client.get<ReleaseView>(route);
  const signing = release.signing;
  if (release.state !== 'proposed' || !signing)
    throw new CliError('NOT_PROPOSED', `release ${id} is ${release.state}; only a proposed release takes signatures`);

  const root = await fetchTrustedRoot(client);
  if (!roleKeyIds(root.signed, 'targets').includes(signer.keyId)) {
    throw new CliError(
      'KEY_NOT_IN_ROOT',
      `your key ${signer.keyId} is not a targets key of root v${root.signed.version}; register it through a root rotation first (D7)`,
    );
  }
  const published = await fetchPublishedTargets(client, root.signed);
  const review = reviewProposal({
    signed: signing.signed,
    payloadBase64: signing.payloadBase64,
    contents: contentsOf(release, io),
    published: published.signed,
  });
  for (const local of localManifests) matchLocalManifest(review, local.file, local.text);

  for (const line of describeProposal(review)) println(io, line);
  println(io);
  println(io, `Signatures so far: ${signing.validKeyIds.length} of ${signing.threshold}. Your key: ${signer.keyId}.`);
  if (signing.stale) warn(io, 'this proposal is stale: another release was published since, so the server will refuse it; ask for a repropose');
  if (signing.validKeyIds.includes(signer.keyId)) {
    println(io, 'Your key has signed this proposal already: nothing to do.');
    return;
  }
  if (!opts.yes && !(await confirmed(io, `Sign targets v${review.targets.version} for release ${release.id} with key ${signer.keyId.slice(0, 16)}...?`))) {
    throw new CliError('DECLINED', 'not signed: nothing was uploaded');
  }
  const after = await client.post<ReleaseView>(`${route}/signatures`, await signatureOf(signer, review));
  reportOutcome(io, after);
}

/**
 * The target bytes to check. Servers that send `contents` give them all; otherwise the release's own manifest is
 * rebuilt as the server stores it (its JSON with 2-space indentation and a newline) and checked against the
 * listed hash like any other bytes, so a server that shows one manifest and proposes another is still caught.
 * With `contents`, the manifest the release shows must be those bytes too: people read the release page.
 */
function contentsOf(release: ReleaseView, io: CliIo): Record<string, Buffer> {
  const shown = Buffer.from(`${JSON.stringify(release.manifest, null, 2)}\n`, 'utf8');
  const sent = release.signing?.contents;
  if (!sent) {
    warn(io, 'the server sent no target contents: checking the release manifest it shows against the signed hash');
    return { [release.targetPath]: shown };
  }
  const contents = Object.fromEntries(Object.entries(sent).map(([path, b64]) => [path, Buffer.from(b64, 'base64')]));
  const proposed = contents[release.targetPath];
  if (proposed && !proposed.equals(shown)) {
    throw new CliError('CONTENT_MISMATCH', `${release.targetPath}: the release shows a manifest other than the bytes proposed for signing`);
  }
  return contents;
}

/** The signer's own copy (e.g. from firmware-manifests/) must be one of the proposed manifests. */
function matchLocalManifest(review: ProposalReview, file: string, text: string): void {
  const hashes = [sha256Hex(Buffer.from(text, 'utf8'))];
  try {
    hashes.push(sha256Hex(Buffer.from(`${JSON.stringify(JSON.parse(text), null, 2)}\n`, 'utf8')));
  } catch {
    // not JSON: only its raw bytes can match
  }
  const match = review.touched.find((t) => hashes.includes(t.sha256));
  if (!match) {
    const proposed = review.touched.map((t) => t.path).join(', ') || 'nothing';
    throw new CliError(
      'MANIFEST_MISMATCH',
      `${file} matches none of the targets this proposal adds or changes (${proposed}); refusing to sign (nothing was uploaded)`,
    );
  }
}

async function signatureOf(signer: MetadataSigner, review: ProposalReview): Promise<SignatureUpload> {
  const signature = await signer.sign(review.payload);
  return { keyid: signature.keyID, sig: signature.sig };
}

function reportOutcome(io: CliIo, after: ReleaseView): void {
  if (after.state === 'published') {
    println(io, `Signature accepted: threshold met, release ${after.id} is published (${after.publishedAt ?? 'now'}).`);
    return;
  }
  const s = after.signing;
  const met = s?.thresholdMet ? 'threshold met' : `threshold not met yet: ${s ? s.threshold - s.validKeyIds.length : '?'} more signer(s) needed`;
  println(io, `Signature accepted: ${s?.validKeyIds.length ?? '?'} of ${s?.threshold ?? '?'} valid signatures; ${met}. Release ${after.id} is ${after.state}.`);
}
