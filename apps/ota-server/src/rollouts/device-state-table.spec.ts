import { randomBytes } from 'node:crypto';
import { DeviceKey } from '../devices/device-key';
import { DeviceStateTable } from './device-state-table';

const anId = () => randomBytes(32).toString('hex');

describe('DeviceStateTable', () => {
  it('answers like a Map for random ids, across compactions', () => {
    const table = new DeviceStateTable();
    const reference = new Map<string, number>();
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 20_000; i += 1) {
        const id = anId();
        const status = i % 7;
        table.set(id, status);
        reference.set(id, status);
      }
      table.compact();
      // Updates of existing entries, in the sorted part and in the recent part.
      for (const id of [...reference.keys()].slice(0, 500)) {
        table.set(id, 6);
        reference.set(id, 6);
      }
    }
    expect(table.size).toBe(reference.size);
    for (const [id, status] of reference) expect(table.get(id)).toBe(status);
    for (let i = 0; i < 1000; i += 1) expect(table.get(anId())).toBeUndefined();
  });

  it('builds from sorted pages as a database walk returns them', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: anId(), status: i % 7 })).sort((a, b) => (a.id < b.id ? -1 : 1));
    const rest = new Map<string, number>();
    const pages = [rows.slice(0, 2000), rows.slice(2000, 4000), rows.slice(4000), [{ id: 'not-hex', status: 2 }]].map((p) =>
      DeviceStateTable.encodePage(p, rest),
    );
    const table = DeviceStateTable.fromSortedPages(pages);
    table.addRecent(rest);
    expect(table.size).toBe(5001);
    for (const r of rows) expect(table.get(r.id)).toBe(r.status);
    expect(table.get('not-hex')).toBe(2);
  });

  it('keeps ids that are not 64 hex digits apart, unharmed by compaction', () => {
    const table = new DeviceStateTable();
    table.set('device-A', 1);
    table.set('ab'.repeat(32), 3);
    table.compact();
    expect(table.get('device-A')).toBe(1);
    expect(table.get('ab'.repeat(32))).toBe(3);
    expect(table.get('AB'.repeat(32))).toBeUndefined();
  });
});

describe('DeviceStateTable directory', () => {
  it('finds every id at every size, including ids that share their leading bits', () => {
    for (const n of [0, 1, 2, 3, 7, 64, 1000, 5000]) {
      const rows = Array.from({ length: n }, (_, i) => ({ id: i % 3 === 0 ? `0000${anId().slice(4)}` : anId(), status: i % 7 })).sort((a, b) =>
        a.id < b.id ? -1 : 1,
      );
      const table = DeviceStateTable.fromSortedPages([DeviceStateTable.encodePage(rows, new Map())]);
      for (const r of rows) expect(table.get(r.id)).toBe(r.status);
      expect(table.get(anId())).toBeUndefined();
      expect(table.get('f'.repeat(64))).toBeUndefined();
      expect(table.get('0'.repeat(64))).toBeUndefined();
    }
  });

  it('re-sorts pages that are not in byte order (a collation that is not bytewise)', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: anId(), status: i % 5 }));
    const table = DeviceStateTable.fromSortedPages([DeviceStateTable.encodePage(rows, new Map())]);
    expect(table.size).toBe(300);
    for (const r of rows) expect(table.get(r.id)).toBe(r.status);
  });

  it('looks up by a parsed key as by the id', () => {
    const table = new DeviceStateTable();
    const id = anId();
    table.set(id, 4);
    const key = new DeviceKey();
    expect(table.getByKey(key.load(id))).toBe(4);
    table.compact();
    expect(table.getByKey(key.load(id))).toBe(4);
    expect(table.getByKey(key.load('not-hex'))).toBeUndefined();
    expect(key.load('AB'.repeat(32)).valid).toBe(false);
  });
});
