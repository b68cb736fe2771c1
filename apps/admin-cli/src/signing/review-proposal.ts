/**
 * What a release signer approves (D7: signers review what they sign), established before anything is signed:
 * the bytes to sign are exactly the canonical JSON of the targets metadata shown; every added or changed target's
 * bytes match the length and sha256 that metadata lists; the manifests among them are parsed from those bytes.
 */
import { canonicalBytes, parseManifest, type OtaManifest } from '@app/manifest';
import { canonicalize } from '@tufjs/canonical-json';
import { Targets, type TargetFile } from '@tufjs/models';
import { createHash } from 'node:crypto';
import { CliError } from '../cli-error';

export interface ReviewedTarget {
  path: string;
  change: 'added' | 'changed';
  length: number;
  sha256: string;
  /** Set for manifest targets: parsed from the verified bytes. */
  manifest?: OtaManifest;
  kind?: string;
}

export interface ProposalReview {
  targets: Targets;
  /** Exactly what gets signed: the canonical JSON of `signed` (equal to the server's payload, checked). */
  payload: Buffer;
  publishedVersion: number;
  touched: ReviewedTarget[];
  removed: string[];
  unchanged: number;
}

export interface ProposalInput {
  signed: Record<string, unknown>;
  payloadBase64: string;
  /** Target bytes by path: the server's `contents`, or the release's own manifest as the server stored it. */
  contents: Record<string, Buffer>;
  published: Targets;
}

export function reviewProposal(input: ProposalInput): ProposalReview {
  const payload = canonicalPayload(input.signed);
  if (!payload.equals(Buffer.from(input.payloadBase64, 'base64'))) {
    refuse(
      'PAYLOAD_MISMATCH',
      'the bytes the server asks you to sign are not the canonical JSON of the targets metadata it shows: it would have you sign something else',
    );
  }
  const targets = parseProposedTargets(input.signed);
  for (const path of Object.keys(input.contents)) {
    if (!targets.targets[path]) refuse('CONTENT_NOT_PROPOSED', `the server sent the bytes of ${path}, which the proposed targets metadata does not list`);
  }
  const touched: ReviewedTarget[] = [];
  let unchanged = 0;
  for (const [path, target] of Object.entries(targets.targets)) {
    const before = input.published.targets[path];
    if (before && sameTarget(before, target)) unchanged += 1;
    else touched.push({ path, change: before ? 'changed' : 'added', length: target.length, sha256: sha256Of(target), kind: kindOf(target) });
  }
  for (const item of touched) {
    const bytes = input.contents[item.path];
    if (bytes) checkBytes(item, bytes, targets.targets[item.path]!);
  }
  // Firmware images are listed beside the manifest that names them by hash (D8): that manifest vouches for them.
  for (const item of touched.filter((t) => !t.manifest && !input.contents[t.path])) {
    const named = touched.some((t) => t.manifest?.images?.some((i) => i.path === item.path && i.sha256 === item.sha256 && i.length === item.length));
    if (!named)
      refuse('TARGET_UNREVIEWABLE', `the proposal ${item.change === 'added' ? 'adds' : 'changes'} ${item.path}, but the server sent no bytes for it to check`);
  }
  const removed = Object.keys(input.published.targets).filter((path) => !targets.targets[path]);
  return { targets, payload, publishedVersion: input.published.version, touched, removed, unchanged };
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function canonicalPayload(signed: Record<string, unknown>): Buffer {
  try {
    return canonicalBytes(signed, 'proposed targets metadata');
  } catch (error) {
    return refuse('PROPOSAL_INVALID', (error as Error).message);
  }
}

function parseProposedTargets(signed: Record<string, unknown>): Targets {
  if (signed._type !== 'targets') refuse('PROPOSAL_INVALID', `expected targets metadata to sign, got _type ${JSON.stringify(signed._type)}`);
  try {
    return Targets.fromJSON(signed as Parameters<typeof Targets.fromJSON>[0]);
  } catch (error) {
    return refuse('PROPOSAL_INVALID', `the proposed targets metadata does not parse: ${(error as Error).message}`);
  }
}

function checkBytes(item: ReviewedTarget, bytes: Buffer, target: TargetFile): void {
  if (bytes.length !== item.length || sha256Hex(bytes) !== item.sha256) {
    refuse(
      'CONTENT_MISMATCH',
      `${item.path}: the metadata lists ${item.length} bytes with sha256 ${item.sha256}, the server showed ${bytes.length} bytes with sha256 ${sha256Hex(bytes)}`,
    );
  }
  if (item.kind !== 'ota-manifest') return;
  try {
    item.manifest = parseManifest(bytes);
  } catch (error) {
    refuse('PROPOSAL_INVALID', `${item.path} is listed as a manifest but is not a valid one: ${(error as Error).message}`);
  }
  // Devices read `custom` to tie an offer to its release (D4): it must describe the manifest it is attached to.
  const custom = target.unrecognizedFields.custom as { stream?: unknown; releaseCounter?: unknown; id?: unknown } | undefined;
  const m = item.manifest!;
  if (custom?.stream !== m.stream || custom?.releaseCounter !== m.releaseCounter || custom?.id !== m.id) {
    refuse(
      'PROPOSAL_INVALID',
      `${item.path}: the target's custom fields ${JSON.stringify(custom)} do not describe its manifest ${m.id} (${m.stream} #${m.releaseCounter})`,
    );
  }
}

function sha256Of(target: TargetFile): string {
  const hash = target.hashes.sha256;
  if (!hash) refuse('PROPOSAL_INVALID', `${target.path} has no sha256 hash (D3 lists every target by sha256)`);
  return hash;
}

function kindOf(target: TargetFile): string | undefined {
  const custom = target.unrecognizedFields.custom as { kind?: unknown } | undefined;
  return typeof custom?.kind === 'string' ? custom.kind : undefined;
}

function sameTarget(a: TargetFile, b: TargetFile): boolean {
  return canonicalize(a.toJSON()) === canonicalize(b.toJSON());
}

function refuse(code: string, message: string): never {
  throw new CliError(code, `${message}; refusing to sign (nothing was signed or uploaded)`);
}
