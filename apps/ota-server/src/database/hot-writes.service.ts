import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transferable } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import { SERVER_CONFIG, type ServerConfig } from '../config/server.config';
import { PostgresDb } from './postgres-db';
import type { Job, JobModule } from './sql-db';
import { isStorageUnavailable } from './storage-errors';
import { StorageHealth } from './storage-health';
import { SqliteWriteWorker } from './write-worker/write-worker';

type Jobs = Record<string, Job<never, unknown>>;

/**
 * Runs the device hot path's write jobs (D6: "writes are committed in groups off the event loop"): on sqlite in
 * a worker thread with its own connection, so no commit, fsync or B-tree walk of a million-row table ever
 * blocks the event loop that answers polls; on PostgreSQL on the pg pool, whose I/O does not block it either.
 * Every outcome feeds StorageHealth (readiness). Buffered writes are flushed by their owners at shutdown
 * (`onShutdown`) before the worker stops.
 */
@Injectable()
export class HotWrites implements OnApplicationShutdown {
  private readonly logger = new Logger('hot-writes');
  private readonly worker?: SqliteWriteWorker;
  private readonly pg?: PostgresDb;
  private readonly flushers: (() => Promise<void>)[] = [];

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly health: StorageHealth,
    @Inject(SERVER_CONFIG) config: ServerConfig,
  ) {
    if (config.database.type === 'postgres') this.pg = new PostgresDb(db);
    else
      this.worker = new SqliteWriteWorker({ file: config.database.file }, (err) =>
        this.logger.error({ err: err.message }, 'write worker died; starting a new one'),
      );
  }

  run<J extends Jobs, K extends keyof J & string>(
    module: JobModule<J>,
    name: K,
    payload: Parameters<J[K]>[1],
    transfer?: Transferable[],
  ): Promise<Awaited<ReturnType<J[K]>>> {
    type R = Awaited<ReturnType<J[K]>>;
    const started = this.worker ? this.worker.run<R>(module.file, name, payload, transfer) : (module.jobs[name] as Job<typeof payload, R>)(this.pg!, payload);
    return started.then(
      (result) => {
        this.health.recordSuccess();
        return result;
      },
      (err: unknown) => {
        this.health.recordError(err);
        if (isStorageUnavailable(err)) this.health.recordFailure(err, `${name}`);
        throw err;
      },
    );
  }

  /** Registers a flush of buffered writes to run at shutdown, before the write worker stops. */
  onShutdown(flush: () => Promise<void>): void {
    this.flushers.push(flush);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const flush of this.flushers) {
      await flush().catch((err: Error) => this.logger.error({ err: err.message }, 'flush at shutdown failed; buffered writes are lost'));
    }
    await this.worker?.close();
  }
}
