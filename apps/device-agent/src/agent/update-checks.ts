/**
 * The checks D3 and D4 put on top of TUF, pure: the answer's release is the signed target's, the manifest is the
 * one the server pointed at, it is newer than what this device applied on its stream, and it applies to this
 * device. Each refusal names what was expected and what was found.
 */
import { manifestTargetPath, type OtaManifest } from '@app/manifest';
import type { UpdateTargetPointer } from '@app/protocol';
import semver from 'semver';
import type { DeviceProfile } from '../device/emulated-device';
import { UpdateRejection } from './update-rejection';

/**
 * D4: an answer pairs a rollout with a release (`releaseId`) and that release's target; the server signs the
 * release id into the target's `custom.releaseId`, so a rollout cannot be paired with another release's target
 * unnoticed. A target without `custom.releaseId` was published by a server older than this check and cannot be
 * checked: it is accepted (TUF has still verified it, and the server checks the hash each report names). An
 * answer without `releaseId` (an older server) likewise has nothing to check.
 */
export function checkOfferMatches(answerReleaseId: string | undefined, target: { path: string; custom: Readonly<Record<string, unknown>> }): void {
  const signed = target.custom.releaseId;
  if (answerReleaseId === undefined || signed === undefined || signed === answerReleaseId) return;
  throw new UpdateRejection(
    'OFFER_MISMATCH',
    `expected target ${target.path} to be signed for release ${answerReleaseId}, got release ${JSON.stringify(signed)}`,
  );
}

/** The server's pointer and the verified manifest must name the same release. */
export function checkPointerMatches(manifest: OtaManifest, pointer: UpdateTargetPointer): void {
  const found = { path: manifestTargetPath(manifest), stream: manifest.stream, releaseCounter: manifest.releaseCounter };
  if (found.path === pointer.path && found.stream === pointer.stream && found.releaseCounter === pointer.releaseCounter) return;
  const expected = `${pointer.path} (stream ${pointer.stream}, releaseCounter ${pointer.releaseCounter})`;
  throw new UpdateRejection(
    'TARGET_NOT_FOUND',
    `expected the target to hold release ${expected}, got ${found.path} (stream ${found.stream}, releaseCounter ${found.releaseCounter})`,
  );
}

export type CounterDecision = 'install' | 'already-applied';

/** D3 anti-rollback: the counter must exceed the stream's last applied one; equal means already applied. */
export function checkReleaseCounter(manifest: OtaManifest, releaseCounters: Readonly<Record<string, number>>): CounterDecision {
  const applied = Object.hasOwn(releaseCounters, manifest.stream) ? releaseCounters[manifest.stream] : undefined;
  if (applied === undefined || manifest.releaseCounter > applied) return 'install';
  if (manifest.releaseCounter === applied) return 'already-applied';
  throw new UpdateRejection('ROLLBACK', `releaseCounter on stream ${manifest.stream} must exceed ${applied}, got ${manifest.releaseCounter}`);
}

/** Every way the manifest misses this device, at once. */
export function applicabilityProblems(manifest: OtaManifest, profile: DeviceProfile): string[] {
  const { models, firmware, channels, regions } = manifest.appliesTo;
  const problems: string[] = [];
  if (!models.includes(profile.model)) problems.push(`model one of ${models.join(', ')}, got ${profile.model}`);
  if (!semver.satisfies(profile.firmwareVersion, firmware)) problems.push(`firmware in ${firmware}, got ${profile.firmwareVersion}`);
  if (!channels.includes(profile.channel)) problems.push(`channel one of ${channels.join(', ')}, got ${profile.channel}`);
  if (!regions.includes(profile.region)) problems.push(`region one of ${regions.join(', ')}, got ${profile.region}`);
  return problems;
}

export function checkApplicable(manifest: OtaManifest, profile: DeviceProfile): void {
  const problems = applicabilityProblems(manifest, profile);
  if (problems.length > 0) throw new UpdateRejection('NOT_APPLICABLE', `manifest ${manifest.id} does not apply: expected ${problems.join('; ')}`);
}
