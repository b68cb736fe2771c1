import type { FastifyInstance } from 'fastify';

/**
 * Issue 3 "Overload": a bounded number of device API requests in flight; past it the server answers 503 with
 * Retry-After at once instead of queueing, and the agent backs off with jitter (D4).
 */
const COUNTED = Symbol('countedInFlight');
type Counted = { [COUNTED]?: boolean };

export interface OverloadLimit {
  /** True when a device request arriving now would be refused. */
  saturated(): boolean;
}

export function installDeviceOverloadLimit(app: FastifyInstance, maxInFlight: number, onReject: () => void): OverloadLimit {
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
    (req as Counted)[COUNTED] = true;
    done();
  });
  // Whichever comes first, the answer or the client going away, frees the slot, once (a listener per request on
  // the socket would cost more than the rest of the poll).
  const release = (req: Counted) => {
    if (!req[COUNTED]) return;
    req[COUNTED] = false;
    inFlight -= 1;
  };
  app.addHook('onResponse', (req, _reply, done) => {
    release(req as Counted);
    done();
  });
  app.addHook('onRequestAbort', (req, done) => {
    release(req as Counted);
    done();
  });
  return { saturated: () => inFlight >= maxInFlight };
}
