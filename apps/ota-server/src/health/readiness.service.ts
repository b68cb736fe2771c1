import { Injectable } from '@nestjs/common';
import { probeRead, probeWrite } from '../database/lease.repository';
import { describeStorageError } from '../database/storage-errors';
import { StorageHealth } from '../database/storage-health';
import { Storage } from '../database/storage.service';
import { TufExpiryService } from '../tuf/tuf-expiry.service';
import { LeaseService } from '../database/lease.service';
import type { ReadinessDto } from './dto/health.dto';
import { Lifecycle } from './lifecycle';

/** A probe write at most this often (load balancers ask every few seconds; a write is an fsync). */
const PROBE_EVERY_MS = 1_000;

/** What the checks found; GET /health/ready answers it with its `status` word. */
export type Readiness = Omit<ReadinessDto, 'status'>;

/**
 * D6 readiness: the database is reachable and takes writes, the TUF metadata devices would fetch is fresh (every
 * role, root included: D7), and the server is neither shedding load nor shutting down. "Takes writes" is what the
 * last write found (every write path reports to StorageHealth); while writes fail, a probe write (at most once a
 * second) finds out whether the storage is back even when no device writes. Expiry warnings and withheld installs
 * leave it ready but `degraded` (D7).
 */
@Injectable()
export class ReadinessService {
  private lastProbeMs = 0;

  constructor(
    private readonly storage: Storage,
    private readonly health: StorageHealth,
    private readonly tuf: TufExpiryService,
    private readonly leases: LeaseService,
    private readonly lifecycle: Lifecycle,
  ) {}

  async check(): Promise<Readiness> {
    const reachable = await this.storage
      .read(probeRead)
      .then(() => ({ reachable: true }))
      .catch((err: unknown) => ({ reachable: false, error: describeStorageError(err) }));
    if (reachable.reachable && !this.health.writable().ok && Date.now() - this.lastProbeMs >= PROBE_EVERY_MS) {
      this.lastProbeMs = Date.now();
      await this.storage.write('readiness probe', (tx) => probeWrite(tx, this.leases.holder, new Date().toISOString())).catch(() => undefined);
    }
    const database = { ...reachable, ...this.health.writable() };
    const tuf = this.tuf.freshness();
    const notServing = this.lifecycle.notServing();
    const serving = notServing ? { ok: false, ...notServing } : { ok: true };
    const ready = database.reachable && database.ok && tuf.ok && serving.ok;
    return { ready, database, tuf, degraded: tuf.warnings.length > 0 || tuf.installs.withheld, serving };
  }
}
