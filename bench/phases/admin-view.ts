/** The admin rollout view (GET /admin/v1/rollouts/:id: per-stage counts, health, outcomes), read one at a time. */
export interface ViewTimings {
  medianMs: number;
  minMs: number;
  maxMs: number;
  reads: number;
  /** Device states the view counted (its totals), to show it really saw the million. */
  states: number;
}

export async function measureRolloutView(url: string, adminToken: string, rolloutId: string, reads: number): Promise<ViewTimings> {
  const times: number[] = [];
  let states = 0;
  for (let i = 0; i < reads; i += 1) {
    const t0 = performance.now();
    const res = await fetch(`${url}/admin/v1/rollouts/${rolloutId}`, { headers: { authorization: `Bearer ${adminToken}` } });
    const view = (await res.json()) as { totals?: Record<string, unknown> };
    times.push(performance.now() - t0);
    if (!res.ok || !view.totals) throw new Error(`rollout view: ${res.status} ${JSON.stringify(view).slice(0, 300)}`);
    states = ['offered', 'downloading', 'installing', 'succeeded', 'failed', 'rolledBack', 'cancelled', 'timedOut'].reduce(
      (n, k) => n + Number(view.totals?.[k] ?? 0),
      0,
    );
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], maxMs: sorted[sorted.length - 1], reads, states };
}
