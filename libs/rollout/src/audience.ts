import { satisfies } from 'semver';
import type { DeviceProfile } from '@app/protocol';

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
  /** The device carries ALL of these admin-assigned tags (a filter narrows; it never widens with more tags). */
  tags?: string[];
  /** The device is listed in at least one of these static groups (D8). */
  groups?: string[];
}

/** What the server knows of a device when it decides whether to offer a rollout. */
export interface AudienceDevice extends DeviceProfile {
  tags?: readonly string[];
  groups?: readonly string[];
}

/** What an admin assigned to a device (D8): its tags and the groups listing it; held by the server, not reported. */
export interface DeviceMembership {
  tags?: readonly string[];
  groups?: readonly string[];
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
    matchesMembership(device, filter)
  );
}

function matchesProfile(device: DeviceProfile, filter: AudienceFilter): boolean {
  return (
    isListedOrAny(device.model, filter.models) &&
    isListedOrAny(device.region, filter.regions) &&
    isListedOrAny(device.channel, filter.channels) &&
    satisfiesFirmware(device.firmwareVersion, filter.firmware)
  );
}

/** The admin-assigned part of the filter: all of its tags, and one of its groups when it names any. */
export function matchesMembership(membership: DeviceMembership | undefined, filter: AudienceFilter): boolean {
  if (!hasAllTags(membership?.tags ?? [], filter.tags)) return false;
  if (filter.groups === undefined || filter.groups.length === 0) return true;
  const groups = membership?.groups;
  return groups !== undefined && filter.groups.some((g) => groups.includes(g));
}

/** Whether the filter names tags or groups: only then does a device's membership matter. */
export function namesMembership(filter: AudienceFilter): boolean {
  return (filter.tags?.length ?? 0) > 0 || (filter.groups?.length ?? 0) > 0;
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

/** Distinct device profiles remembered per matcher before it starts over (a fleet has few: models x versions x ...). */
const PROFILE_CACHE_LIMIT = 4096;

/**
 * `matchesAudience` for one filter, its profile part remembered per device profile (model, region, channel,
 * firmware; tags and groups are checked apart, they differ per device): the poll hot path asks it for every live rollout on every poll, and the answer depends only on
 * those few low-cardinality fields, while a semver range check costs microseconds. Bounded: past
 * PROFILE_CACHE_LIMIT profiles the memory is dropped and refilled.
 */
export class AudienceMatcher {
  private readonly known = new Map<string, boolean>();
  private readonly membershipMatters: boolean;

  constructor(readonly filter: AudienceFilter) {
    this.membershipMatters = namesMembership(filter);
  }

  /**
   * `profileKey`: the caller's own string for the device's (model, region, channel, firmware), when it has one at
   * hand; it must differ whenever one of those does. Without it the matcher builds one.
   */
  /**
   * `membership`: the device's tags and groups when the caller holds them apart from the profile (the server's
   * membership cache); without it the device's own `tags`/`groups` are used.
   */
  matches(device: AudienceDevice, profileKey?: string, membership?: DeviceMembership): boolean {
    if (this.membershipMatters && !matchesMembership(membership ?? device, this.filter)) return false;
    const profile = profileKey ?? `${device.model}\n${device.region}\n${device.channel}\n${device.firmwareVersion}`;
    let answer = this.known.get(profile);
    if (answer === undefined) {
      answer = matchesProfile(device, this.filter);
      if (this.known.size >= PROFILE_CACHE_LIMIT) this.known.clear();
      this.known.set(profile, answer);
    }
    return answer;
  }
}
