import { api, problemOf, unwrap } from '../api/client';
import type { Health } from '../api/types';
import { ErrorNote, Loading, Section } from '../components/ui';
import { duration, time } from '../format';
import { usePoll } from '../use-poll';

const ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;

/** GET /health answers 503 with the same body when degraded: an expiring key is exactly when it matters. */
async function loadHealth(): Promise<Health> {
  const res = await fetch('/health');
  const body = (await res.json().catch(() => undefined)) as Health | undefined;
  if (!body?.tuf) throw problemOf(res.status, body);
  return body;
}

/** D7 expiry never surprises: each TUF role's time left, the warnings with who must act, and the keys in force. */
export function KeysPage() {
  const health = usePoll(loadHealth, 10_000, 'health');
  const trust = usePoll(async () => unwrap(await api.GET('/admin/v1/trust')), 10_000, 'trust');
  const tuf = health.data?.tuf;
  return (
    <>
      <h1>Keys and expiry</h1>
      <Section title="Expiry of the metadata devices trust" id="expiry">
        <ErrorNote error={health.error} />
        {!tuf ? (
          <Loading what="expiry" />
        ) : (
          <>
            {tuf.warnings.map((w) => (
              <p key={w.role} role="alert" className={w.state === 'expired' ? 'error' : 'warning'}>
                {w.role} {w.state === 'expired' ? 'expired' : `expires in ${duration(w.expiresInSeconds)}`}: {w.action}
              </p>
            ))}
            {tuf.installs.withheld && <p className="error">Installs are withheld: {tuf.installs.reason}</p>}
            <table>
              <caption className="visually-hidden">TUF roles and their expiry</caption>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Version</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Time left</th>
                  <th scope="col">State</th>
                  <th scope="col">Keys (threshold)</th>
                </tr>
              </thead>
              <tbody>
                {ROLES.map((role) => {
                  const r = tuf[role];
                  const keys = trust.data?.roles[role];
                  return (
                    <tr key={role} data-role={role}>
                      <th scope="row">{role}</th>
                      <td className="num">{r.version}</td>
                      <td>{time(r.expires)}</td>
                      <td className="num">{duration(r.expiresInSeconds)}</td>
                      <td>
                        <span className={`badge badge-${r.state}`}>{r.state}</span>
                      </td>
                      <td>
                        {keys ? (
                          <>
                            {keys.keyids.map((k) => (
                              <code key={k} title={k} className="keyid">
                                {k.slice(0, 12)}…
                              </code>
                            ))}{' '}
                            ({keys.threshold})
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </Section>
      <Section title="Root" id="root">
        <ErrorNote error={trust.error} />
        {!trust.data ? (
          <Loading what="the root" />
        ) : (
          <p>
            Root version {trust.data.rootVersion}.{' '}
            {trust.data.pending
              ? `A rotation to root ${trust.data.pending.rootVersion} is pending (created by ${trust.data.pending.createdBy}): ${trust.data.pending.signing.validKeyIds.length} of ${trust.data.pending.signing.threshold} targets re-signatures.`
              : 'No rotation pending.'}
          </p>
        )}
      </Section>
    </>
  );
}
