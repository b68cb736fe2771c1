import { DataSource } from 'typeorm';
import { addUser, startServer, type TestServer } from './harness';

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
    for (const role of ['viewer', 'release-engineer', 'approver']) await addUser(server, `${role}-user`, [role]);
  });
  afterAll(() => server.close());

  it('records every admin mutation with the user who did it, action, target and a before/after summary', async () => {
    const { body } = await server.admin<
      {
        seq: number;
        actor: string;
        action: string;
        target: string;
        summary: { after: { roles?: string[]; scope?: string } | null };
        prevHash: string;
        hash: string;
      }[]
    >('GET', '/admin/v1/audit');
    const users = body.filter((e) => e.action === 'user.create');
    expect(users.map((e) => [e.actor, e.summary.after?.roles])).toEqual([
      ['system', ['admin']],
      ['admin', ['viewer']],
      ['admin', ['release-engineer']],
      ['admin', ['approver']],
    ]);
    // Each user's enrollment token is made by the admin; their own token by themselves.
    const tokens = body.filter((e) => e.action === 'token.create');
    expect(tokens.map((e) => [e.actor, e.summary.after?.scope])).toEqual([
      ['system', 'full'],
      ...['viewer', 'release-engineer', 'approver'].flatMap((role) => [
        ['admin', 'enroll'],
        [`${role}-user`, 'full'],
      ]),
    ]);
    expect(body.every((e, i) => i === 0 || e.prevHash === body[i - 1].hash)).toBe(true);
    expect(JSON.stringify(body)).not.toContain('ota_'); // token secrets never reach the log
  });

  it('verifies the chain', async () => {
    const { body } = await server.admin<Verification>('GET', '/admin/v1/audit/verify');
    expect(body).toEqual({ ok: true, entries: 11 });
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
