import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { RolloutView, StageHealth } from '../api/types';
import { Section } from '../components/ui';
import { percent } from '../format';

interface Row {
  name: string;
  health: StageHealth;
  /** The interval as a floating bar: invisible up to `lower`, drawn from lower to upper. */
  base: number;
  span: number;
}

const rowOf = (name: string, health: StageHealth): Row => ({ name, health, base: health.interval.lower, span: health.interval.upper - health.interval.lower });

/**
 * D4 health: each stage's failure rate with its Wilson interval at the policy's confidence, against the policy's
 * maximum. The engine advances when the upper bound is under the line and halts when the lower bound is over it.
 */
export function FailureRate({ view }: { view: RolloutView }) {
  const rows = [...view.stages.filter((s) => s.health.samples > 0).map((s) => rowOf(`Stage ${s.index + 1}`, s.health)), rowOf('All', view.totals.health)];
  const max = view.policy.maxFailureRate;
  const top = Math.min(1, Math.max(max * 2, ...rows.map((r) => r.health.interval.upper)) * 1.1);
  return (
    <Section title="Failure rate against the policy" id="failure-rate">
      <table>
        <caption className="visually-hidden">Failure rate per stage with its confidence interval</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Failures / samples</th>
            <th scope="col">Rate</th>
            <th scope="col">Interval ({percent(view.totals.health.confidence, 0)})</th>
            <th scope="col">Policy</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td className="num">
                {r.health.failures} / {r.health.samples}
              </td>
              <td className="num">{percent(r.health.failureRate)}</td>
              <td className="num">
                {percent(r.health.interval.lower)} – {percent(r.health.interval.upper)}
              </td>
              <td>{verdict(r.health)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart" role="img" aria-label="Chart of the intervals in the table above against the policy's maximum">
        <ResponsiveContainer width="100%" height={56 + rows.length * 36}>
          <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, top]} tickFormatter={(v: number) => percent(v, 0)} />
            <YAxis type="category" dataKey="name" width={70} />
            <Bar dataKey="base" stackId="i" fill="transparent" isAnimationActive={false} />
            <Bar dataKey="span" stackId="i" fill="#8da2fb" isAnimationActive={false} />
            <ReferenceLine x={max} stroke="#b3261e" strokeWidth={2} label={{ value: `max ${percent(max)}`, position: 'top', fill: '#b3261e' }} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="muted">
        Bars: the {percent(view.policy.confidence, 0)} confidence interval of the failure rate (failed and rolled back over finished installs); line: the
        policy's maximum {percent(max)}, with at least {view.policy.minSamples} samples.
      </p>
    </Section>
  );
}

function verdict(h: StageHealth): string {
  if (h.samples === 0) return 'no samples yet';
  if (h.interval.lower > h.maxFailureRate) return 'over the maximum';
  if (h.interval.upper < h.maxFailureRate) return 'under the maximum';
  return 'not yet known';
}
