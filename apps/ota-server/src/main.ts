import 'reflect-metadata';
import * as fs from 'node:fs';
import { ConfigError, loadServerConfig } from './config/server.config';
import { AdminTokensService } from './auth/admin-tokens.service';
import { bootstrapTokenFileOf, writeBootstrapTokenFile } from './auth/bootstrap-token-file';
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
  // Written before the token commits: a start that fails later (a port in use) leaves it there for the next.
  const tokenFile = bootstrapTokenFileOf(config.dataDir);
  const generated = await app.get(AdminTokensService).ensureBootstrapToken(config.adminToken, (secret) => writeBootstrapTokenFile(tokenFile, secret));
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
    adminTokenLine(config.adminToken !== undefined, generated !== undefined, tokenFile, config.adminTokens.ttlDays),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Where the first admin token is: the path only (the secret never goes to stdout, where the JSON logs go). */
function adminTokenLine(configured: boolean, generated: boolean, file: string, ttlDays: number): string {
  if (configured) return '  admin token: as configured (ADMIN_TOKEN)';
  if (generated) return `  admin token of user "admin" in ${file} (mode 0600, expires in ${ttlDays} days): store it, then delete the file`;
  if (fs.existsSync(file)) return `  admin token of user "admin" in ${file} (made on an earlier start)`;
  return '  admin token: made on an earlier start';
}

main().catch((err: unknown) => {
  // A bad setting or key directory is the operator's to fix: its message names what, a stack would bury it.
  const message =
    err instanceof ConfigError || err instanceof KeyDirectoryError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`ota-server failed to start: ${message}\n`);
  process.exit(1);
});
