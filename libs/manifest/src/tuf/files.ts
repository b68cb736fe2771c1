/**
 * What the server serves under `/tuf/` (D3), with consistent snapshots: every `N.root.json`, `timestamp.json`,
 * `<v>.snapshot.json`, `<v>.targets.json`, and targets at `<dir>/<sha256>.<basename>`.
 */
import { consistentTargetPath } from '../manifest/target-path';
import { currentRoot, parseSnapshot, parseTargets, parseTimestamp, type RepositoryState } from './state';

/** Files by path relative to the TUF base (`metadata/...`, `targets/...`), as the exact bytes to serve. */
export function repositoryFiles(state: RepositoryState): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const put = (path: string, json: string) => files.set(path, Buffer.from(json, 'utf8'));
  state.roots.forEach((root, i) => put(`metadata/${i + 1}.root.json`, root));
  for (const generation of [state.previous, state].filter((g) => g !== undefined)) {
    put(`metadata/${parseSnapshot(generation.snapshot).signed.version}.snapshot.json`, generation.snapshot);
    put(`metadata/${parseTargets(generation.targets).signed.version}.targets.json`, generation.targets);
  }
  put('metadata/timestamp.json', state.timestamp);

  const listed = parseTargets(state.targets).signed.targets;
  for (const [path, text] of Object.entries(state.targetContents)) {
    const sha256 = listed[path]?.hashes.sha256;
    if (sha256 !== undefined) put(`targets/${consistentTargetPath(path, sha256)}`, text);
  }
  return files;
}

export interface RoleSummary {
  version: number;
  expires: string;
}

export interface TargetSummary {
  path: string;
  length: number;
  sha256: string;
  custom: Record<string, unknown>;
}

export interface RepositorySummary {
  root: RoleSummary;
  targets: RoleSummary;
  snapshot: RoleSummary;
  timestamp: RoleSummary;
  /** Every target the published targets metadata lists. */
  targetFiles: TargetSummary[];
}

/** Versions and expiries (for the re-sign scheduler) and the listed targets (for update pointers). */
export function describeRepository(state: RepositoryState): RepositorySummary {
  const summary = (signed: RoleSummary): RoleSummary => ({ version: signed.version, expires: signed.expires });
  const targets = parseTargets(state.targets).signed;
  return {
    root: summary(currentRoot(state).signed),
    targets: summary(targets),
    snapshot: summary(parseSnapshot(state.snapshot).signed),
    timestamp: summary(parseTimestamp(state.timestamp).signed),
    targetFiles: Object.values(targets.targets).map((t) => ({
      path: t.path,
      length: t.length,
      sha256: t.hashes.sha256 ?? '',
      custom: t.custom,
    })),
  };
}

/**
 * Firmware images (D8) the published targets list, by their consistent-snapshot path under `targets/`: the
 * repository serves their bytes from image storage, which it finds by the listed hash.
 */
export function imageTargetFiles(state: RepositoryState): Map<string, { sha256: string; length: number }> {
  const images = new Map<string, { sha256: string; length: number }>();
  for (const target of Object.values(parseTargets(state.targets).signed.targets)) {
    const sha256 = target.hashes.sha256;
    if (target.custom.kind !== 'firmware-image' || sha256 === undefined) continue;
    images.set(`targets/${consistentTargetPath(target.path, sha256)}`, { sha256, length: target.length });
  }
  return images;
}
