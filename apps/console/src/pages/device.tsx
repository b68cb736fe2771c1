import { api, getOptional, unwrap } from '../api/client';
import type { DeviceEventPage } from '../api/upcoming';
import { Empty, ErrorNote, Loading, Section } from '../components/ui';
import { POLL_MS, time } from '../format';
import { Link } from '../router';
import { usePoll } from '../use-poll';

/** One device: what it reported, its rollouts, and every status change with the agent's short message (D9). */
export function DevicePage({ id }: { id: string }) {
  const { data: d, error } = usePoll(async () => unwrap(await api.GET('/admin/v1/devices/{id}', { params: { path: { id } } })), POLL_MS * 2, id);
  // null: the server has no event history (404); undefined: not loaded yet.
  const events = usePoll(async () => (await getOptional<DeviceEventPage>(`/admin/v1/devices/${id}/events?limit=200`)) ?? null, POLL_MS * 2, `events ${id}`);
  if (!d) return error ? <ErrorNote error={error} /> : <Loading what="the device" />;
  return (
    <>
      <h1>
        Device <code className="wrap">{d.id}</code>
      </h1>
      <dl className="facts">
        <dt>Model</dt>
        <dd>{d.model}</dd>
        <dt>Firmware</dt>
        <dd>{d.firmwareVersion}</dd>
        <dt>Channel, region</dt>
        <dd>
          {d.channel}, {d.region}
        </dd>
        <dt>First seen, last seen</dt>
        <dd>
          {time(d.firstSeen)}, {time(d.lastSeen)}
        </dd>
      </dl>
      <Section title="Rollouts" id="device-rollouts">
        {d.rollouts.length === 0 ? (
          <Empty>Never offered a release.</Empty>
        ) : (
          <table>
            <caption className="visually-hidden">Rollouts this device took part in, oldest offer first</caption>
            <thead>
              <tr>
                <th scope="col">Rollout</th>
                <th scope="col">Status</th>
                <th scope="col">Code</th>
                <th scope="col">Stage</th>
                <th scope="col">Offered</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {d.rollouts.map((r) => (
                <tr key={r.rolloutId}>
                  <th scope="row">
                    <Link to={`/rollouts/${r.rolloutId}`}>{r.rolloutId.slice(0, 8)}</Link>
                  </th>
                  <td>{r.status}</td>
                  <td>
                    <code>{r.code ?? '—'}</code>
                  </td>
                  <td className="num">{r.stageIndex + 1}</td>
                  <td>{time(r.offeredAt)}</td>
                  <td>{time(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section
        title="History"
        id="device-history"
        unavailable={events.data === null ? "this server keeps no device event history (the rollouts above show each one's latest status)." : undefined}
      >
        <ErrorNote error={events.error} />
        {!events.data ? (
          <Loading what="the history" />
        ) : events.data.items.length === 0 ? (
          <Empty>No events.</Empty>
        ) : (
          <ol className="events">
            {events.data.items.map((e, i) => (
              <li key={i}>
                <time dateTime={e.at}>{time(e.at)}</time> <strong>{e.status}</strong> {e.code && <code>{e.code}</code>}{' '}
                {e.message && <span>— {e.message}</span>}{' '}
                <Link to={`/rollouts/${e.rolloutId}`} className="muted">
                  rollout {e.rolloutId.slice(0, 8)}
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
