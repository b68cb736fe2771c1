import type { RolloutView } from '../api/types';
import { Section } from '../components/ui';
import { duration, percent } from '../format';
import { failures, settled } from './progress';

function stageState(view: RolloutView, index: number): 'done' | 'current' | 'waiting' {
  if (index < view.stageIndex || (index === view.stageIndex && view.state === 'completed')) return 'done';
  if (index === view.stageIndex && view.state !== 'draft') return 'current';
  return 'waiting';
}

/** D4 stages in order: how far each went, its soak time, its expected cohort and what its devices did. */
export function StageTimeline({ view }: { view: RolloutView }) {
  return (
    <Section title="Stages" id="stages">
      <ol className="timeline">
        {view.stages.map((s) => {
          const state = stageState(view, s.index);
          return (
            <li key={s.index} className={`stage stage-${state}`} aria-current={state === 'current' ? 'step' : undefined} data-stage={s.index}>
              <strong>
                Stage {s.index + 1}: {s.percent}%
              </strong>{' '}
              <span className="muted">
                ({state}
                {state === 'current' && view.stageStartedAt ? ` since ${new Date(view.stageStartedAt).toLocaleTimeString()}` : ''}, soak{' '}
                {duration(s.soakSeconds)})
              </span>
              <div className="num">
                {s.expectedDevices ?? '?'} expected · {settled(s.counts)} done · {s.counts.succeeded} succeeded · {failures(s.counts)} failed
                {s.counts.offered + s.counts.downloading + s.counts.installing > 0 &&
                  ` · ${s.counts.offered + s.counts.downloading + s.counts.installing} in progress`}
                {s.health.samples > 0 && ` · failure rate ${percent(s.health.failureRate)}`}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
