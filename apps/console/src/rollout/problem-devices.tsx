import { useState } from 'react';
import { api, getOptional, unwrap } from '../api/client';
import type { RolloutView } from '../api/types';
import type { RolloutDeviceItem, RolloutDevicePage } from '../api/upcoming';
import { Empty, ErrorNote, Loading, Section } from '../components/ui';
import { POLL_MS, shortId, time } from '../format';
import { Link } from '../router';
import { usePoll } from '../use-poll';

/** Failed installs, fallbacks to the old slot, and devices that stopped moving (D4 timed-out). */
const PROBLEMS = ['failed', 'rolled-back', 'timed-out'] as const;
/** Without the per-rollout device list, this many devices are read one by one at most. */
const SCAN_LIMIT = 300;

interface Found {
  items: RolloutDeviceItem[];
  /** How they were found: the server's per-rollout list, or a scan of the device registry. */
  source: 'list' | 'scan';
}

async function fromList(rolloutId: string): Promise<RolloutDeviceItem[] | undefined> {
  const pages = await Promise.all(PROBLEMS.map((s) => getOptional<RolloutDevicePage>(`/admin/v1/rollouts/${rolloutId}/devices?status=${s}&limit=500`)));
  if (pages.some((p) => p === undefined)) return undefined;
  const byId = new Map<string, RolloutDeviceItem>();
  for (const p of pages) for (const item of p!.items) byId.set(item.deviceId, item);
  return [...byId.values()];
}

async function fromScan(rolloutId: string): Promise<RolloutDeviceItem[]> {
  const page = unwrap(await api.GET('/admin/v1/devices', { params: { query: { limit: SCAN_LIMIT } } }));
  const found: RolloutDeviceItem[] = [];
  for (let i = 0; i < page.items.length; i += 8) {
    const details = await Promise.all(
      page.items.slice(i, i + 8).map(async (d) => unwrap(await api.GET('/admin/v1/devices/{id}', { params: { path: { id: d.id } } }))),
    );
    for (const d of details)
      for (const r of d.rollouts)
        if (r.rolloutId === rolloutId && (PROBLEMS as readonly string[]).includes(r.status))
          found.push({ deviceId: d.id, status: r.status, code: r.code, message: null, stageIndex: r.stageIndex, updatedAt: r.updatedAt });
  }
  return found;
}

async function loadProblems(rolloutId: string): Promise<Found> {
  const listed = await fromList(rolloutId);
  if (listed) return { items: listed, source: 'list' };
  return { items: await fromScan(rolloutId), source: 'scan' };
}

/** D9: failed and stuck devices of the rollout with their codes and messages, filterable by code. */
export function ProblemDevices({ view }: { view: RolloutView }) {
  const { data, error } = usePoll(() => loadProblems(view.id), POLL_MS * 2, view.id);
  const [code, setCode] = useState('');
  const codes = [...new Set((data?.items ?? []).map((i) => i.code ?? 'none'))].sort();
  const items = (data?.items ?? []).filter((i) => !code || (i.code ?? 'none') === code).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <Section title="Failed and stuck devices" id="problem-devices">
      <ErrorNote error={error} />
      {!data ? (
        <Loading what="devices" />
      ) : (
        <>
          {data.source === 'scan' && (
            <p className="muted">This server has no per-rollout device list: found by reading up to {SCAN_LIMIT} devices one by one (no messages).</p>
          )}
          <label className="inline">
            Code{' '}
            <select value={code} onChange={(e) => setCode(e.target.value)}>
              <option value="">all ({data.items.length})</option>
              {codes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          {items.length === 0 ? (
            <Empty>No failed or stuck devices.</Empty>
          ) : (
            <table className="problems">
              <caption className="visually-hidden">Failed and stuck devices</caption>
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Status</th>
                  <th scope="col">Code</th>
                  <th scope="col">Message</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.deviceId} data-device={i.deviceId}>
                    <th scope="row">
                      <Link to={`/devices/${i.deviceId}`} title={i.deviceId}>
                        <code>{shortId(i.deviceId)}</code>
                      </Link>
                    </th>
                    <td>{i.status}</td>
                    <td>
                      <code>{i.code ?? '—'}</code>
                    </td>
                    <td>{i.message ?? '—'}</td>
                    <td className="num">{i.stageIndex + 1}</td>
                    <td>{time(i.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Section>
  );
}
