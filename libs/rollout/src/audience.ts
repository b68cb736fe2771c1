import { satisfies } from 'semver';

/**
 * D4 audience filter of a rollout. Every criterion is optional and an absent or empty list means "any"; the
 * criteria combine with AND. Strings compare exactly (case-sensitive), as the device reports them.
 */
export interface AudienceFilter {
  /** The device's model is one of these. */
  models?: string[];
  /** The device's region is one of these. */
  regions?: string[];
  /** The device's update channel is one of these. */
  channels?: string[];
  /** A semver range the installed firmware must satisfy, e.g. `>=14.0.0 <15.0.0`. */
  firmware?: string;
  /** The device carries ALL of these tags (a filter narrows; it never widens with more tags). */
  tags?: string[];
}

/** What the server knows of a device when it decides whether to offer a rollout. */
export interface AudienceDevice {
  model: string;
  region: string;
  channel: string;
  firmwareVersion: string;
  tags?: readonly string[];
}

/**
 * Whether the device is in the rollout's audience. The firmware range uses `semver.satisfies` with its default
 * rules, the same ones the agent applies to a manifest's `appliesTo.firmware` (D3): a prerelease version only
 * matches a range that names the same major.minor.patch with a prerelease, and an unparsable device version
 * matches no range (a device we cannot place is not offered the update).
 */
export function matchesAudience(device: AudienceDevice, filter: AudienceFilter): boolean {
  return (
    isListedOrAny(device.model, filter.models) &&
    isListedOrAny(device.region, filter.regions) &&
    isListedOrAny(device.channel, filter.channels) &&
    satisfiesFirmware(device.firmwareVersion, filter.firmware) &&
    hasAllTags(device.tags ?? [], filter.tags)
  );
}

function isListedOrAny(value: string, allowed: readonly string[] | undefined): boolean {
  return allowed === undefined || allowed.length === 0 || allowed.includes(value);
}

function satisfiesFirmware(version: string, range: string | undefined): boolean {
  if (range === undefined) return true;
  return satisfies(version, range);
}

function hasAllTags(deviceTags: readonly string[], required: readonly string[] | undefined): boolean {
  if (required === undefined || required.length === 0) return true;
  return required.every((tag) => deviceTags.includes(tag));
}
