import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { RolloutAction, RolloutView } from '../api/types';
import { ConfirmDialog, type ConfirmRequest } from '../components/confirm-dialog';
import { useSession, type Abilities } from '../session';

interface ActionSpec {
  action: RolloutAction;
  label: string;
  /** D4 state machine: the states the action leaves from. */
  from: RolloutView['state'][];
  who: keyof Abilities;
  confirm: (v: RolloutView) => Omit<ConfirmRequest, 'confirmLabel'>;
}

const ACTIONS: ActionSpec[] = [
  {
    action: 'start',
    label: 'Start',
    from: ['draft'],
    who: 'steer',
    confirm: (v) => ({
      title: `Start ${v.name}?`,
      body: `Devices in stage 1 (${v.stages[0]?.percent}% of the audience) are offered the release on their next poll.`,
      reason: 'optional',
    }),
  },
  {
    action: 'approve',
    label: 'Approve',
    from: ['draft', 'running', 'paused'],
    who: 'approve',
    confirm: (v) => ({
      title: `Approve ${v.name}?`,
      body: 'As the second person (D5), you let it go beyond its first stage; another person created it.',
      reason: 'optional',
    }),
  },
  {
    action: 'pause',
    label: 'Pause',
    from: ['running'],
    who: 'steer',
    confirm: (v) => ({ title: `Pause ${v.name}?`, body: 'No new offers until it is resumed; devices already installing finish.', reason: 'optional' }),
  },
  {
    action: 'resume',
    label: 'Resume',
    from: ['paused'],
    who: 'steer',
    confirm: (v) => ({ title: `Resume ${v.name}?`, body: 'Offers start again at the current stage.', reason: 'optional' }),
  },
  {
    action: 'resume',
    label: 'Resume',
    from: ['halted'],
    who: 'approve',
    confirm: (v) => ({
      title: `Resume the halted ${v.name}?`,
      body: 'An approver resumes a halted rollout with a reason (D4); offers start again at the current stage.',
      reason: 'required',
    }),
  },
  {
    action: 'advance',
    label: 'Advance',
    from: ['running'],
    who: 'steer',
    confirm: (v) => ({
      title: `Advance ${v.name} now?`,
      body: `Moves to stage ${v.stageIndex + 2} without waiting for its soak time or samples.`,
      reason: 'optional',
    }),
  },
  {
    action: 'halt',
    label: 'Halt',
    from: ['running', 'paused'],
    who: 'steer',
    confirm: (v) => ({
      title: `Halt ${v.name}?`,
      body: 'No new offers; devices offered but not started are told to cancel on their next poll.',
      reason: 'required',
      danger: true,
    }),
  },
  {
    action: 'cancel',
    label: 'Cancel rollout',
    from: ['draft', 'running', 'paused', 'halted'],
    who: 'steer',
    confirm: (v) => ({
      title: `Cancel ${v.name}?`,
      body: 'It ends for good: no device is offered this release by it again.',
      reason: 'optional',
      danger: true,
    }),
  },
];

/** What this person may do to the rollout in its state (viewer: nothing; D5 roles), each asked before it is done. */
export function availableActions(view: RolloutView, abilities: Abilities, userId: string): ActionSpec[] {
  return ACTIONS.filter((a) => {
    if (!abilities[a.who] || !a.from.includes(view.state)) return false;
    if (a.action === 'approve') return view.requiresApproval && !view.approvedBy && view.createdBy !== userId;
    if (a.action === 'advance') return view.stageIndex < view.stages.length - 1;
    return true;
  });
}

export function RolloutActions({ view, onDone }: { view: RolloutView; onDone(): void }) {
  const { me, abilities } = useSession();
  const [pending, setPending] = useState<ActionSpec>();
  const actions = availableActions(view, abilities, me.user.id);
  const run = async (reason: string | undefined) => {
    if (!pending) return;
    unwrap(await api.POST('/admin/v1/rollouts/{id}/{action}', { params: { path: { id: view.id, action: pending.action } }, body: reason ? { reason } : {} }));
    onDone();
  };
  if (actions.length === 0) return null;
  return (
    <div className="actions" role="group" aria-label="Rollout actions">
      {actions.map((a) => (
        <button
          key={`${a.action}-${a.who}`}
          type="button"
          className={a.action === 'halt' || a.action === 'cancel' ? 'danger' : undefined}
          onClick={() => setPending(a)}
        >
          {a.label}
        </button>
      ))}
      <ConfirmDialog request={pending && { ...pending.confirm(view), confirmLabel: pending.label }} onConfirm={run} onClose={() => setPending(undefined)} />
    </div>
  );
}
