/**
 * What an attacker (or a broken server) holding some keys can produce. Built directly on @tufjs/models, not
 * on this lib's builder, which refuses to make most of it.
 */
import { Metadata, MetadataKind, type Signature } from '@tufjs/models';
import { createHash } from 'node:crypto';
import type { MetadataSigner } from '../tuf/signers';

type Json = { [key: string]: unknown };

/** Re-signs metadata `json` with `signers` only, after `edit` changed its signed part. */
export function forge(json: string, signers: readonly MetadataSigner[], edit: (signed: Json) => void = () => undefined): string {
  const doc = JSON.parse(json) as { signed: Json };
  edit(doc.signed);
  const kind = doc.signed._type as MetadataKind.Root;
  const metadata = Metadata.fromJSON(kind, { signed: doc.signed as never, signatures: [] });
  for (const signer of signers) metadata.sign((data) => signer.sign(data) as Signature);
  return JSON.stringify(metadata.toJSON());
}

/** Replaces the signatures of `json` without re-signing (e.g. one valid signature listed twice). */
export function withSignatures(json: string, signatures: readonly unknown[]): string {
  const doc = JSON.parse(json) as Json;
  return JSON.stringify({ ...doc, signatures });
}

export function signaturesOf(json: string): Array<{ keyid: string; sig: string }> {
  return (JSON.parse(json) as { signatures: Array<{ keyid: string; sig: string }> }).signatures;
}

/** The snapshot/timestamp `meta` entry for metadata `json`: its version, length and SHA-256. */
export function metaFor(json: string): Json {
  const bytes = Buffer.from(json, 'utf8');
  const version = (JSON.parse(json) as { signed: { version: number } }).signed.version;
  return { version, length: bytes.length, hashes: { sha256: createHash('sha256').update(bytes).digest('hex') } };
}

/** A snapshot (version `version`) over `targetsJson` and a timestamp over it, signed with the given online keys. */
export function forgeOnline(
  templates: { snapshot: string; timestamp: string },
  targetsJson: string,
  version: number,
  signers: { snapshot: MetadataSigner; timestamp: MetadataSigner },
): { snapshot: string; timestamp: string } {
  const snapshot = forge(templates.snapshot, [signers.snapshot], (signed) => {
    signed.version = version;
    signed.meta = { 'targets.json': metaFor(targetsJson) };
  });
  const timestamp = forge(templates.timestamp, [signers.timestamp], (signed) => {
    signed.version = version;
    signed.meta = { 'snapshot.json': metaFor(snapshot) };
  });
  return { snapshot, timestamp };
}
