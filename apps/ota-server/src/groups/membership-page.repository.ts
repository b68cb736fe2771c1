import type { DeviceMembership } from '@app/rollout';
import type { SqlTx } from '../database/sql-db';

/**
 * Tags and groups of the devices whose ids lie in [first, last], for the census walk (D4, D8). Plain SQL over
 * SqlTx: the walk runs in the write worker on sqlite, without TypeORM.
 */
export async function membershipsBetween(tx: SqlTx, first: string, last: string): Promise<Map<string, DeviceMembership>> {
  const range = `device_id >= ${tx.p(1)} AND device_id <= ${tx.p(2)}`;
  const groups = await tx.all<{ device_id: string; group_name: string }>(`SELECT device_id, group_name FROM device_group_member WHERE ${range}`, [first, last]);
  const tags = await tx.all<{ device_id: string; tag: string }>(`SELECT device_id, tag FROM device_tag WHERE ${range}`, [first, last]);
  const out = new Map<string, { tags: string[]; groups: string[] }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { tags: [], groups: [] }));
    return e;
  };
  for (const g of groups) entry(g.device_id).groups.push(g.group_name);
  for (const t of tags) entry(t.device_id).tags.push(t.tag);
  return out;
}
