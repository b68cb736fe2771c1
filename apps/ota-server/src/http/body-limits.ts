import type { FastifyInstance, RouteOptions } from 'fastify';
import { isDeviceUrl } from './overload';

/**
 * Largest body each device route reads (D6), so an unauthenticated client cannot make the server buffer and
 * parse the global BODY_LIMIT_BYTES (1 MiB) on the routes the whole fleet uses. Fastify answers 413
 * PAYLOAD_TOO_LARGE from Content-Length before reading, or as soon as a chunked body passes the limit.
 * Admin routes (a release's manifest) keep the global limit. body-limits.spec.ts checks that the largest request
 * each schema accepts still fits.
 */
export const DEVICE_BODY_LIMITS: Readonly<Record<string, number>> = {
  // sessionRequestSchema (@app/protocol): up to 4 certificates of 16 KiB (their PEM newlines escaped in JSON), a 512-character nonce,
  // a 2 KiB signature and four short labels: about 70 KB at most.
  'POST /device/v1/session': 96 * 1024,
  // statusReportSchema (@app/protocol): up to 500 outcomes with a 200-character key and a 500-character reason each: about
  // 400 KB in plain text at most (a report of a few outcomes is a few hundred bytes).
  'POST /device/v1/status': 512 * 1024,
};

/** Any other device route: none reads a body today, so one that starts to must say how much in the table. */
export const DEVICE_DEFAULT_BODY_LIMIT = 16 * 1024;

/** Sets the limits on the device routes as they are registered (call before the routes are). */
export function applyDeviceBodyLimits(app: FastifyInstance, limits = DEVICE_BODY_LIMITS): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isDeviceUrl(route.url)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limit = Math.max(...methods.map((m) => limits[`${m} ${route.url}`] ?? DEVICE_DEFAULT_BODY_LIMIT));
    route.bodyLimit = Math.min(route.bodyLimit ?? limit, limit);
  });
}
