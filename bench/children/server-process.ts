/**
 * The OTA server under test, in its own process: the real `createApp` (Nest on Fastify, migrations, keys,
 * rollout cache) with the configuration read from the environment by `loadServerConfig`, exactly as `main.ts`
 * does. Logs go to BENCH_LOG_FILE. Reports its port and start-up time, then serves the parent (child-side.ts).
 */
import 'reflect-metadata';
import pino from 'pino';
import { createApp } from '../../apps/ota-server/src/app.factory';
import { AdminTokensService } from '../../apps/ota-server/src/auth/admin-tokens.service';
import { loadServerConfig } from '../../apps/ota-server/src/config/server.config';
import { createPinoLogger } from '../../apps/ota-server/src/logging/pino-logger';
import { failed, send, serveParent } from './child-side';

async function main(): Promise<void> {
  const config = loadServerConfig(process.env);
  const logFile = process.env.BENCH_LOG_FILE;
  const logger = createPinoLogger(config.logLevel, logFile ? pino.destination({ dest: logFile, sync: false }) : undefined);
  const app = await createApp(config, { logger });
  await app.get(AdminTokensService).ensureBootstrapToken(config.adminToken);
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  serveParent(() => app.close());
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : undefined, startupMs: performance.now() });
}

main().catch(failed);
