import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ServerConfig } from './config/server.config';
import { Lifecycle } from './health/lifecycle';

/**
 * D6 graceful stop on SIGTERM (and Ctrl-C): readiness turns red first and the server keeps serving for
 * `drainMs`, so a load balancer stops sending new requests before anything is refused; then the listener
 * closes, requests in flight finish, buffered writes are flushed, the database closes and the process exits.
 * A stop that takes longer than `timeoutMs` more, or a second signal, exits at once.
 */
export function installGracefulShutdown(app: INestApplication, config: ServerConfig, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.get(Lifecycle).startDraining();
    logger.info({ signal, drainMs: config.shutdown.drainMs }, 'shutting down: readiness is red; the listener closes after the drain delay');
    const force = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdown.timeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdown.drainMs + config.shutdown.timeoutMs);
    force.unref();
    void new Promise((resolve) => setTimeout(resolve, config.shutdown.drainMs))
      .then(() => app.close())
      .then(
        () => {
          logger.info({}, 'stopped');
          process.exit(0);
        },
        (err: Error) => {
          logger.error({ err: err.message }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
