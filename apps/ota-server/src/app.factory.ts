import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { Clock, systemClock } from './clock/clock';
import type { ServerConfig } from './config/server.config';
import { ErrorFilter } from './http/error.filter';
import { Lifecycle } from './health/lifecycle';
import { FastLane } from './http/fast-lane';
import { OtaFastifyAdapter } from './http/fastify-adapter';
import { DeviceOverloadGuard } from './http/overload';
import { applyDeviceBodyLimits } from './http/body-limits';
import { loadTrustAnchors } from './keys/trust-anchors';
import { createPinoLogger, PinoNestLogger } from './logging/pino-logger';
import { MetricsService } from './metrics/metrics.service';
import { registerPollRoute } from './rollouts/poll.route';
import { registerStatusRoute } from './rollouts/status.route';
import { withDeviceRoutes } from './rollouts/poll.openapi';
import { withDeclaredSecurity } from './http/openapi';

export interface CreateAppOptions {
  clock?: Clock;
  logger?: Logger;
}

/** Builds the whole server (used by main.ts and by every server test): real modules, real database, real keys. */
export async function createApp(config: ServerConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createPinoLogger(config.logLevel);
  const trust = loadTrustAnchors(config.keysDir, { devTargetsSigning: config.devTargetsSigning });
  // D6: shedding and body deadlines at the raw server, in front of the fast lane and Fastify (overload.ts).
  const overload = new DeviceOverloadGuard({
    maxInFlight: config.device.maxInFlight,
    loopDelayMs: config.device.shedLoopDelayMs,
    bodyTimeoutMs: config.device.bodyTimeoutMs,
  });
  const lane = new FastLane(
    (err) => logger.error({ err: err instanceof Error ? err.message : String(err) }, 'poll fast lane failed; handed to the Fastify route'),
    overload,
    // D5 transport: HTTPS through the same raw server, gate and fast lane; plain HTTP when TLS is not configured.
    config.tls ? { cert: config.tls.certPem, key: config.tls.keyPem } : undefined,
  );
  const adapter = new OtaFastifyAdapter({ bodyLimit: config.bodyLimitBytes, serverFactory: lane.serverFactory, ...config.http });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, clock: options.clock ?? systemClock, trust }), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.useGlobalFilters(new ErrorFilter());
  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(MetricsService);
  metrics.watchOverload(overload);
  // Readiness is red while device requests are shed (D6).
  app.get(Lifecycle).watchShedding(() => {
    const s = overload.state();
    return s.shedding ? `${s.reason}: event-loop delay ${Math.round(s.loopDelayMs)} ms, ${s.inFlight} device requests in flight` : undefined;
  });
  applyDeviceBodyLimits(fastify);
  fastify.addHook('preClose', (done) => {
    lane.close();
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    metrics.observeLatency(req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  registerPollRoute(app, lane);
  registerStatusRoute(app, lane);
  setupOpenApi(app);
  try {
    await app.init();
  } catch (err) {
    // A refused start (a missing online key, D7) releases what was opened, so the process or test can go on.
    await app.close().catch(() => undefined);
    throw err;
  }
  return app;
}

function setupOpenApi(app: NestFastifyApplication): void {
  const doc = new DocumentBuilder()
    .setTitle('OTA update and firmware-settings server')
    .setDescription(
      'Admin API (`/admin/v1`, bearer admin token), device API (`/device/v1`, device session token) and the TUF repository (`/tuf`). Every error answers `{ code, message, errors? }`.',
    )
    .setVersion('1')
    // package.json says UNLICENSED: npm's definition of the word is the closest thing to a licence text there is.
    .setLicense('UNLICENSED (proprietary: no rights are granted)', 'https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'admin token' }, 'admin')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'device session token' }, 'device')
    .addServer('/', 'this server')
    .build();
  SwaggerModule.setup('docs', app, () => withDeclaredSecurity(withDeviceRoutes(SwaggerModule.createDocument(app, doc))), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
}
