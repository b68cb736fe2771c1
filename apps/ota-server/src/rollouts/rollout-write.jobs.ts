/**
 * The device hot path's writes to rollout state (D4, D6), run by HotWrites: in the sqlite write worker's thread,
 * or on the main thread against PostgreSQL. Plain functions over SqlDb; nothing here may import Nest.
 */
import { defineJobs, type SqlDb } from '../database/sql-db';
import { applyReport, insertOffers, timeOutStuck, type OfferRow, type ReportContext, type ReportItem, type ReportResult } from './device-rollout.repository';
import { OutcomeDeltas } from './rollout-outcome.repository';
import { CountDeltas } from './rollout-stage-count.repository';

export interface ReportGroup {
  /** Offers buffered by polls since the last group: written first, so a report always finds its offer's row. */
  offers: OfferRow[];
  reports: ReportItem[];
  now: string;
}

/**
 * Group commit: many reports, one transaction, one fsync; each report's result is known only once the group
 * committed. Reports are applied in key order (a device's own reports keep their order): on PostgreSQL every
 * instance then locks rows in the same order. A refused report writes nothing and does not stop the others.
 */
async function commitReports(db: SqlDb, group: ReportGroup): Promise<ReportResult[]> {
  const order = group.reports.map((_, i) => i).sort((a, b) => compareReports(group.reports[a], group.reports[b]) || a - b);
  return db.transaction(async (tx) => {
    const ctx: ReportContext = { now: group.now, counts: new CountDeltas(), outcomes: new OutcomeDeltas(), releases: new Map() };
    await insertOffers(tx, group.offers, ctx.counts);
    const results: ReportResult[] = new Array(group.reports.length);
    for (const i of order) results[i] = await applyReport(tx, group.reports[i], ctx);
    await ctx.counts.apply(tx);
    await ctx.outcomes.apply(tx);
    return results;
  }, 'high');
}

function compareReports(a: ReportItem, b: ReportItem): number {
  return a.rolloutId < b.rolloutId ? -1 : a.rolloutId > b.rolloutId ? 1 : a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0;
}

async function commitOffers(db: SqlDb, offers: OfferRow[]): Promise<void> {
  await db.transaction(async (tx) => {
    const counts = new CountDeltas();
    await insertOffers(tx, offers, counts);
    await counts.apply(tx);
  }, 'high');
}

export interface TimeoutPass {
  rolloutId: string;
  cutoff: string;
  now: string;
  limit: number;
}

/** D4: one short transaction of stuck devices turned `timed-out`; the caller repeats while it returns `limit` ids. */
async function timeOut(db: SqlDb, pass: TimeoutPass): Promise<string[]> {
  return db.transaction(async (tx) => {
    const counts = new CountDeltas();
    const ids = await timeOutStuck(tx, pass.rolloutId, pass.cutoff, pass.now, pass.limit, counts);
    await counts.apply(tx);
    return ids;
  }, 'high');
}

export const rolloutWrites = defineJobs(__filename, { commitReports, commitOffers, timeOut });
