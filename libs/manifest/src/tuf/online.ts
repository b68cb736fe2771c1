/**
 * The online roles (D3): snapshot and timestamp are signed by keys the server holds, whenever targets change
 * and again before they expire. Nothing here runs on the device poll path; callers cache the result (D6).
 */
import { MetaFile, Metadata, Snapshot, Timestamp, type Root } from '@tufjs/models';
import { createHash } from 'node:crypto';
import { assertThreshold, roleKeys, signMetadata } from './signatures';
import type { MetadataSigner } from './signers';
import {
  DEFAULT_EXPIRY_DAYS,
  SPEC_VERSION,
  currentRoot,
  expiresAfter,
  parseSnapshot,
  parseTargets,
  parseTimestamp,
  serializeMetadata,
  type ExpiryDays,
  type OnlineRole,
  type RepositoryState,
} from './state';

export interface OnlineSigners {
  snapshot: MetadataSigner;
  timestamp: MetadataSigner;
}

export interface OnlineOptions {
  now: Date;
  expiryDays?: Partial<ExpiryDays>;
}

/** Length and SHA-256 of the exact bytes served, so clients check them before parsing (TUF 5.5.2, 5.6.2). */
export function metaFileFor(version: number, json: string): MetaFile {
  const bytes = Buffer.from(json, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return new MetaFile({ version, length: bytes.length, hashes: { sha256 } });
}

/** Snapshot `snapshotVersion` naming `targetsJson`, and timestamp `timestampVersion` naming that snapshot. */
export async function signSnapshotAndTimestamp(
  root: Root,
  targetsJson: string,
  versions: { snapshot: number; timestamp: number },
  signers: OnlineSigners,
  options: OnlineOptions,
): Promise<{ snapshot: string; timestamp: string }> {
  const days = { ...DEFAULT_EXPIRY_DAYS, ...options.expiryDays };
  const targetsVersion = parseTargets(targetsJson).signed.version;
  const snapshot = new Metadata(
    new Snapshot({
      version: versions.snapshot,
      specVersion: SPEC_VERSION,
      expires: expiresAfter(options.now, days.snapshot),
      meta: { 'targets.json': metaFileFor(targetsVersion, targetsJson) },
    }),
  );
  const snapshotJson = await signOnline(root, 'snapshot', snapshot, signers.snapshot);
  const snapshotMeta = metaFileFor(versions.snapshot, snapshotJson);
  const timestamp = await signTimestamp(root, snapshotMeta, versions.timestamp, signers.timestamp, options);
  return { snapshot: snapshotJson, timestamp };
}

/**
 * A fresh snapshot and timestamp over the current targets: the periodic re-sign before the snapshot expires,
 * and the step after a root rotation that replaced the online keys.
 */
export async function resignSnapshot(state: RepositoryState, signers: OnlineSigners, options: OnlineOptions): Promise<RepositoryState> {
  const root = currentRoot(state).signed;
  // Never vouch for targets that clients would reject (e.g. after a rotation replaced the targets keys).
  assertThreshold(root, 'targets', parseTargets(state.targets), 'current targets');
  const versions = {
    snapshot: parseSnapshot(state.snapshot).signed.version + 1,
    timestamp: parseTimestamp(state.timestamp).signed.version + 1,
  };
  const signed = await signSnapshotAndTimestamp(root, state.targets, versions, signers, options);
  return { ...state, ...signed, previous: { snapshot: state.snapshot, targets: state.targets } };
}

/** The periodic timestamp re-sign (D3): same snapshot, version + 1, new expiry (default 1 day). */
export async function resignTimestamp(state: RepositoryState, signer: MetadataSigner, options: OnlineOptions): Promise<RepositoryState> {
  const current = parseTimestamp(state.timestamp).signed;
  const root = currentRoot(state).signed;
  const timestamp = await signTimestamp(root, current.snapshotMeta, current.version + 1, signer, options);
  return { ...state, timestamp };
}

async function signTimestamp(root: Root, snapshotMeta: MetaFile, version: number, signer: MetadataSigner, options: OnlineOptions): Promise<string> {
  const days = { ...DEFAULT_EXPIRY_DAYS, ...options.expiryDays };
  const expires = expiresAfter(options.now, days.timestamp);
  const timestamp = new Metadata(new Timestamp({ version, specVersion: SPEC_VERSION, expires, snapshotMeta }));
  return signOnline(root, 'timestamp', timestamp, signer);
}

async function signOnline(root: Root, role: OnlineRole, metadata: Metadata<Snapshot | Timestamp>, signer: MetadataSigner): Promise<string> {
  await signMetadata(metadata, [signer], roleKeys(root, role).keys);
  assertThreshold(root, role, metadata);
  return serializeMetadata(metadata);
}
