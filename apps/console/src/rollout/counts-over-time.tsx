import { useEffect, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getOptional } from '../api/client';
import type { RolloutView, StageCounts } from '../api/types';
import type { RolloutHistory } from '../api/upcoming';
import { Section } from '../components/ui';
import { clock, POLL_MS } from '../format';
import { usePoll } from '../use-poll';
import { failures } from './progress';

interface Point {
  at: string;
  t: number;
  succeeded: number;
  failed: number;
  inProgress: number;
}

function pointOf(at: string, c: Partial<StageCounts>): Point {
  return { at, t: Date.parse(at), succeeded: c.succeeded ?? 0, failed: failures(c), inProgress: (c.offered ?? 0) + (c.downloading ?? 0) + (c.installing ?? 0) };
}

/** Samples this tab took of rollouts whose server keeps no history: since the page was first opened. */
const seen = new Map<string, Point[]>();

function useSamples(view: RolloutView): Point[] {
  const [points, setPoints] = useState<Point[]>(() => seen.get(view.id) ?? []);
  useEffect(() => {
    const list = seen.get(view.id) ?? [];
    // One point per server time: counts read again at the same time replace the point (a paused clock in tests).
    if (list.at(-1)?.at === view.asOf) list.pop();
    list.push(pointOf(view.asOf, view.totals));
    seen.set(view.id, list.slice(-500));
    setPoints([...list]);
  }, [view]);
  return points;
}

/** D9 counts over time: the server's kept stage counts when it has them, else what this page saw while open. */
export function CountsOverTime({ view }: { view: RolloutView }) {
  const history = usePoll(() => getOptional<RolloutHistory>(`/admin/v1/rollouts/${view.id}/history`), POLL_MS * 2, view.id);
  const sampled = useSamples(view);
  const kept = history.data?.points.map((p) => pointOf(p.at, p.counts));
  const points = kept && kept.length > 0 ? kept : sampled;
  const note = kept ? 'Devices by status over time, as the server kept them.' : 'Devices by status since this page was opened (this server keeps no history).';
  return (
    <Section title="Counts over time" id="counts-over-time">
      <p className="muted">{note}</p>
      <div className="chart" role="img" aria-label={`Chart: ${points.at(-1)?.succeeded ?? 0} succeeded, ${points.at(-1)?.failed ?? 0} failed by now`}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(t: number) => clock(new Date(t).toISOString())}
              minTickGap={40}
            />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(t) => clock(new Date(Number(t)).toISOString())} />
            <Legend />
            <Line type="stepAfter" dataKey="succeeded" stroke="#1b7f3b" dot={false} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="failed" stroke="#b3261e" dot={false} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="inProgress" name="in progress" stroke="#3b5bdb" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Section>
  );
}
