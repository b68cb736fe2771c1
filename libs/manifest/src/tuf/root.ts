/** Building root metadata from role setups, and reading role setups back out of a root. */
import { Metadata, MetadataKind, Root, type Key } from '@tufjs/models';
import { ManifestError } from '../errors';
import { tufKeyId } from './keys';
import { SPEC_VERSION, TOP_LEVEL_ROLES, type RoleSetups, type TopLevelRole } from './state';

/**
 * Unsigned root metadata. `consistent_snapshot` is always true (D3): clients fetch `<version>.<role>.json`
 * and hash-prefixed targets, so publishing never races a client's download.
 */
export function buildRoot(roles: RoleSetups, version: number, expires: string): Metadata<Root> {
  assertRoleSetups(roles);
  const keys: Record<string, ReturnType<Key['toJSON']>> = {};
  const roleJson: Record<string, { keyids: string[]; threshold: number }> = {};
  for (const role of TOP_LEVEL_ROLES) {
    const { keys: roleKeys, threshold } = roles[role];
    for (const key of roleKeys) keys[key.keyID] = key.toJSON();
    roleJson[role] = { keyids: [...new Set(roleKeys.map((k) => k.keyID))], threshold };
  }
  const signed = Root.fromJSON({
    _type: MetadataKind.Root,
    spec_version: SPEC_VERSION,
    version,
    expires,
    keys,
    roles: roleJson,
    consistent_snapshot: true,
  });
  return new Metadata(signed);
}

/** The key sets and thresholds `root` defines, in the shape `buildRoot` takes (for rotations). */
export function roleSetupsOf(root: Root): RoleSetups {
  const setup = (role: TopLevelRole) => {
    const spec = root.roles[role];
    if (!spec) throw new ManifestError('REPOSITORY_INVALID', `expected root to define role ${role}, found none`);
    const keys = spec.keyIDs.map((id) => {
      const key = root.keys[id];
      if (key) return key;
      throw new ManifestError('REPOSITORY_INVALID', `expected root to list key ${id} of role ${role}, found none`);
    });
    return { keys, threshold: spec.threshold };
  };
  return { root: setup('root'), targets: setup('targets'), snapshot: setup('snapshot'), timestamp: setup('timestamp') };
}

/** A threshold must be reachable by distinct keys, and each keyid must be the hash of its key (TUF 4.2). */
export function assertRoleSetups(roles: RoleSetups): void {
  for (const role of TOP_LEVEL_ROLES) {
    const setup = roles[role];
    if (!setup) throw new ManifestError('INVALID_KEY', `expected keys for role ${role}, got none`);
    const distinct = new Set(setup.keys.map((k) => k.keyID)).size;
    if (!Number.isSafeInteger(setup.threshold) || setup.threshold < 1 || setup.threshold > distinct) {
      throw new ManifestError('INVALID_KEY', `${role}: expected a whole threshold between 1 and ${distinct} (its distinct keys), got ${setup.threshold}`);
    }
    for (const key of setup.keys) {
      const expected = tufKeyId({ keytype: key.keyType, scheme: key.scheme, keyval: key.keyVal });
      if (key.keyID !== expected) {
        throw new ManifestError('INVALID_KEY', `${role}: expected keyid ${expected} for this key, got ${key.keyID}`);
      }
    }
  }
}
