import type { KeyOutcome } from '@app/protocol';
import { byLockOrder, type SqlTx } from '../database/sql-db';

/**
 * The outcomes of one transaction's reports, for the `rollout_outcome` table (D2: migration outcomes aggregated
 * into counts per key, op and result; no per-device copy is kept). Plain SQL over SqlTx: the write worker runs it.
 */
export class OutcomeDeltas {
  private readonly byKey = new Map<string, { rolloutId: string; key: string; op: string; result: string; n: number }>();

  add(rolloutId: string, o: KeyOutcome): void {
    const k = `${rolloutId}\u0000${o.key}\u0000${o.op}\u0000${o.result}`;
    const entry = this.byKey.get(k);
    if (entry) entry.n += 1;
    else this.byKey.set(k, { rolloutId, key: o.key, op: o.op, result: o.result, n: 1 });
  }

  /** In one order whatever the devices': concurrent transactions lock these rows in the same order. */
  async apply(tx: SqlTx): Promise<void> {
    const p = tx.p;
    const sql =
      `INSERT INTO rollout_outcome (rollout_id, setting_key, op, result, count) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}) ` +
      'ON CONFLICT (rollout_id, setting_key, op, result) DO UPDATE SET count = rollout_outcome.count + excluded.count';
    const rows = [...this.byKey.entries()].sort(([a], [b]) => byLockOrder(a, b)).map(([, v]) => v);
    for (const o of rows) await tx.run(sql, [o.rolloutId, o.key, o.op, o.result, o.n]);
    this.byKey.clear();
  }
}

export interface OutcomeCount {
  key: string;
  op: string;
  result: string;
  count: number;
}

/** A rollout's outcome counts, one row per (key, op, result). */
export async function outcomesOf(tx: SqlTx, rolloutId: string): Promise<OutcomeCount[]> {
  const rows = await tx.all<{ setting_key: string; op: string; result: string; count: number | string }>(
    `SELECT setting_key, op, result, count FROM rollout_outcome WHERE rollout_id = ${tx.p(1)}`,
    [rolloutId],
  );
  return rows.map((r) => ({ key: r.setting_key, op: r.op, result: r.result, count: Number(r.count) }));
}
