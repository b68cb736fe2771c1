import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Empty, ErrorNote, Loading } from '../components/ui';
import { POLL_MS, shortId, time } from '../format';
import { Link } from '../router';
import { usePoll } from '../use-poll';

const PAGE = 50;

/** The device registry (D5: a fingerprint and what the device reports, nothing identifying), a page at a time. */
export function DevicesPage() {
  const [offset, setOffset] = useState(0);
  const [model, setModel] = useState('');
  const query = { limit: PAGE, offset, ...(model ? { model } : {}) };
  const { data, error } = usePoll(async () => unwrap(await api.GET('/admin/v1/devices', { params: { query } })), POLL_MS * 4, JSON.stringify(query));
  return (
    <>
      <h1>Devices</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="inline">
          Model{' '}
          <input
            value={model}
            onChange={(e) => {
              setModel(e.target.value);
              setOffset(0);
            }}
          />
        </label>
      </form>
      <ErrorNote error={error} />
      {!data ? (
        <Loading what="devices" />
      ) : data.items.length === 0 ? (
        <Empty>No devices.</Empty>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">Devices</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Model</th>
                <th scope="col">Firmware</th>
                <th scope="col">Channel</th>
                <th scope="col">Region</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/devices/${d.id}`} title={d.id}>
                      <code>{shortId(d.id)}</code>
                    </Link>
                  </th>
                  <td>{d.model}</td>
                  <td>{d.firmwareVersion}</td>
                  <td>{d.channel}</td>
                  <td>{d.region}</td>
                  <td>{time(d.lastSeen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="Pages" className="pager">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Previous
            </button>
            <span>
              {offset + 1}–{offset + data.items.length} of {data.total}
            </span>
            <button type="button" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
              Next
            </button>
          </nav>
        </>
      )}
    </>
  );
}
