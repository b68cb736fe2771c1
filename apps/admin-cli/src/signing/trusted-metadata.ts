/**
 * What the repository publishes now, checked as a TUF client checks it before the CLI relies on it: the root chain
 * (TUF 5.3: each root N+1 signed by a threshold of root N's keys and of its own), then timestamp -> snapshot ->
 * targets (5.4-5.6, consistent snapshots) signed by the keys that root names.
 */
import { parseRoot, parseSnapshot, parseTargets, parseTimestamp, signatureStatus, type TopLevelRole } from '@app/manifest';
import type { Metadata, Root, Snapshot, Targets, Timestamp } from '@tufjs/models';
import { CliError } from '../cli-error';
import type { AdminClient } from '../client/admin-client';

/** Guards against a server that would answer every N.root.json: no deployment rotates its root this often. */
const MAX_ROOTS = 1000;

export async function fetchTrustedRoot(client: AdminClient): Promise<Metadata<Root>> {
  let trusted: Metadata<Root> | undefined;
  for (let version = 1; version <= MAX_ROOTS; version++) {
    const text = await client.getPublic(`/tuf/metadata/${version}.root.json`);
    if (text === undefined) break;
    const root = parsed(() => parseRoot(text), `${version}.root.json`);
    if (root.signed.version !== version) untrusted(`${version}.root.json says it is version ${root.signed.version}`);
    if (trusted) requireThreshold(trusted.signed, 'root', root, `root v${version} (keys of root v${version - 1})`);
    requireThreshold(root.signed, 'root', root, `root v${version} (its own keys)`);
    trusted = root;
  }
  if (!trusted) untrusted('the server publishes no 1.root.json');
  return trusted;
}

/** The targets metadata devices get now, verified down from the timestamp. */
export async function fetchPublishedTargets(client: AdminClient, root: Root): Promise<Metadata<Targets>> {
  const timestamp = await fetchRole(client, 'timestamp.json', (t) => parseTimestamp(t) as Metadata<Timestamp>);
  requireThreshold(root, 'timestamp', timestamp, 'timestamp');
  const snapshotVersion = timestamp.signed.snapshotMeta.version;
  const snapshot = await fetchRole(client, `${snapshotVersion}.snapshot.json`, (t) => parseSnapshot(t) as Metadata<Snapshot>);
  requireThreshold(root, 'snapshot', snapshot, `snapshot v${snapshotVersion}`);
  const targetsVersion = snapshot.signed.meta['targets.json']?.version;
  if (targetsVersion === undefined) untrusted(`snapshot v${snapshotVersion} lists no targets.json`);
  const targets = await fetchRole(client, `${targetsVersion}.targets.json`, (t) => parseTargets(t));
  requireThreshold(root, 'targets', targets, `targets v${targetsVersion}`);
  if (targets.signed.version !== targetsVersion) untrusted(`${targetsVersion}.targets.json says it is version ${targets.signed.version}`);
  return targets;
}

async function fetchRole<T>(client: AdminClient, file: string, parse: (text: string) => T): Promise<T> {
  const text = await client.getPublic(`/tuf/metadata/${file}`);
  if (text === undefined) untrusted(`the server does not serve ${file}`);
  return parsed(() => parse(text), file);
}

function requireThreshold(root: Root, role: TopLevelRole, metadata: Metadata<Root | Targets | Snapshot | Timestamp>, what: string): void {
  const status = signatureStatus(root, role, metadata);
  if (!status.thresholdMet) untrusted(`${what} has ${status.validKeyIds.length} valid signature(s) of the ${status.threshold} its role needs`);
}

function parsed<T>(parse: () => T, file: string): T {
  try {
    return parse();
  } catch (error) {
    return untrusted(`${file} is not valid TUF metadata: ${(error as Error).message}`);
  }
}

function untrusted(message: string): never {
  throw new CliError('REPOSITORY_UNTRUSTED', `the server's published TUF metadata does not verify: ${message}; nothing was signed`);
}

/** The keyids the root assigns to `role`. */
export function roleKeyIds(root: Root, role: TopLevelRole): string[] {
  return root.roles[role]?.keyIDs ?? [];
}
