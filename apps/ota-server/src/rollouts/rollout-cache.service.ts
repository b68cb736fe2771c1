import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ReleaseEntity } from '../releases/release.entity';
import { OfferBook } from './offer-book.service';
import { ActiveRollout, toActiveRollout } from './rollout-plan';
import { RolloutEntity, RolloutState } from './rollout.entity';

/** States whose rollouts the hot path must know: offering (running), holding (paused), cancelling (halted, cancelled). */
const LIVE_STATES: RolloutState[] = ['running', 'paused', 'halted', 'cancelled'];

/** The live rollouts, parsed and ordered oldest first, refreshed on every change (D6: the poll reads memory). */
@Injectable()
export class RolloutCache {
  private live: ActiveRollout[] = [];
  private revisions = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offers: OfferBook,
  ) {}

  all(): readonly ActiveRollout[] {
    return this.live;
  }

  get(id: string): ActiveRollout | undefined {
    return this.live.find((r) => r.id === id);
  }

  /**
   * Reloads rollouts from the database. Device states are loaded when a rollout first appears; after that this
   * instance's memory is kept current by its own offers and reports.
   */
  async refresh(): Promise<void> {
    const rows = await this.db.getRepository(RolloutEntity).find({ where: { state: In(LIVE_STATES) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const releases = await this.db.getRepository(ReleaseEntity).find({ where: { id: In(rows.map((r) => r.releaseId)) } });
    const byId = new Map(releases.map((r) => [r.id, r]));
    const added = rows.filter((r) => !this.revisions.has(r.id)).map((r) => r.id);
    const gone = [...this.revisions.keys()].filter((id) => !rows.some((r) => r.id === id));
    for (const id of gone) this.offers.forget(id);
    for (const id of added) await this.offers.load(id);
    this.live = rows.map((r) => {
      const rel = byId.get(r.releaseId)!;
      return toActiveRollout(r, { path: rel.targetPath, stream: rel.stream, releaseCounter: rel.releaseCounter });
    });
    this.revisions = new Map(rows.map((r) => [r.id, r.revision]));
  }
}
