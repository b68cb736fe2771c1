import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { AuditVerification } from '../api/types';
import { ErrorNote, Loading, Section } from '../components/ui';
import { time } from '../format';
import { usePoll } from '../use-poll';

const PAGE = 50;

/** The newest page: the chain's length (from verify) tells where it starts; the list reads forward from a seq. */
async function loadLatest(before?: number) {
  const last = before ?? unwrap(await api.GET('/admin/v1/audit/verify')).entries;
  const after = Math.max(0, last - PAGE);
  const entries = unwrap(await api.GET('/admin/v1/audit', { params: { query: { after, limit: Math.min(PAGE, last - after) || 1 } } }));
  return { entries: [...entries].reverse(), after, last };
}

/** D5: the append-only, hash-chained audit log, newest first, and its verification. */
export function AuditPage() {
  const [before, setBefore] = useState<number>();
  const { data, error } = usePoll(() => loadLatest(before), before === undefined ? 5000 : null, String(before));
  const [verification, setVerification] = useState<AuditVerification>();
  const [verifyError, setVerifyError] = useState<Error>();
  const verify = async () => {
    setVerifyError(undefined);
    try {
      setVerification(unwrap(await api.GET('/admin/v1/audit/verify')));
    } catch (err) {
      setVerifyError(err as Error);
    }
  };
  return (
    <>
      <h1>Audit log</h1>
      <Section title="Verification" id="audit-verification">
        <button type="button" onClick={verify}>
          Verify the hash chain
        </button>{' '}
        <span role="status" data-testid="audit-verification">
          {verification &&
            (verification.ok
              ? `The chain holds: ${verification.entries} entries verified.`
              : `The chain is broken at entry ${verification.brokenAt}: ${verification.reason ?? 'hash mismatch'}.`)}
        </span>
        <ErrorNote error={verifyError} />
      </Section>
      <Section title="Entries" id="audit-entries">
        <ErrorNote error={error} />
        {!data ? (
          <Loading what="the audit log" />
        ) : (
          <>
            <table className="audit">
              <caption className="visually-hidden">Audit entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Time</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.seq}>
                    <th scope="row" className="num">
                      {e.seq}
                    </th>
                    <td>{time(e.at)}</td>
                    <td>{e.actor}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      <code className="wrap">{e.target}</code>
                    </td>
                    <td>
                      <details>
                        <summary>before / after</summary>
                        <pre>{JSON.stringify(e.summary, null, 2)}</pre>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav aria-label="Pages" className="pager">
              <button type="button" disabled={data.after === 0} onClick={() => setBefore(data.after)}>
                Older
              </button>
              <button type="button" disabled={before === undefined} onClick={() => setBefore(undefined)}>
                Newest
              </button>
            </nav>
          </>
        )}
      </Section>
    </>
  );
}
