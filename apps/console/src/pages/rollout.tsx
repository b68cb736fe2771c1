import { api, unwrap } from '../api/client';
import { ErrorNote, Loading, StateBadge } from '../components/ui';
import { UserName } from '../components/user-name';
import { POLL_MS, time } from '../format';
import { RolloutActions } from '../rollout/actions';
import { CountsOverTime } from '../rollout/counts-over-time';
import { FailureRate } from '../rollout/failure-rate';
import { Outcomes } from '../rollout/outcomes';
import { ProblemDevices } from '../rollout/problem-devices';
import { StageTimeline } from '../rollout/stage-timeline';
import { Link } from '../router';
import { usePoll } from '../use-poll';

/** One rollout, followed live (D9): its stages, counts over time, health against the policy, outcomes, failures, actions. */
export function RolloutPage({ id }: { id: string }) {
  const { data: view, error, reload } = usePoll(async () => unwrap(await api.GET('/admin/v1/rollouts/{id}', { params: { path: { id } } })), POLL_MS, id);
  if (!view) return error ? <ErrorNote error={error} /> : <Loading what="the rollout" />;
  return (
    <>
      <h1>
        {view.name} <StateBadge state={view.state} />
      </h1>
      <ErrorNote error={error} />
      <dl className="facts">
        <dt>Why</dt>
        <dd data-testid="state-reason">{view.stateReason ?? '—'}</dd>
        <dt>Release</dt>
        <dd>
          {view.release ? (
            <Link to={`/releases/${view.release.id}`}>
              {view.release.manifestId} #{view.release.releaseCounter}
            </Link>
          ) : (
            '—'
          )}
        </dd>
        <dt>Created</dt>
        <dd>
          by <UserName id={view.createdBy} />, {time(view.createdAt)}
        </dd>
        <dt>Approval</dt>
        <dd data-testid="approval">
          {!view.requiresApproval ? (
            'not required'
          ) : view.approvedBy ? (
            <>
              approved by <UserName id={view.approvedBy} />
            </>
          ) : (
            "waiting for a second person's approval"
          )}
        </dd>
        <dt>Counts as of</dt>
        <dd>{time(view.asOf)}</dd>
      </dl>
      <RolloutActions view={view} onDone={reload} />
      <StageTimeline view={view} />
      <CountsOverTime view={view} />
      <FailureRate view={view} />
      <Outcomes outcomes={view.outcomes} />
      <ProblemDevices view={view} />
    </>
  );
}
