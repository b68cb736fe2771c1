import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CLOCK, Clock } from '../clock/clock';
import { Storage } from '../database/storage.service';
import { ReleaseEntity } from '../releases/release.entity';
import { findReleases } from '../releases/release.repository';
import { OfferBook } from './offer-book.service';
import { ActiveRollout, RolloutRelease, toActiveRollout } from './rollout-plan';
import { RolloutState } from './rollout.entity';
import { rolloutsIn } from './rollout.repository';

/** States whose rollouts the hot path must know: offering (running), holding (paused), cancelling (halted, cancelled). */
const LIVE_STATES: RolloutState[] = ['running', 'paused', 'halted', 'cancelled'];
/**
 * A stopped rollout is kept in memory this long after it stopped, to tell its offered devices to cancel and let
 * started ones finish; then it is dropped, so memory does not grow with the history of rollouts. A device that
 * comes back later hears `none`, which for a device that never started is the same as `cancel`.
 */
export const STOPPED_RETENTION_MS = 7 * 24 * 3600 * 1000;

/** The live rollouts, parsed and ordered oldest first, refreshed on every change (D6: the poll reads memory). */
@Injectable()
export class RolloutCache {
  private live: ActiveRollout[] = [];
  /** Rollouts whose device states are loaded into the offer book. */
  private loaded = new Set<string>();
  /** The last refresh asked for: refreshes run one after another, never two at once. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly offers: OfferBook,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  all(): readonly ActiveRollout[] {
    return this.live;
  }

  get(id: string): ActiveRollout | undefined {
    return this.live.find((r) => r.id === id);
  }

  /**
   * Reloads rollouts from the database. Device states are loaded when a rollout first appears; after that this
   * instance's memory is kept current by its own offers and reports. Refreshes are queued, one at a time (two at
   * once loaded a new rollout's device states twice), and each starts after it was asked for, so a caller that
   * has just committed a change sees it.
   */
  refresh(): Promise<void> {
    const next = this.queue.catch(() => undefined).then(() => this.reload());
    this.queue = next;
    return next;
  }

  private async reload(): Promise<void> {
    const retainedSince = new Date(this.clock.now().getTime() - STOPPED_RETENTION_MS).toISOString();
    const rows = (await this.storage.read((tx) => rolloutsIn(tx, LIVE_STATES))).filter(
      (r) => r.state === 'running' || r.state === 'paused' || r.updatedAt > retainedSince,
    );
    const releases = await this.storage.read((tx) =>
      findReleases(
        tx,
        rows.map((r) => r.releaseId),
      ),
    );
    const byId = new Map(releases.map((r) => [r.id, r]));
    const added = rows.filter((r) => !this.loaded.has(r.id)).map((r) => r.id);
    const gone = [...this.loaded].filter((id) => !rows.some((r) => r.id === id));
    for (const id of gone) this.offers.forget(id);
    for (const id of added) await this.offers.load(id);
    const previous = new Map(this.live.map((r) => [r.id, r]));
    this.live = rows.map((r) => toActiveRollout(r, releaseOf(byId.get(r.releaseId)!, previous.get(r.id)), previous.get(r.id)));
    this.loaded = new Set(rows.map((r) => r.id));
  }
}

/**
 * The release a rollout ships. The manifest column holds exactly the target's bytes, so its SHA-256 is the hash
 * the signed targets metadata lists; it is computed when the rollout is first loaded and kept across refreshes
 * (a rollout's release never changes).
 */
function releaseOf(rel: ReleaseEntity, previous: ActiveRollout | undefined): RolloutRelease {
  const target = { path: rel.targetPath, stream: rel.stream, releaseCounter: rel.releaseCounter };
  const targetSha256 = previous?.releaseId === rel.id ? previous.targetSha256 : createHash('sha256').update(rel.manifest, 'utf8').digest('hex');
  return { releaseId: rel.id, target, targetSha256 };
}
