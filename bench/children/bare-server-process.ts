/**
 * The ceiling: a bare Fastify server on the same host and port settings as the OTA server, answering
 * GET /device/v1/update with the exact bytes (body and content type) the OTA server answered a no-update poll
 * with (BENCH_BARE_BODY). No Nest, no auth, no logic: what one core can serve at all.
 */
import Fastify from 'fastify';
import { failed, send, serveParent } from './child-side';

async function main(): Promise<void> {
  const body = process.env.BENCH_BARE_BODY;
  const contentType = process.env.BENCH_BARE_CONTENT_TYPE ?? 'application/json; charset=utf-8';
  if (!body) throw new Error('BENCH_BARE_BODY must hold the no-update answer to serve');
  const app = Fastify({ logger: false });
  app.get('/device/v1/update', (_req, reply) => {
    void reply.header('content-type', contentType).send(body);
  });
  await app.listen({ port: 0, host: process.env.HOST ?? '127.0.0.1' });
  const address = app.server.address();
  serveParent(() => app.close());
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : undefined, startupMs: performance.now() });
}

main().catch(failed);
