/** The D3 and D4 checks on top of TUF, pure: offer, pointer, anti-rollback counter, applicability. */
import { validateManifest, type OtaManifest } from '@app/manifest';
import { readFirmwareManifest } from '../../ota-server/test/harness';
import { applicabilityProblems, checkApplicable, checkOfferMatches, checkPointerMatches, checkReleaseCounter } from '../src/agent/update-checks';
import { UpdateRejection } from '../src/agent/update-rejection';
import type { DeviceProfile } from '../src/device/emulated-device';

const manifest: OtaManifest = validateManifest(readFirmwareManifest('cloud-messaging-opt-in.json'));
const device: DeviceProfile = { model: 'mi-4', firmwareVersion: '5.8.0', region: 'in', channel: 'beta' };
const pointer = { path: 'manifests/miui-settings/1.json', stream: 'miui-settings', releaseCounter: 1 };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof UpdateRejection) return error.code;
    throw error;
  }
}

describe('checkOfferMatches', () => {
  const RELEASE = '0d4f5a8e-3c2b-4a1f-9e8d-7c6b5a4f3e2d';
  const signedFor = (custom: Record<string, unknown>) => ({
    path: pointer.path,
    custom: { kind: 'ota-manifest', id: manifest.id, stream: 'miui-settings', releaseCounter: 1, ...custom },
  });

  it('accepts an answer naming the release signed into the target', () => {
    expect(codeOf(() => checkOfferMatches(RELEASE, signedFor({ releaseId: RELEASE })))).toBeUndefined();
  });

  it('accepts what it cannot check: a target signed without a release id (older server), an answer without one', () => {
    expect(codeOf(() => checkOfferMatches(RELEASE, signedFor({})))).toBeUndefined();
    expect(codeOf(() => checkOfferMatches(undefined, signedFor({ releaseId: RELEASE })))).toBeUndefined();
  });

  describe('when the answer pairs the rollout with another release than the target is signed for', () => {
    it.each([
      ['another release id', 'b1e2c3d4-0000-4000-8000-000000000000'],
      ['a release id of another type', 42],
    ])('refuses %s with OFFER_MISMATCH, naming both', (_, signed) => {
      const target = signedFor({ releaseId: signed });
      expect(codeOf(() => checkOfferMatches(RELEASE, target))).toBe('OFFER_MISMATCH');
      expect(() => checkOfferMatches(RELEASE, target)).toThrow(
        `expected target ${pointer.path} to be signed for release ${RELEASE}, got release ${JSON.stringify(signed)}`,
      );
    });
  });
});

describe('checkPointerMatches', () => {
  it('accepts the release the server pointed at', () => {
    expect(codeOf(() => checkPointerMatches(manifest, pointer))).toBeUndefined();
  });

  it.each([
    ['another path', { ...pointer, path: 'manifests/miui-settings/2.json' }],
    ['another stream', { ...pointer, stream: 'other' }],
    ['another counter', { ...pointer, releaseCounter: 2 }],
  ])('refuses a pointer naming %s with TARGET_NOT_FOUND', (_, p) => {
    expect(codeOf(() => checkPointerMatches(manifest, p))).toBe('TARGET_NOT_FOUND');
  });
});

describe('checkReleaseCounter', () => {
  it('installs on a stream never applied, or one applied at a lower counter', () => {
    expect(checkReleaseCounter(manifest, {})).toBe('install');
    expect(checkReleaseCounter({ ...manifest, releaseCounter: 3 }, { 'miui-settings': 2 })).toBe('install');
    expect(checkReleaseCounter(manifest, { other: 9 })).toBe('install');
  });

  it('treats an equal counter as already applied', () => {
    expect(checkReleaseCounter(manifest, { 'miui-settings': 1 })).toBe('already-applied');
  });

  describe('when the counter is lower than the one applied', () => {
    it('refuses with ROLLBACK, naming both counters', () => {
      expect(() => checkReleaseCounter(manifest, { 'miui-settings': 2 })).toThrow(/must exceed 2, got 1/);
      expect(codeOf(() => checkReleaseCounter(manifest, { 'miui-settings': 2 }))).toBe('ROLLBACK');
    });
  });

  it('reads own properties only', () => {
    expect(checkReleaseCounter({ ...manifest, stream: 'constructor' }, {})).toBe('install');
  });
});

describe('checkApplicable', () => {
  it('accepts a device the manifest lists', () => {
    expect(applicabilityProblems(manifest, device)).toEqual([]);
  });

  describe('when the device is outside appliesTo', () => {
    it.each([
      ['model', { model: 'mi-9' }, /model one of mi-3, mi-4, redmi-1s, redmi-note, got mi-9/],
      ['firmware range', { firmwareVersion: '5.9.0' }, /firmware in >=5.0.0 <5.9.0, got 5.9.0/],
      ['prerelease outside the range', { firmwareVersion: '5.8.1-beta.1' }, /firmware in/],
      ['channel', { channel: 'dev' }, /channel one of stable, beta, got dev/],
      ['region', { region: 'eu' }, /region one of .*, got eu/],
    ])('refuses a wrong %s with NOT_APPLICABLE', (_, change, message) => {
      const profile = { ...device, ...change };
      expect(codeOf(() => checkApplicable(manifest, profile))).toBe('NOT_APPLICABLE');
      expect(() => checkApplicable(manifest, profile)).toThrow(message);
    });

    it('lists every mismatch at once', () => {
      expect(applicabilityProblems(manifest, { model: 'x', firmwareVersion: '1.0.0', channel: 'dev', region: 'eu' })).toHaveLength(4);
    });
  });
});
