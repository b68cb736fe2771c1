import { intersects } from 'semver';
import type { AudienceFilter } from './audience';

/**
 * D4 "only one running rollout per stream reaches a device": whether some device could match both filters.
 * Conservative, so that a doubt refuses rather than lets two rollouts race on one device: an absent or empty
 * list matches everyone; two lists overlap when they share a value; firmware ranges overlap when semver says
 * they intersect (an unparsable range overlaps everything); tags and groups never separate audiences (a filter needs all of
 * its tags, one device may carry both sets, and one device may be listed in both groups).
 */
export function audiencesOverlap(a: AudienceFilter, b: AudienceFilter): boolean {
  return (
    listsOverlap(a.models, b.models) && listsOverlap(a.regions, b.regions) && listsOverlap(a.channels, b.channels) && rangesOverlap(a.firmware, b.firmware)
  );
}

function listsOverlap(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a?.length || !b?.length) return true;
  return a.some((v) => b.includes(v));
}

function rangesOverlap(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  try {
    return intersects(a, b);
  } catch {
    return true;
  }
}
