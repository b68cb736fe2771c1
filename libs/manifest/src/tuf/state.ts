/**
 * The repository as the server persists it: signed metadata as the exact JSON bytes clients fetch (snapshot
 * and timestamp hash those bytes, so they are never re-serialised), plus the bytes of the targets the
 * repository serves itself (manifests). Plain JSON all the way down; every operation returns a new state.
 */
import { Metadata, MetadataKind, type Root, type Snapshot, type Targets, type Timestamp } from '@tufjs/models';
import type { Key } from '@tufjs/models';
import { ManifestError } from '../errors';

/** The spec version written into new metadata (TUF 1.0, as @tufjs/models 4.1.1 implements it). */
export const SPEC_VERSION = '1.0.31';

export const TOP_LEVEL_ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;
export type TopLevelRole = (typeof TOP_LEVEL_ROLES)[number];
export type OnlineRole = 'snapshot' | 'timestamp';

/** Lifetimes in days (D3): offline roles live long, online roles are re-signed by the server. */
export interface ExpiryDays {
  root: number;
  targets: number;
  snapshot: number;
  timestamp: number;
}
export const DEFAULT_EXPIRY_DAYS: Readonly<ExpiryDays> = { root: 365, targets: 90, snapshot: 7, timestamp: 1 };

export interface RoleSetup {
  keys: Key[];
  threshold: number;
}
export type RoleSetups = Record<TopLevelRole, RoleSetup>;

export interface RepositoryState {
  /** Every root ever published, oldest first: `roots[i]` is `(i + 1).root.json` (D3: kept forever). */
  readonly roots: readonly string[];
  readonly targets: string;
  readonly snapshot: string;
  readonly timestamp: string;
  /**
   * The snapshot and targets the previous timestamp named. Served too, so a client that read the old
   * timestamp just before a publish can still finish its update (consistent snapshots, TUF 7).
   */
  readonly previous?: { readonly snapshot: string; readonly targets: string };
  /** UTF-8 contents of the targets this repository serves itself, by target path. */
  readonly targetContents: Readonly<Record<string, string>>;
}

/** TUF `expires`: ISO 8601 UTC to the second, `now` plus `days`. */
export function expiresAfter(now: Date, days: number): string {
  const ms = now.getTime() + days * 86_400_000;
  if (!Number.isFinite(ms)) throw new RangeError(`expected a valid date and a finite number of days, got ${days}`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function serializeMetadata(metadata: Metadata<Root | Targets | Snapshot | Timestamp>): string {
  return JSON.stringify(metadata.toJSON());
}

export function parseRoot(json: string): Metadata<Root> {
  return parse(json, MetadataKind.Root) as Metadata<Root>;
}
export function parseTargets(json: string): Metadata<Targets> {
  return parse(json, MetadataKind.Targets) as Metadata<Targets>;
}
export function parseSnapshot(json: string): Metadata<Snapshot> {
  return parse(json, MetadataKind.Snapshot) as Metadata<Snapshot>;
}
export function parseTimestamp(json: string): Metadata<Timestamp> {
  return parse(json, MetadataKind.Timestamp) as Metadata<Timestamp>;
}

/** The newest root: the one whose keys sign everything else now. */
export function currentRoot(state: RepositoryState): Metadata<Root> {
  const last = state.roots[state.roots.length - 1];
  if (last === undefined) throw new ManifestError('REPOSITORY_INVALID', 'expected at least one root, found none');
  return parseRoot(last);
}

function parse(json: string, kind: MetadataKind): Metadata<Root | Targets | Snapshot | Timestamp> {
  try {
    // The overloads of fromJSON are per literal kind; the callers above narrow the result.
    return Metadata.fromJSON(kind as MetadataKind.Root, JSON.parse(json));
  } catch (cause) {
    throw new ManifestError('REPOSITORY_INVALID', `expected ${kind} metadata JSON, got: ${(cause as Error).message}`, {
      cause,
    });
  }
}
