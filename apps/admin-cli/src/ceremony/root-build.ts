/**
 * Root metadata for the offline ceremony (D3, D7): a first root, or root N+1 from root N. Unsigned: each
 * keyholder adds their signature on their own machine (`root sign`).
 */
import { DEFAULT_EXPIRY_DAYS, TOP_LEVEL_ROLES, roleSetupsOf, type RoleSetups, type TopLevelRole } from '@app/manifest';
import { Metadata, MetadataKind, Root, type Key } from '@tufjs/models';
import { usageError } from '../cli-error';

/** The spec version libs/manifest writes into its metadata (not exported there); a test pins them equal. */
export const SPEC_VERSION = '1.0.31';

export function buildRoot(roles: RoleSetups, version: number, expiresDays: number, now: Date): Metadata<Root> {
  for (const role of TOP_LEVEL_ROLES) {
    const distinct = new Set(roles[role].keys.map((k) => k.keyID)).size;
    const { threshold } = roles[role];
    if (!Number.isSafeInteger(threshold) || threshold < 1 || threshold > distinct) {
      throw usageError(`${role}: expected a threshold between 1 and ${distinct} (its distinct keys), got ${threshold}`);
    }
  }
  if (!Number.isSafeInteger(version) || version < 1) throw usageError(`expected a version of at least 1, got ${version}`);
  const keys: Record<string, ReturnType<Key['toJSON']>> = {};
  const roleJson: Record<string, { keyids: string[]; threshold: number }> = {};
  for (const role of TOP_LEVEL_ROLES) {
    for (const key of roles[role].keys) keys[key.keyID] = key.toJSON();
    roleJson[role] = { keyids: [...new Set(roles[role].keys.map((k) => k.keyID))], threshold: roles[role].threshold };
  }
  // consistent_snapshot is always on (D3): the server serves `<version>.<role>.json` and hash-prefixed targets.
  const signed = Root.fromJSON({
    _type: MetadataKind.Root,
    spec_version: SPEC_VERSION,
    version,
    expires: expiresIn(now, expiresDays),
    keys,
    roles: roleJson,
    consistent_snapshot: true,
  });
  return new Metadata(signed);
}

export interface RootChanges {
  add: { role: TopLevelRole; key: Key }[];
  remove: { role: TopLevelRole; keyId: string }[];
  thresholds: { role: TopLevelRole; threshold: number }[];
  expiresDays?: number;
}

/** Root N+1: root N's roles with the changes applied; the expiry restarts (default: a root's lifetime). */
export function rotateRoot(previous: Root, changes: RootChanges, now: Date): Metadata<Root> {
  const roles = roleSetupsOf(previous);
  for (const { role, keyId } of changes.remove) {
    if (!roles[role].keys.some((k) => k.keyID === keyId))
      throw usageError(`--remove-key ${role}=${keyId}: root v${previous.version} lists no such ${role} key`);
    roles[role] = { ...roles[role], keys: roles[role].keys.filter((k) => k.keyID !== keyId) };
  }
  for (const { role, key } of changes.add) {
    if (roles[role].keys.some((k) => k.keyID === key.keyID)) throw usageError(`--add-key ${role}: key ${key.keyID} is a ${role} key already`);
    roles[role] = { ...roles[role], keys: [...roles[role].keys, key] };
  }
  for (const { role, threshold } of changes.thresholds) roles[role] = { ...roles[role], threshold };
  return buildRoot(roles, previous.version + 1, changes.expiresDays ?? DEFAULT_EXPIRY_DAYS.root, now);
}

/** TUF `expires`: ISO 8601 UTC to the second. */
export function expiresIn(now: Date, days: number): string {
  if (!Number.isFinite(days) || days <= 0) throw usageError(`expected a positive number of days, got ${days}`);
  return new Date(now.getTime() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `role=value` of --add-key/--remove-key/--threshold. */
export function roleAssignment(text: string, flag: string): { role: TopLevelRole; value: string } {
  const match = /^(root|targets|snapshot|timestamp)=(.+)$/.exec(text);
  if (!match) throw usageError(`${flag}: expected <role>=<value> with role root, targets, snapshot or timestamp, got "${text}"`);
  return { role: match[1] as TopLevelRole, value: match[2]! };
}
