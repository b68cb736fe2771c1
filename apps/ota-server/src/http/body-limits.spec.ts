import Fastify from 'fastify';
import { DEVICE_ERROR_CODES, KEY_OUTCOME_RESULTS, MIGRATION_OPS } from '@app/protocol';
import { sessionRequestSchema, statusReportSchema } from '@app/protocol';
import { applyDeviceBodyLimits, DEVICE_BODY_LIMITS, DEVICE_DEFAULT_BODY_LIMIT } from './body-limits';

const longest = (values: readonly string[]) => values.reduce((a, b) => (b.length > a.length ? b : a));
/** `length` characters of PEM-like text: base64 lines of 64 with a newline (escaped in JSON as two bytes). */
const pemLike = (length: number) => `${'A'.repeat(64)}\n`.repeat(Math.ceil(length / 65)).slice(0, length);
const bytesOf = (body: unknown) => Buffer.byteLength(JSON.stringify(body));

describe('device body limits', () => {
  it('fit the largest session request the schema accepts', () => {
    const body = {
      certificateChain: Array.from({ length: 4 }, () => pemLike(16 * 1024)),
      nonce: 'n'.repeat(512),
      signature: 's'.repeat(2048),
      model: 'm'.repeat(64),
      firmwareVersion: `1.2.3-${'r'.repeat(58)}`,
      channel: 'c'.repeat(32),
      region: 'r'.repeat(32),
    };
    expect(sessionRequestSchema.safeParse(body).success).toBe(true);
    expect(bytesOf(body)).toBeLessThanOrEqual(DEVICE_BODY_LIMITS['POST /device/v1/session']);
    // ... and the limit is not much more than that.
    expect(DEVICE_BODY_LIMITS['POST /device/v1/session']).toBeLessThan(2 * bytesOf(body));
  });

  it('fit the largest plain-text status report the schema accepts', () => {
    const body = {
      rolloutId: '123e4567-e89b-42d3-a456-426614174000',
      status: 'succeeded',
      target: { path: 'p'.repeat(255), sha256: 'a'.repeat(64) },
      code: longest(DEVICE_ERROR_CODES),
      outcomes: Array.from({ length: 500 }, () => ({
        key: 'k'.repeat(200),
        op: longest(MIGRATION_OPS),
        result: longest(KEY_OUTCOME_RESULTS),
        reason: 'r'.repeat(500),
      })),
    };
    expect(statusReportSchema.safeParse(body).error?.issues).toBeUndefined();
    expect(bytesOf(body)).toBeLessThanOrEqual(DEVICE_BODY_LIMITS['POST /device/v1/status']);
    expect(DEVICE_BODY_LIMITS['POST /device/v1/status']).toBeLessThan(2 * bytesOf(body));
  });

  it('are set on device routes only, and Fastify answers 413 past them', async () => {
    const app = Fastify({ bodyLimit: 1024 * 1024 });
    applyDeviceBodyLimits(app);
    const echo = async () => ({ ok: true });
    app.post('/device/v1/session', echo);
    app.post('/device/v1/other', echo);
    app.post('/admin/v1/releases', echo);
    await app.ready();
    const post = (url: string, bytes: number) =>
      app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'x'.repeat(bytes) }) });
    try {
      expect((await post('/device/v1/session', 90 * 1024)).statusCode).toBe(200);
      expect((await post('/device/v1/session', DEVICE_BODY_LIMITS['POST /device/v1/session'])).statusCode).toBe(413);
      expect((await post('/device/v1/other', DEVICE_DEFAULT_BODY_LIMIT)).statusCode).toBe(413);
      expect((await post('/admin/v1/releases', 512 * 1024)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
