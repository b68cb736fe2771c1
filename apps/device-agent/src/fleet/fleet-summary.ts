import type { DeviceRolloutStatus, KeyOutcome } from '@app/protocol';

/** What one device ended with, for the summary table. */
export interface DeviceResult {
  model: string;
  /** Its last reported status, or `not offered`. */
  status: DeviceRolloutStatus | 'not offered';
  code?: string;
  outcomes: KeyOutcome[];
}

export interface FleetSummary {
  devices: number;
  byStatus: Record<string, number>;
  byModel: Record<string, Record<string, number>>;
  /** key -> `op result` -> devices */
  outcomes: Record<string, Record<string, number>>;
  codes: Record<string, number>;
}

export function summarise(results: DeviceResult[]): FleetSummary {
  const summary: FleetSummary = { devices: results.length, byStatus: {}, byModel: {}, outcomes: {}, codes: {} };
  for (const r of results) {
    summary.byStatus[r.status] = (summary.byStatus[r.status] ?? 0) + 1;
    const model = (summary.byModel[r.model] ??= {});
    model[r.status] = (model[r.status] ?? 0) + 1;
    if (r.code) summary.codes[r.code] = (summary.codes[r.code] ?? 0) + 1;
    for (const o of r.outcomes) {
      const key = (summary.outcomes[o.key] ??= {});
      const label = `${o.op} ${o.result}`;
      key[label] = (key[label] ?? 0) + 1;
    }
  }
  return summary;
}

/** Plain-text tables for a terminal or a log: by status, by outcome per key, by model. */
export function formatSummary(s: FleetSummary): string {
  const statuses = Object.keys(s.byStatus).sort();
  const lines: string[] = [];
  lines.push(
    `Fleet of ${s.devices} devices`,
    '',
    table(
      ['status', 'devices'],
      statuses.map((st) => [st, String(s.byStatus[st])]),
    ),
  );
  if (Object.keys(s.codes).length)
    lines.push(
      '',
      table(
        ['code', 'devices'],
        Object.entries(s.codes)
          .sort()
          .map(([c, n]) => [c, String(n)]),
      ),
    );
  const outcomeRows = Object.entries(s.outcomes)
    .sort()
    .flatMap(([key, results]) =>
      Object.entries(results)
        .sort()
        .map(([label, n]) => [key, label, String(n)]),
    );
  if (outcomeRows.length) lines.push('', table(['setting', 'op result', 'devices'], outcomeRows));
  lines.push(
    '',
    table(
      ['model', ...statuses],
      Object.entries(s.byModel)
        .sort()
        .map(([m, counts]) => [m, ...statuses.map((st) => String(counts[st] ?? 0))]),
    ),
  );
  return lines.join('\n');
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
