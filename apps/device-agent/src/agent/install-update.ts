/**
 * An `install` answer carried out (D3, D4): look the target up through TUF and check that the answer's
 * release is the one signed into it, download and verify it, check the manifest against the pointer, the release
 * counter and this device, then the A/B install with the atomic settings migration.
 * Each refusal keeps the device as it was and ends in a `failed` report with its stable code. Two things are
 * not verdicts on the update and propagate instead: a power cut (the device is dead) and a server that cannot
 * be reached (the agent backs off; the server re-offers the unfinished install on a later poll).
 */
import { ManifestError, parseManifest, type OtaManifest } from '@app/manifest';
import type { DeviceErrorCode, DeviceRolloutStatus, KeyOutcome, ReportedTarget, UpdateTargetPointer } from '@app/protocol';
import { SettingsError, isSettingsError } from '@app/settings';
import { ClientError } from '../client/client-error';
import type { EmulatedDevice } from '../device/emulated-device';
import { lookUpTarget, type ListedTarget, type TufSource } from './tuf-fetch';
import { checkApplicable, checkOfferMatches, checkPointerMatches, checkReleaseCounter } from './update-checks';
import { UpdateRejection } from './update-rejection';

export interface StatusUpdate {
  status: Exclude<DeviceRolloutStatus, 'offered' | 'timed-out'>;
  /** D4: the answer's target path, and the SHA-256 the signed targets metadata lists once TUF has verified it. */
  target: ReportedTarget;
  code?: DeviceErrorCode;
  outcomes?: KeyOutcome[];
  /** Why, for people: never sent, the code is the contract. */
  detail?: string;
}

/** What an `install` answer offers: the release the rollout ships (newer servers) and its manifest's target. */
export interface InstallOffer {
  releaseId?: string;
  target: UpdateTargetPointer;
}

export interface InstallDeps {
  device: EmulatedDevice;
  tuf: TufSource;
  /** Sends a progress report (downloading, installing). */
  progress: (update: StatusUpdate) => Promise<void>;
}

/**
 * Runs the install and returns the terminal report to send; never leaves the device half-updated. The metadata
 * refresh and the target's signed entry come first, so every report from `downloading` on names the verified
 * hash; a refusal before that (expired or badly signed metadata, a target not listed) names the path only.
 */
export async function installUpdate(deps: InstallDeps, offer: InstallOffer): Promise<StatusUpdate> {
  let listed: ListedTarget;
  try {
    listed = await lookUpTarget(deps.tuf, offer.target.path);
  } catch (error) {
    return failed(error, { path: offer.target.path });
  }
  const target: ReportedTarget = { path: offer.target.path, sha256: listed.sha256 };
  try {
    checkOfferMatches(offer.releaseId, listed);
    await deps.progress({ status: 'downloading', target });
    return await verifyAndInstall(deps, offer.target, listed, target);
  } catch (error) {
    return failed(error, target);
  }
}

async function verifyAndInstall(deps: InstallDeps, pointer: UpdateTargetPointer, listed: ListedTarget, target: ReportedTarget): Promise<StatusUpdate> {
  const manifest = parseManifest(await listed.download());
  checkPointerMatches(manifest, pointer);
  // The counter before applicability: a device that installed this release runs its new firmware version,
  // which the manifest's range no longer covers, and must still answer "already applied".
  const state = await deps.device.settings();
  if (checkReleaseCounter(manifest, state.releaseCounters) === 'already-applied') return alreadyApplied(deps.device, manifest, target);
  checkApplicable(manifest, deps.device.profile());
  await deps.progress({ status: 'installing', target });
  const result = await deps.device.installRelease({
    manifestId: manifest.id,
    stream: manifest.stream,
    releaseCounter: manifest.releaseCounter,
    firmwareVersion: manifest.firmware.version,
    migrations: manifest.migrations,
  });
  if (result.kind === 'boot-failed')
    return { status: 'rolled-back', target, code: 'BOOT_FAILED', detail: `slot with ${manifest.firmware.version} failed to boot; back on the old slot` };
  return { status: 'succeeded', target, outcomes: result.outcomes };
}

/** A refusal as the `failed` report to send, or rethrown when it is no verdict on the update. */
function failed(error: unknown, target: ReportedTarget): StatusUpdate {
  const code = rejectionCodeOf(error);
  return { status: 'failed', target, code, detail: error instanceof Error ? error.message : String(error) };
}

/**
 * D3: equal counter = already applied, a no-op reported as succeeded. When this device committed the install
 * but never got its `succeeded` through (a power cut right after the commit, a lost report), the outcomes it
 * kept are sent now, so the server counts them once.
 */
function alreadyApplied(device: EmulatedDevice, manifest: OtaManifest, target: ReportedTarget): StatusUpdate {
  const last = device.lastInstall();
  const same = last !== null && last.manifestId === manifest.id && last.stream === manifest.stream && last.releaseCounter === manifest.releaseCounter;
  return same && !last.reported
    ? { status: 'succeeded', target, outcomes: last.outcomes }
    : { status: 'succeeded', target, detail: `${manifest.id} already applied` };
}

/** The code to report, or rethrows what is not a verdict on the update (power cut, unreachable server). */
function rejectionCodeOf(error: unknown): DeviceErrorCode {
  if (error instanceof UpdateRejection) return error.code;
  if (isSettingsError(error, 'SIMULATED_CRASH') || error instanceof ClientError) throw error;
  if (error instanceof ManifestError) return 'MANIFEST_INVALID';
  if (error instanceof SettingsError) return error.code === 'ROLLBACK' ? 'ROLLBACK' : 'MIGRATION_FAILED';
  return 'INTERNAL';
}
