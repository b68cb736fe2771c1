/**
 * D4 "its expected cohort is computed from the registered devices in the audience": a walk over the device
 * registry that counts, per stage, the audience devices whose bucket that stage adds. Run by HotWrites (on
 * sqlite in the write worker, so a walk over a million devices never blocks the event loop), page by page at
 * low priority so status reports commit in between. Nothing here may import Nest.
 */
import { AudienceMatcher, bucketOf, firstStageIncluding, namesMembership, type AudienceFilter, type Stage } from '@app/rollout';
import { defineJobs, type SqlDb } from '../database/sql-db';
import { devicePage } from '../devices/device.repository';
import { membershipsBetween } from '../groups/membership-page.repository';
import { profileKeyOf } from '../devices/session-tokens';
import { rolloutMembersBetween } from './device-rollout.repository';

const PAGE = 5_000;

export interface CensusRequest {
  rolloutId: string;
  audience: AudienceFilter;
  salt: string;
  stages: Stage[];
}

/**
 * Expected devices per stage: entry i counts the audience devices that stage i's cohort adds to the ones before.
 * A device already offered this rollout counts whatever its profile says now: one that installed the update
 * runs the new firmware and has left a `firmware` audience, but it is still part of the cohort that reported
 * (otherwise the expected cohort shrank as devices succeeded, and a stage could call a cohort complete early).
 */
async function expectedPerStage(db: SqlDb, req: CensusRequest): Promise<number[]> {
  return (await walkRegistry(db, req)).perStage;
}

/** A plan's figures before it is a rollout (no device has a state in it yet): its audience and stage cohorts. */
async function previewCohorts(db: SqlDb, req: Omit<CensusRequest, 'rolloutId'>): Promise<CohortFigures> {
  return walkRegistry(db, { ...req, rolloutId: '' });
}

export interface CohortFigures {
  /** Registered devices in the audience (or already in the rollout). */
  audience: number;
  perStage: number[];
}

async function walkRegistry(db: SqlDb, req: CensusRequest): Promise<CohortFigures> {
  const matcher = new AudienceMatcher(req.audience);
  const perStage = req.stages.map(() => 0);
  let audience = 0;
  for (let after = ''; ;) {
    const { rows, members, memberships } = await db.read(async (tx) => {
      const page = await devicePage(tx, after, PAGE);
      const [first, last] = [page[0]?.id, page[page.length - 1]?.id];
      const inRollout = page.length > 0 && req.rolloutId !== '' ? await rolloutMembersBetween(tx, req.rolloutId, first, last) : new Set<string>();
      // D8: tags and groups only when the audience names them (a walk over a fleet without them reads nothing more).
      const assigned = page.length > 0 && namesMembership(req.audience) ? await membershipsBetween(tx, first, last) : undefined;
      return { rows: page, members: inRollout, memberships: assigned };
    }, 'low');
    for (const d of rows) {
      const device = { model: d.model, firmwareVersion: d.firmware_version, channel: d.channel, region: d.region };
      if (!members.has(d.id) && !matcher.matches(device, profileKeyOf(device), memberships?.get(d.id) ?? {})) continue;
      audience += 1;
      const stage = firstStageIncluding(bucketOf(d.id, req.salt), req.stages);
      if (stage >= 0) perStage[stage] += 1;
    }
    if (rows.length < PAGE) return { audience, perStage };
    after = rows[rows.length - 1].id;
  }
}

export const cohortCensus = defineJobs(__filename, { expectedPerStage, previewCohorts });
