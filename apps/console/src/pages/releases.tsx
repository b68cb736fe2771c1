import { api, unwrap } from '../api/client';
import { Empty, ErrorNote, Loading, StateBadge } from '../components/ui';
import { POLL_MS, time } from '../format';
import { Link } from '../router';
import { usePoll } from '../use-poll';
import { UserName } from '../components/user-name';

export function ReleasesPage() {
  const { data, error } = usePoll(async () => unwrap(await api.GET('/admin/v1/releases')), POLL_MS * 4, 'releases');
  return (
    <>
      <h1>Releases</h1>
      <ErrorNote error={error} />
      {!data ? (
        <Loading what="releases" />
      ) : data.length === 0 ? (
        <Empty>No releases yet.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">Releases, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Manifest</th>
              <th scope="col">Stream</th>
              <th scope="col">Counter</th>
              <th scope="col">Firmware</th>
              <th scope="col">State</th>
              <th scope="col">Created</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/releases/${r.id}`}>{r.manifestId}</Link>
                </th>
                <td>{r.stream}</td>
                <td className="num">{r.releaseCounter}</td>
                <td>{r.firmwareVersion}</td>
                <td>
                  <StateBadge state={r.state} />
                </td>
                <td>
                  {time(r.createdAt)} by <UserName id={r.createdBy} />
                </td>
                <td>{time(r.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
