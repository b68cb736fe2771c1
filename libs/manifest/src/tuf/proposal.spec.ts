import {
  addManifestTarget,
  addProposalSignature,
  initRepository,
  parseTargets,
  proposalPayload,
  proposalSignatureStatus,
  proposeTargets,
  signProposal,
  type RepositoryState,
  type TargetsProposal,
} from '@app/manifest';
import { createHash } from 'node:crypto';
import { aManifest, manifestBytes } from '../testing/a-manifest';
import { forge } from '../testing/forge';
import { aPublisher } from '../testing/publishing';
import { manifestErrorOf } from '../testing/errors';
import { aKeyRing, aSigningKey, initOptions } from '../testing/keyring';

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

const days = (iso: string) => (Date.parse(iso) - now.getTime()) / DAY;

describe('proposing targets', () => {
  it('proposes version + 1 with a fresh 90-day expiry and lists the manifest at its path', () => {
    const bytes = manifestBytes();
    const targets = parseTargets(proposalWith(bytes).targets);
    expect(targets.signed.version).toBe(2);
    expect(days(targets.signed.expires)).toBe(90);
    expect(targets.signatures).toEqual({});
    const target = targets.signed.targets['manifests/cloud-messaging/1.json']!;
    expect(target.length).toBe(bytes.length);
    expect(target.hashes).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(target.custom).toEqual({
      kind: 'ota-manifest',
      id: 'cloud-messaging-opt-in-1',
      stream: 'cloud-messaging',
      releaseCounter: 1,
    });
  });

  it("signs the server's release id into the manifest target's custom data when given", () => {
    const releaseId = '5f0d9e2a-7c1b-4d3e-8f6a-1b2c3d4e5f60';
    const proposal = addManifestTarget(proposeTargets(genesis, { now }), manifestBytes(), { releaseId });
    const target = parseTargets(proposal.targets).signed.targets['manifests/cloud-messaging/1.json']!;
    expect(target.custom).toEqual({ kind: 'ota-manifest', id: 'cloud-messaging-opt-in-1', stream: 'cloud-messaging', releaseCounter: 1, releaseId });
  });

  it('lists the manifest images as targets by hash', () => {
    const images = [{ path: 'firmware/fw.bin', length: 10, sha256: 'c'.repeat(64) }];
    const targets = parseTargets(proposalWith(manifestBytes({ images })).targets).signed.targets;
    expect(targets['firmware/fw.bin']).toMatchObject({ length: 10, hashes: { sha256: 'c'.repeat(64) } });
  });

  it('drops collected signatures when content is added', async () => {
    const signed = await signProposal(genesis, proposalWith(manifestBytes()), releaseSigners);
    const grown = addManifestTarget(signed, manifestBytes({ stream: 'other' }));
    expect(proposalSignatureStatus(genesis, grown).validKeyIds).toEqual([]);
  });

  describe('when the manifest holds a float', () => {
    it('refuses it with NOT_CANONICALIZABLE naming the field', async () => {
      const bytes = manifestBytes({ migrations: [{ op: 'setIfAbsent', key: 'volume', value: 0.5 }] });
      const error = await manifestErrorOf(() => proposalWith(bytes));
      expect(error.code).toBe('NOT_CANONICALIZABLE');
      const message = expect.stringMatching(/expected an integer .* got 0.5/);
      expect(error.errors).toEqual([{ path: 'migrations.0.value', message }]);
    });
  });

  describe('when the manifest holds a control character', () => {
    it('refuses it with NOT_CANONICALIZABLE', async () => {
      const bytes = manifestBytes({ migrations: [{ op: 'force', key: 'a', value: 'x\u0007', reason: 'r' }] });
      expect((await manifestErrorOf(() => proposalWith(bytes))).errors[0]?.path).toBe('migrations.0.value');
    });
  });

  describe('when the manifest is invalid', () => {
    it('refuses it with MANIFEST_INVALID and every field', async () => {
      const error = await manifestErrorOf(() => proposalWith(JSON.stringify(aManifest({ releaseCounter: 0, stream: '' }))));
      expect(error.code).toBe('MANIFEST_INVALID');
      expect(error.errors.map((e) => e.path)).toEqual(['stream', 'releaseCounter']);
    });
  });

  describe('when the releaseCounter does not increase on its stream', () => {
    it('refuses with RELEASE_COUNTER_NOT_INCREASING', async () => {
      const state = await published(manifestBytes({ releaseCounter: 5 }));
      const error = await manifestErrorOf(() => proposalWith(manifestBytes({ releaseCounter: 5, id: 'again' }), state));
      expect(error.code).toBe('RELEASE_COUNTER_NOT_INCREASING');
      expect(error.message).toBe('releaseCounter for stream "cloud-messaging" must exceed 5, got 5');
      expect(() => proposalWith(manifestBytes({ releaseCounter: 1, stream: 'other' }), state)).not.toThrow();
    });
  });

  describe('when an image path is listed with other content', () => {
    it('refuses with TARGET_CONFLICT', async () => {
      const image = (sha: string) => ({ images: [{ path: 'firmware/fw.bin', length: 10, sha256: sha.repeat(64) }] });
      const first = proposalWith(manifestBytes(image('a')));
      const error = await manifestErrorOf(() => addManifestTarget(first, manifestBytes({ ...image('b'), releaseCounter: 2 })));
      expect(error.code).toBe('TARGET_CONFLICT');
    });
  });

  describe('when targets custom data holds a float', () => {
    it('refuses to sign with NOT_CANONICALIZABLE', async () => {
      const proposal = proposalWith(manifestBytes());
      const targets = forge(proposal.targets, [], (signed) => {
        const listed = signed.targets as Record<string, { custom: Record<string, unknown> }>;
        listed['manifests/cloud-messaging/1.json']!.custom.rolloutShare = 0.25;
      });
      const error = await manifestErrorOf(() => signProposal(genesis, { ...proposal, targets }, releaseSigners));
      expect(error.code).toBe('NOT_CANONICALIZABLE');
      expect(error.errors[0]?.path).toBe('targets.manifests/cloud-messaging/1.json.custom.rolloutShare');
    });
  });
});

describe('collecting detached signatures (POST .../signatures)', () => {
  it('accepts a release signer signature over the proposal payload and counts distinct keys', async () => {
    const proposal = proposalWith(manifestBytes());
    const signature = await ring.releaseA.signer.sign(proposalPayload(proposal));
    const once = addProposalSignature(genesis, proposal, { keyid: signature.keyID, sig: signature.sig });
    const twice = addProposalSignature(genesis, once, signature);
    expect(proposalSignatureStatus(genesis, twice)).toMatchObject({
      role: 'targets',
      threshold: 2,
      validKeyIds: [ring.releaseA.keyId],
      thresholdMet: false,
    });
    const both = addProposalSignature(genesis, twice, await ring.releaseB.signer.sign(proposalPayload(proposal)));
    expect(proposalSignatureStatus(genesis, both).thresholdMet).toBe(true);
  });

  describe('when the key is not a targets key of the current root', () => {
    it('refuses with UNKNOWN_SIGNING_KEY', async () => {
      const proposal = proposalWith(manifestBytes());
      for (const signer of [outsider.signer, ring.snapshot.signer]) {
        const signature = await signer.sign(proposalPayload(proposal));
        const error = await manifestErrorOf(() => addProposalSignature(genesis, proposal, signature));
        expect(error.code).toBe('UNKNOWN_SIGNING_KEY');
      }
    });
  });

  describe('when the signature covers other bytes', () => {
    it('refuses with SIGNATURE_INVALID', async () => {
      const proposal = proposalWith(manifestBytes());
      const signature = await ring.releaseA.signer.sign(Buffer.from('something else'));
      expect((await manifestErrorOf(() => addProposalSignature(genesis, proposal, signature))).code).toBe('SIGNATURE_INVALID');
    });
  });
});
