import 'reflect-metadata';
import { ConfigError, loadServerConfig } from './config/server.config';
import { AdminTokensService } from './auth/admin-tokens.service';
import { createApp } from './app.factory';
import { ensureDevKeys, ensureDevTls } from './keys/dev-keys';
import { KeyDirectoryError } from './keys/trust-anchors';
import { createPinoLogger } from './logging/pino-logger';
import { installGracefulShutdown } from './shutdown';

/** `npm start`: the OTA server on the embedded sqlite file, dev keys created on first start. */
async function main(): Promise<void> {
  const config = loadServerConfig(process.env);
  const logger = createPinoLogger(config.logLevel);
  if (await ensureDevKeys(config.keysDir)) logger.info({ keysDir: config.keysDir }, 'created a development key set (see keys/README.md)');
  // The dev start stays plain HTTP (curl as in the README); the TLS files are there for TLS_CERT/TLS_KEY (D5).
  if (ensureDevTls(config.keysDir)) logger.info({ keysDir: config.keysDir }, 'created the development TLS CA and server certificate');
  const app = await createApp(config, { logger });
  const generated = await app.get(AdminTokensService).ensureBootstrapToken(config.adminToken);
  installGracefulShutdown(app, config, logger);
  await app.listen({ port: config.port, host: config.host });
  const base = `${config.tls ? 'https' : 'http'}://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    `OTA server listening on ${base}`,
    `  admin API  ${base}/admin/v1   (OpenAPI: ${base}/docs)`,
    `  device API ${base}/device/v1`,
    `  TUF repo   ${base}/tuf/metadata/1.root.json`,
    `  health     ${base}/health    metrics ${base}/metrics`,
    ...(config.tls ? [`  TLS        ${config.tls.certFile} (devices pin the CA that issued it)`] : []),
    `  database   ${config.database.type === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)'}`,
    generated
      ? `  admin token of user "admin" (shown once, store it now; expires in ${config.adminTokens.ttlDays} days): ${generated}`
      : '  admin token: as configured (ADMIN_TOKEN) or created earlier',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  // A bad setting or key directory is the operator's to fix: its message names what, a stack would bury it.
  const message =
    err instanceof ConfigError || err instanceof KeyDirectoryError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`ota-server failed to start: ${message}\n`);
  process.exit(1);
});
