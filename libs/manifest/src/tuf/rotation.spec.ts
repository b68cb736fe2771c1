import {
  acceptRoot,
  buildRoot,
  initRepository,
  parseRoot,
  resignSnapshot,
  roleSetupsOf,
  signingPayload,
  type RepositoryState,
  type RoleSetups,
} from '@app/manifest';
import type { Metadata, Root } from '@tufjs/models';
import { manifestErrorOf } from '../testing/errors';
import { aKeyRing, initOptions, onlineSigners, roleSetups, type SigningKey } from '../testing/keyring';
import { expiresAfter } from './state';

const ring = aKeyRing();
const next = aKeyRing();
const now = new Date('2026-03-01T12:00:00.000Z');

let genesis: RepositoryState;
beforeAll(async () => {
  genesis = await initRepository(initOptions(ring, now));
});

/** Root `version` as root keyholders sign it offline: each signs the canonical bytes on their own machine. */
async function offlineRoot(roles: RoleSetups, version: number, signers: SigningKey[], expires = expiresAfter(now, 365)): Promise<Metadata<Root>> {
  const root = buildRoot(roles, version, expires);
  const payload = signingPayload(root);
  for (const key of signers) {
    const signature = await key.signer.sign(payload);
    root.signatures[signature.keyID] = signature;
  }
  return root;
}

const genesisRoles = (): RoleSetups => roleSetupsOf(parseRoot(genesis.roots[0]!).signed);

describe('accepting a root signed elsewhere (D7)', () => {
  it('accepts root N+1 signed by the old and the new root keys, and says nothing needs re-signing', async () => {
    const root = await offlineRoot({ ...genesisRoles(), root: roleSetups(next).root }, 2, [ring.root, next.root]);
    const { state, mustResign } = acceptRoot(genesis, root.toJSON(), { now });
    expect(state.roots).toHaveLength(2);
    expect(parseRoot(state.roots[1]!).signed.version).toBe(2);
    expect(mustResign).toEqual([]);
  });

  it('takes the JSON text as well as the parsed document', async () => {
    const root = await offlineRoot(genesisRoles(), 2, [ring.root]);
    expect(acceptRoot(genesis, JSON.stringify(root.toJSON()), { now }).state.roots).toHaveLength(2);
  });

  it('reports the online roles whose keys changed; the snapshot can then be re-signed with the new keys', async () => {
    const roles = { ...genesisRoles(), snapshot: roleSetups(next).snapshot, timestamp: roleSetups(next).timestamp };
    const { state, mustResign } = acceptRoot(genesis, (await offlineRoot(roles, 2, [ring.root])).toJSON(), { now });
    expect(mustResign).toEqual(['snapshot', 'timestamp']);
    await expect(resignSnapshot(state, onlineSigners(next), { now })).resolves.toBeDefined();
  });

  it('reports targets when the targets keys changed (a release signer removed)', async () => {
    const roles = { ...genesisRoles(), targets: { keys: [ring.releaseA.publicKey, next.releaseA.publicKey], threshold: 2 } };
    expect(acceptRoot(genesis, (await offlineRoot(roles, 2, [ring.root])).toJSON(), { now }).mustResign).toEqual(['targets']);
  });

  describe('when the version is not exactly N+1', () => {
    it.each([
      ['N again', 1],
      ['N+2', 3],
    ])('refuses %s with ROOT_VERSION_INVALID', async (_, version) => {
      const root = await offlineRoot(genesisRoles(), version, [ring.root]);
      const error = await manifestErrorOf(() => acceptRoot(genesis, root.toJSON(), { now }));
      expect(error.code).toBe('ROOT_VERSION_INVALID');
      expect(error.message).toMatch(/expected root v2/);
    });
  });

  describe('when the old root keys did not sign', () => {
    it('refuses with PREVIOUS_ROOT_THRESHOLD_NOT_MET (clients trusting root N would reject it)', async () => {
      const root = await offlineRoot(roleSetups(next), 2, [next.root]);
      expect((await manifestErrorOf(() => acceptRoot(genesis, root.toJSON(), { now }))).code).toBe('PREVIOUS_ROOT_THRESHOLD_NOT_MET');
    });
  });

  describe('when its own root keys did not sign', () => {
    it('refuses with ROOT_THRESHOLD_NOT_MET', async () => {
      const root = await offlineRoot(roleSetups(next), 2, [ring.root]);
      expect((await manifestErrorOf(() => acceptRoot(genesis, root.toJSON(), { now }))).code).toBe('ROOT_THRESHOLD_NOT_MET');
    });
  });

  describe('when a signature was made over other content', () => {
    it('does not count it', async () => {
      const root = await offlineRoot({ ...genesisRoles(), root: roleSetups(next).root }, 2, [ring.root, next.root]);
      const json = root.toJSON() as { signed: { expires: string } };
      json.signed.expires = expiresAfter(now, 400);
      expect((await manifestErrorOf(() => acceptRoot(genesis, json, { now }))).code).toBe('PREVIOUS_ROOT_THRESHOLD_NOT_MET');
    });
  });

  describe('when it has expired', () => {
    it('refuses with ROOT_EXPIRED', async () => {
      const root = await offlineRoot(genesisRoles(), 2, [ring.root], expiresAfter(now, -1));
      expect((await manifestErrorOf(() => acceptRoot(genesis, root.toJSON(), { now }))).code).toBe('ROOT_EXPIRED');
    });
  });

  describe('when it is not root metadata clients would use', () => {
    it.each([
      ['not metadata at all', () => ({ hello: 'world' })],
      ['targets metadata', () => JSON.parse(genesis.targets) as unknown],
      [
        'consistent_snapshot false',
        async () => {
          const json = (await offlineRoot(genesisRoles(), 2, [ring.root])).toJSON() as { signed: { consistent_snapshot: boolean } };
          json.signed.consistent_snapshot = false;
          return json;
        },
      ],
      [
        'an unreachable threshold',
        async () => {
          const json = (await offlineRoot(genesisRoles(), 2, [ring.root])).toJSON() as { signed: { roles: { targets: { threshold: number } } } };
          json.signed.roles.targets.threshold = 5;
          return json;
        },
      ],
    ])('refuses %s with ROOT_INVALID', async (_, make) => {
      const doc = await make();
      expect((await manifestErrorOf(() => acceptRoot(genesis, doc, { now }))).code).toBe('ROOT_INVALID');
    });
  });
});
