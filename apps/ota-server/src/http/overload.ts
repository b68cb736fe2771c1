import type { FastifyInstance } from 'fastify';

/**
 * Issue 3 "Overload": a bounded number of device API requests in flight; past it the server answers 503 with
 * Retry-After at once instead of queueing, and the agent backs off with jitter (D4).
 */
export function installDeviceOverloadLimit(app: FastifyInstance, maxInFlight: number, onReject: () => void): void {
  let inFlight = 0;
  const limited = (url: string) => url.startsWith('/device/') || url.startsWith('/tuf/');
  app.addHook('onRequest', (req, reply, done) => {
    if (!limited(req.url)) return done();
    if (inFlight >= maxInFlight) {
      onReject();
      void reply.code(503).header('retry-after', '5').send({ code: 'OVERLOADED', message: `more than ${maxInFlight} device requests in flight; retry later` });
      return;
    }
    inFlight += 1;
    // 'close' fires once whether the answer was sent or the client went away, so the count never leaks.
    reply.raw.once('close', () => (inFlight -= 1));
    done();
  });
}
