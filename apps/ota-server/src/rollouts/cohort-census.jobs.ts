/**
 * D4 "its expected cohort is computed from the registered devices in the audience": a walk over the device
 * registry that counts, per stage, the audience devices whose bucket that stage adds. Run by HotWrites (on
 * sqlite in the write worker, so a walk over a million devices never blocks the event loop), page by page at
 * low priority so status reports commit in between. Nothing here may import Nest.
 */
import { AudienceMatcher, bucketOf, firstStageIncluding, type AudienceFilter, type Stage } from '@app/rollout';
import { defineJobs, type SqlDb } from '../database/sql-db';
import { devicePage } from '../devices/device.repository';
import { profileKeyOf } from '../devices/session-tokens';

const PAGE = 5_000;

export interface CensusRequest {
  audience: AudienceFilter;
  salt: string;
  stages: Stage[];
}

/** Expected devices per stage: entry i counts the audience devices that stage i's cohort adds to the ones before. */
async function expectedPerStage(db: SqlDb, req: CensusRequest): Promise<number[]> {
  const matcher = new AudienceMatcher(req.audience);
  const perStage = req.stages.map(() => 0);
  for (let after = ''; ; ) {
    const rows = await db.read((tx) => devicePage(tx, after, PAGE), 'low');
    for (const d of rows) {
      const device = { model: d.model, firmwareVersion: d.firmware_version, channel: d.channel, region: d.region };
      if (!matcher.matches(device, profileKeyOf(device))) continue;
      const stage = firstStageIncluding(bucketOf(d.id, req.salt), req.stages);
      if (stage >= 0) perStage[stage] += 1;
    }
    if (rows.length < PAGE) return perStage;
    after = rows[rows.length - 1].id;
  }
}

export const cohortCensus = defineJobs(__filename, { expectedPerStage });
