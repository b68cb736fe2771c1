import { api, unwrap } from '../api/client';
import { Empty, ErrorNote, Loading, Section, StateBadge } from '../components/ui';
import { POLL_MS, time } from '../format';
import { usePoll } from '../use-poll';
import { UserName } from '../components/user-name';

/** A release with who signed it with which key (D5: a signature counts only from the key's owner) and its migrations. */
export function ReleasePage({ id }: { id: string }) {
  const { data: r, error } = usePoll(async () => unwrap(await api.GET('/admin/v1/releases/{id}', { params: { path: { id } } })), POLL_MS * 4, id);
  if (!r) return error ? <ErrorNote error={error} /> : <Loading what="the release" />;
  const migrations = (r.manifest as { migrations?: { op: string; key?: string; from?: string; reason?: string }[] }).migrations ?? [];
  return (
    <>
      <h1>
        {r.manifestId} #{r.releaseCounter} <StateBadge state={r.state} />
      </h1>
      <dl className="facts">
        <dt>Stream</dt>
        <dd>{r.stream}</dd>
        <dt>Firmware</dt>
        <dd>{r.firmwareVersion}</dd>
        <dt>TUF target</dt>
        <dd>
          <code>{r.targetPath}</code>
        </dd>
        <dt>Created</dt>
        <dd>
          {time(r.createdAt)} by <UserName id={r.createdBy} />
        </dd>
        <dt>Published</dt>
        <dd>{time(r.publishedAt)}</dd>
      </dl>
      <Section title="Signatures" id="signatures">
        {r.signatures.length === 0 ? (
          <Empty>Not signed yet.</Empty>
        ) : (
          <table>
            <caption className="visually-hidden">Who signed this release with which key</caption>
            <thead>
              <tr>
                <th scope="col">Signer</th>
                <th scope="col">Key id</th>
                <th scope="col">Signed</th>
              </tr>
            </thead>
            <tbody>
              {r.signatures.map((s) => (
                <tr key={s.keyid}>
                  <th scope="row">{s.userId === null ? `${s.userName} (the server's development key)` : s.userName}</th>
                  <td>
                    <code title={s.keyid}>{s.keyid.slice(0, 16)}…</code>
                  </td>
                  <td>{time(s.signedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {r.signing && (
          <p>
            Signing: {r.signing.validKeyIds.length} of {r.signing.threshold} signatures{r.signing.stale ? '; stale, repropose before signing' : ''}.
          </p>
        )}
      </Section>
      <Section title="Settings migrations" id="migrations">
        {migrations.length === 0 ? (
          <Empty>None.</Empty>
        ) : (
          <ol>
            {migrations.map((m, i) => (
              <li key={i}>
                <code>{m.op}</code> {m.key ?? m.from ?? ''} {m.reason ? `— ${m.reason}` : ''}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
