import {
  adoptRepository,
  describeRepository,
  initRepository,
  parseRoot,
  parseSnapshot,
  parseTimestamp,
  publishTargets,
  repositoryFiles,
  resignSnapshot,
  resignTimestamp,
  roleSetupsOf,
  rotateRoot,
  signProposal,
  type RepositoryState,
  type TargetsProposal,
} from '@app/manifest';
import { createHash } from 'node:crypto';
import { manifestBytes } from '../testing/a-manifest';
import { forge } from '../testing/forge';
import { aPublisher } from '../testing/publishing';
import { manifestErrorOf } from '../testing/errors';
import { aKeyRing, aSigningKey, initOptions, onlineSigners, roleSetups } from '../testing/keyring';

const ring = aKeyRing();
const outsider = aSigningKey();
const now = new Date('2026-03-01T12:00:00.000Z');
const DAY = 86_400_000;
const publisher = aPublisher(ring, now);
const { releaseSigners } = publisher;

let genesis: RepositoryState;
beforeAll(async () => {
  genesis = await initRepository(initOptions(ring, now));
});

const proposalWith = (bytes: Buffer | string, state = genesis): TargetsProposal => publisher.proposalWith(bytes, state);
const published = (bytes: Buffer | string, state = genesis): Promise<RepositoryState> => publisher.published(bytes, state);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const days = (iso: string) => (Date.parse(iso) - now.getTime()) / DAY;

describe('initialising a repository', () => {
  it('signs root, targets, snapshot and timestamp v1 with consistent snapshots and D3 expiries', () => {
    const root = parseRoot(genesis.roots[0]!).signed;
    expect(root.consistentSnapshot).toBe(true);
    expect(root.roles.targets).toMatchObject({ threshold: 2, keyIDs: [ring.releaseA.keyId, ring.releaseB.keyId] });
    const summary = describeRepository(genesis);
    const roles = [summary.root, summary.targets, summary.snapshot, summary.timestamp];
    expect(roles.map((r) => r.version)).toEqual([1, 1, 1, 1]);
    expect(roles.map((r) => days(r.expires))).toEqual([365, 90, 7, 1]);
    expect(summary.timestamp.expires).toBe('2026-03-02T12:00:00Z');
    expect(summary.targetFiles).toEqual([]);
  });

  it('takes other expiries as parameters', async () => {
    const state = await initRepository({ ...initOptions(ring, now), expiryDays: { timestamp: 2, root: 30 } });
    expect(days(describeRepository(state).timestamp.expires)).toBe(2);
    expect(days(describeRepository(state).root.expires)).toBe(30);
    expect(days(describeRepository(state).snapshot.expires)).toBe(7);
  });

  describe('when a threshold cannot be met by the role keys', () => {
    it('rejects the setup with INVALID_KEY', async () => {
      const roles = { ...roleSetups(ring), targets: { keys: [ring.releaseA.publicKey], threshold: 2 } };
      expect((await manifestErrorOf(() => initRepository({ ...initOptions(ring, now), roles }))).code).toBe('INVALID_KEY');
    });
  });

  describe('when fewer targets signers than the threshold sign', () => {
    it('refuses with THRESHOLD_NOT_MET', async () => {
      const options = initOptions(ring, now);
      const error = await manifestErrorOf(() => initRepository({ ...options, signers: { ...options.signers, targets: [ring.releaseA.signer] } }));
      expect(error.code).toBe('THRESHOLD_NOT_MET');
      expect(error.message).toMatch(/needs 2 distinct valid signature\(s\) from the targets keys, got 1/);
    });
  });

  describe('when a signer holds a key the role does not list', () => {
    it('refuses with UNKNOWN_SIGNING_KEY', async () => {
      const options = initOptions(ring, now);
      const signers = { ...options.signers, root: [outsider.signer] };
      const error = await manifestErrorOf(() => initRepository({ ...options, signers }));
      expect(error.code).toBe('UNKNOWN_SIGNING_KEY');
    });
  });
});

describe('adopting offline-signed roots and targets (production start, D3)', () => {
  const next = aKeyRing();

  it('verifies them and adds snapshot and timestamp v1 signed with the online keys', async () => {
    const state = await adoptRepository({ roots: genesis.roots, targets: genesis.targets, signers: onlineSigners(ring), now });
    expect(state.roots).toEqual(genesis.roots);
    expect(parseSnapshot(state.snapshot).signed.meta['targets.json']?.version).toBe(1);
    expect(parseTimestamp(state.timestamp).signed.version).toBe(1);
  });

  it('accepts a chain of roots where each is signed by its predecessor', async () => {
    const { state } = await rotateRoot(genesis, { roles: roleSetups(ring), signers: [ring.root.signer], now });
    const adopted = await adoptRepository({ roots: state.roots, targets: genesis.targets, signers: onlineSigners(ring), now });
    expect(describeRepository(adopted).root.version).toBe(2);
  });

  describe('when a root in the chain is not signed by its predecessor', () => {
    it('refuses with THRESHOLD_NOT_MET', async () => {
      const rotated = await rotateRoot(genesis, { roles: roleSetups(next), signers: [ring.root.signer, next.root.signer], now });
      const selfSigned = forge(rotated.state.roots[1]!, [next.root.signer]);
      const error = await manifestErrorOf(() =>
        adoptRepository({ roots: [genesis.roots[0]!, selfSigned], targets: genesis.targets, signers: onlineSigners(next), now }),
      );
      expect(error.code).toBe('THRESHOLD_NOT_MET');
      expect(error.message).toMatch(/root v2 \(keys of root v1\)/);
    });
  });

  describe('when the targets lack the threshold', () => {
    it('refuses with THRESHOLD_NOT_MET', async () => {
      const targets = forge(genesis.targets, [ring.releaseA.signer]);
      const options = { roots: genesis.roots, targets, signers: onlineSigners(ring), now };
      const error = await manifestErrorOf(() => adoptRepository(options));
      expect(error.code).toBe('THRESHOLD_NOT_MET');
    });
  });

  describe('when the root does not use consistent snapshots', () => {
    it('refuses with REPOSITORY_INVALID', async () => {
      const root = forge(genesis.roots[0]!, [ring.root.signer], (signed) => void (signed.consistent_snapshot = false));
      const error = await manifestErrorOf(() => adoptRepository({ roots: [root], targets: genesis.targets, signers: onlineSigners(ring), now }));
      expect(error.code).toBe('REPOSITORY_INVALID');
    });
  });
});

describe('publishing', () => {
  it('publishes targets, snapshot and timestamp together, each naming the exact bytes of the next', async () => {
    const state = await published(manifestBytes());
    const snapshot = parseSnapshot(state.snapshot).signed;
    const timestamp = parseTimestamp(state.timestamp).signed;
    const metaOf = (json: string) => ({ version: 2, length: Buffer.byteLength(json), hashes: { sha256: sha256(json) } });
    expect(snapshot.meta['targets.json']).toMatchObject(metaOf(state.targets));
    expect(timestamp.snapshotMeta).toMatchObject(metaOf(state.snapshot));
    expect(state.roots).toEqual(genesis.roots);
  });

  it('lays files out for consistent snapshots, keeping the previous generation', async () => {
    const state = await published(manifestBytes());
    const files = repositoryFiles(state);
    const text = state.targetContents['manifests/cloud-messaging/1.json']!;
    expect([...files.keys()].sort()).toEqual(
      [
        'metadata/1.root.json',
        'metadata/1.snapshot.json',
        'metadata/1.targets.json',
        'metadata/2.snapshot.json',
        'metadata/2.targets.json',
        'metadata/timestamp.json',
        `targets/manifests/cloud-messaging/${sha256(text)}.1.json`,
      ].sort(),
    );
    expect(files.get('metadata/timestamp.json')?.toString()).toBe(state.timestamp);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  describe('when the targets threshold is not met', () => {
    it('refuses with THRESHOLD_NOT_MET', async () => {
      const half = await signProposal(genesis, proposalWith(manifestBytes()), [ring.releaseA.signer]);
      const error = await manifestErrorOf(() => publishTargets(genesis, half, onlineSigners(ring), { now }));
      expect(error.code).toBe('THRESHOLD_NOT_MET');
    });
  });

  describe('when another proposal was published first', () => {
    it('refuses the older proposal with STALE_PROPOSAL', async () => {
      const first = await signProposal(genesis, proposalWith(manifestBytes()), releaseSigners);
      const second = await signProposal(genesis, proposalWith(manifestBytes({ stream: 'other' })), releaseSigners);
      const state = await publishTargets(genesis, first, onlineSigners(ring), { now });
      const error = await manifestErrorOf(() => publishTargets(state, second, onlineSigners(ring), { now }));
      expect(error.code).toBe('STALE_PROPOSAL');
      expect(error.message).toMatch(/expected a proposal for targets v3, got v2/);
    });
  });

  describe('when the proposal has expired', () => {
    it('refuses with STALE_PROPOSAL', async () => {
      const signed = await signProposal(genesis, proposalWith(manifestBytes()), releaseSigners);
      const later = new Date(now.getTime() + 91 * DAY);
      const error = await manifestErrorOf(() => publishTargets(genesis, signed, onlineSigners(ring), { now: later }));
      expect(error.code).toBe('STALE_PROPOSAL');
    });
  });

  describe('when the online signer is not the snapshot key', () => {
    it('refuses with UNKNOWN_SIGNING_KEY', async () => {
      const signed = await signProposal(genesis, proposalWith(manifestBytes()), releaseSigners);
      const signers = { ...onlineSigners(ring), snapshot: ring.timestamp.signer };
      expect((await manifestErrorOf(() => publishTargets(genesis, signed, signers, { now }))).code).toBe('UNKNOWN_SIGNING_KEY');
    });
  });
});

describe('re-signing online metadata', () => {
  it('re-signs the timestamp: version + 1, same snapshot, new expiry', async () => {
    const later = new Date(now.getTime() + DAY / 2);
    const state = await resignTimestamp(genesis, ring.timestamp.signer, { now: later });
    const before = parseTimestamp(genesis.timestamp).signed;
    const after = parseTimestamp(state.timestamp).signed;
    expect(after.version).toBe(before.version + 1);
    expect(after.snapshotMeta).toEqual(before.snapshotMeta);
    expect(Date.parse(after.expires)).toBe(later.getTime() + DAY);
    expect(state.snapshot).toBe(genesis.snapshot);
  });

  it('re-signs the snapshot and its timestamp', async () => {
    const state = await resignSnapshot(genesis, onlineSigners(ring), { now });
    expect(parseSnapshot(state.snapshot).signed.version).toBe(2);
    expect(parseTimestamp(state.timestamp).signed.snapshotMeta.version).toBe(2);
    expect(state.targets).toBe(genesis.targets);
  });
});

describe('rotating the root', () => {
  const next = aKeyRing();

  it('signs root N+1 with the old and the new root keys and reports the roles to re-sign', async () => {
    const roles = { ...roleSetupsOf(parseRoot(genesis.roots[0]!).signed), root: roleSetups(next).root };
    const { state, mustResign } = await rotateRoot(genesis, { roles, signers: [ring.root.signer, next.root.signer], now });
    const root2 = parseRoot(state.roots[1]!);
    expect(root2.signed.version).toBe(2);
    expect(Object.keys(root2.signatures).sort()).toEqual([ring.root.keyId, next.root.keyId].sort());
    expect(mustResign).toEqual([]);
  });

  it('lists the roles whose keys changed, and refuses to re-sign a snapshot over targets the new root rejects', async () => {
    const { state, mustResign } = await rotateRoot(genesis, {
      roles: roleSetups(next),
      signers: [ring.root.signer, next.root.signer],
      now,
    });
    expect(mustResign).toEqual(['targets', 'snapshot', 'timestamp']);
    expect((await manifestErrorOf(() => resignSnapshot(state, onlineSigners(next), { now }))).code).toBe('THRESHOLD_NOT_MET');
  });

  describe('when only the new root keys sign', () => {
    it('refuses with THRESHOLD_NOT_MET (clients trusting root N would reject it)', async () => {
      const options = { roles: roleSetups(next), signers: [next.root.signer], now };
      const error = await manifestErrorOf(() => rotateRoot(genesis, options));
      expect(error.code).toBe('THRESHOLD_NOT_MET');
      expect(error.message).toMatch(/keys of root v1/);
    });
  });

  describe('when only the old root keys sign', () => {
    it('refuses with THRESHOLD_NOT_MET (root N+1 must be signed by its own keys)', async () => {
      const options = { roles: roleSetups(next), signers: [ring.root.signer], now };
      const error = await manifestErrorOf(() => rotateRoot(genesis, options));
      expect(error.code).toBe('THRESHOLD_NOT_MET');
      expect(error.message).toMatch(/its own keys/);
    });
  });
});
