import { DataSource } from 'typeorm';
import { startServer, type TestServer } from './harness';

interface Verification {
  ok: boolean;
  entries: number;
  brokenAt?: number;
  reason?: string;
}

describe('audit log (D5): append-only, hash-chained, verifiable', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    for (const role of ['viewer', 'release-engineer', 'approver']) await server.admin('POST', '/admin/v1/tokens', { name: `${role} token`, role });
  });
  afterAll(() => server.close());

  it('records every admin mutation with actor, action, target and a before/after summary', async () => {
    const { body } = await server.admin<
      { seq: number; actor: string; action: string; target: string; summary: { after: { role: string } | null }; prevHash: string; hash: string }[]
    >('GET', '/admin/v1/audit');
    const created = body.filter((e) => e.action === 'token.create');
    expect(created.map((e) => e.summary.after?.role)).toEqual(['admin', 'viewer', 'release-engineer', 'approver']);
    expect(body.every((e, i) => i === 0 || e.prevHash === body[i - 1].hash)).toBe(true);
    expect(JSON.stringify(body)).not.toContain('ota_'); // token secrets never reach the log
  });

  it('verifies the chain', async () => {
    const { body } = await server.admin<Verification>('GET', '/admin/v1/audit/verify');
    expect(body).toEqual({ ok: true, entries: 4 });
  });

  describe('when a row is edited directly in the database', () => {
    it('fails verification at that row', async () => {
      const db = server.app.get(DataSource);
      await db.query(`UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 3`);
      const { body } = await server.admin<Verification>('GET', '/admin/v1/audit/verify');
      expect(body).toMatchObject({ ok: false, brokenAt: 3, entries: 2, reason: 'entry content does not match its hash' });
    });
  });

  describe('when a row is deleted', () => {
    it('fails verification where the gap is', async () => {
      const db = server.app.get(DataSource);
      await db.query(`DELETE FROM audit_entry WHERE seq = 2`);
      const { body } = await server.admin<Verification>('GET', '/admin/v1/audit/verify');
      expect(body).toMatchObject({ ok: false, brokenAt: 2 });
    });
  });
});
