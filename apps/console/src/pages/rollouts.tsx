import { api, unwrap } from '../api/client';
import type { RolloutSummary, RolloutView } from '../api/types';
import type { RolloutListExtras } from '../api/upcoming';
import { Empty, ErrorNote, Loading, StateBadge } from '../components/ui';
import { percent, POLL_MS, time } from '../format';
import { expectedSoFar, reached, settled, stageLabel } from '../rollout/progress';
import { Link } from '../router';
import { usePoll } from '../use-poll';

type Item = RolloutSummary & RolloutListExtras & { view?: RolloutView };

/** The newest rollouts are read in full (one call each): the list carries counts and reasons, not the health. */
const DETAILED = 25;

async function loadRollouts(): Promise<Item[]> {
  // The list is an array today; it may become a page `{ items }` (the fleet visibility API).
  const listed = unwrap(await api.GET('/admin/v1/rollouts')) as unknown;
  const items = (Array.isArray(listed) ? listed : (listed as { items: Item[] }).items) as Item[];
  return Promise.all(
    items.map(async (item, index) =>
      index < DETAILED ? { ...item, view: unwrap(await api.GET('/admin/v1/rollouts/{id}', { params: { path: { id: item.id } } })) } : item,
    ),
  );
}

/** Rollouts at a glance (D9): state, stage, progress, failure rate and the reason it holds, paused or halted. */
export function RolloutsPage() {
  const { data, error } = usePoll(loadRollouts, POLL_MS, 'rollouts');
  return (
    <>
      <h1>Rollouts</h1>
      <ErrorNote error={error} />
      {!data ? (
        <Loading what="rollouts" />
      ) : data.length === 0 ? (
        <Empty>No rollouts yet. Create one with `ota-admin` or POST /admin/v1/rollouts.</Empty>
      ) : (
        <table className="rollouts">
          <caption className="visually-hidden">Rollouts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Rollout</th>
              <th scope="col">State</th>
              <th scope="col">Stage</th>
              <th scope="col">Progress</th>
              <th scope="col">Failure rate</th>
              <th scope="col">Reason</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <RolloutRow key={r.id} item={r} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function RolloutRow({ item }: { item: Item }) {
  const counts = item.counts ?? item.view?.totals;
  const health = item.view?.totals.health;
  const expected = item.view ? expectedSoFar(item.view) : undefined;
  const done = counts ? settled(counts) : 0;
  const of = expected ?? (counts ? reached(counts) : 0);
  return (
    <tr data-rollout={item.id}>
      <th scope="row">
        <Link to={`/rollouts/${item.id}`}>{item.name}</Link>
      </th>
      <td>
        <StateBadge state={item.state} />
      </td>
      <td>{item.view ? stageLabel(item.view) : item.stageIndex + 1}</td>
      <td>
        {counts ? (
          <>
            <progress max={Math.max(of, 1)} value={Math.min(done, Math.max(of, 1))} aria-label={`${item.name}: ${done} of ${of} devices done`} />{' '}
            <span className="num">
              {done} / {of}
            </span>
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="num">{health ? `${percent(health.failureRate)} (${health.failures}/${health.samples})` : '—'}</td>
      <td className="reason">{item.stateReason ?? item.reason ?? item.view?.stateReason ?? ''}</td>
      <td>{time(item.createdAt)}</td>
    </tr>
  );
}
