import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OfferBook } from '../src/rollouts/offer-book.service';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * What another instance wrote reaches this one's memory by `OfferBook.sync`, in pages: more changes than one page
 * holds, many of them in the same millisecond (the page boundary falls inside a run of equal updated_at).
 */
describe('OfferBook.sync', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    // A start needs a registered device in the audience (AUDIENCE_EMPTY otherwise).
    await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }));
  });
  afterAll(() => server.close());

  it('picks up every row changed since the last sync, across page boundaries and equal timestamps', async () => {
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    expect((await server.admin('POST', `/admin/v1/rollouts/${rollout.body.id}/start`)).status).toBe(200);
    const offers = server.app.get(OfferBook);
    await offers.sync();

    // 23,000 rows as another instance would write them: a few distinct timestamps, thousands of rows each.
    const db = server.app.get(DataSource);
    const param = (_: DataSource, i: number) => (db.options.type === 'postgres' ? `$${i}` : '?');
    const base = server.clock.now().getTime() + 1000;
    const rows = Array.from({ length: 23_000 }, (_, i) => ({
      id: randomBytes(32).toString('hex'),
      status: i % 2 ? 'succeeded' : 'downloading',
      at: new Date(base + (i % 4)).toISOString(),
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => param(db, r * 6 + c)).join(', ')})`).join(', ');
      await db.query(
        `INSERT INTO device_rollout (rollout_id, device_id, status, stage_index, offered_at, updated_at) VALUES ${values}`,
        chunk.flatMap((r) => [rollout.body.id, r.id, r.status, 0, r.at, r.at]),
      );
    }
    await offers.sync();
    for (const r of rows) expect(offers.statusOf(rollout.body.id, r.id)).toBe(r.status);
  });
});
