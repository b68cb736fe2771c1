import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileStorage } from './file-storage';
import { applyAtomically, factoryResetAtomically, recoverAtBoot } from './journal';
import { MemoryStorage } from './memory-storage';
import { JOURNAL_FILE, STATE_FILE, initialiseState, loadState, saveState } from './persist';
import type { MigrationOp } from './schema';
import { setUserValue } from './settings';
import { writeDurably } from './storage';
import { T0, T1, T2, aState, asyncCodeOf, asyncErrorOf } from './test/builders';

const DEFAULTS = { 'a.flag': true, 'b.count': 3 };
const OPS: MigrationOp[] = [{ op: 'setIfNotUserChosen', key: 'b.count', value: 4 }];
const CTX = { migrationId: 'm1', now: T1, stream: 'stable', releaseCounter: 7 };

async function aDisk(): Promise<MemoryStorage> {
  const disk = new MemoryStorage();
  await initialiseState(disk, DEFAULTS, { now: T0 });
  return disk;
}

/** The same durable content, with every further write crashing: proves an operation wrote nothing. */
const readOnlyCopy = (disk: MemoryStorage) => new MemoryStorage({ files: disk.durableFiles(), crashAfterWrites: 1 });

async function withPendingJournal(): Promise<MemoryStorage> {
  const disk = await aDisk();
  const journal = { schema: 'settings-journal/1', intent: { kind: 'factory-reset' }, startedAt: T1, previous: aState(DEFAULTS) };
  await writeDurably(disk, JOURNAL_FILE, JSON.stringify(journal));
  return disk;
}

describe('initialiseState and loadState', () => {
  it('stores the factory state on first boot and keeps an existing state afterwards', async () => {
    const disk = await aDisk();
    const state = await loadState(disk);
    expect(state).toEqual(aState(DEFAULTS));
    expect(await initialiseState(disk, { other: 1 }, { now: T2 })).toEqual(state);
    expect(await loadState(disk)).toEqual(state);
  });

  it('saves a user change durably', async () => {
    const disk = await aDisk();
    const changed = setUserValue(await loadState(disk), 'a.flag', false, { now: T1 });
    await saveState(disk, changed);
    expect(await loadState(new MemoryStorage({ files: disk.durableFiles() }))).toEqual(changed);
  });

  describe('when nothing was stored yet', () => {
    it('throws STATE_MISSING', async () => {
      expect(await asyncCodeOf(() => loadState(new MemoryStorage()))).toBe('STATE_MISSING');
    });
  });

  describe('when the state file is not JSON or not a state', () => {
    it.each(['', '{"schema":"settings-state/1"', '{"schema":"settings-state/1","state":{"settings":{}}}'])('throws STATE_CORRUPT for %j', async (content) => {
      expect(await asyncCodeOf(() => loadState(new MemoryStorage({ files: { [STATE_FILE]: content } })))).toBe('STATE_CORRUPT');
    });
  });

  describe('when a journal is pending', () => {
    it('throws RECOVERY_REQUIRED from every reader and writer', async () => {
      const disk = await withPendingJournal();
      expect(await asyncCodeOf(() => loadState(disk))).toBe('RECOVERY_REQUIRED');
      expect(await asyncCodeOf(() => saveState(disk, aState(DEFAULTS)))).toBe('RECOVERY_REQUIRED');
      expect(await asyncCodeOf(() => initialiseState(disk, DEFAULTS, { now: T0 }))).toBe('RECOVERY_REQUIRED');
      expect(await asyncCodeOf(() => applyAtomically(disk, OPS, CTX))).toBe('RECOVERY_REQUIRED');
      expect(await asyncCodeOf(() => factoryResetAtomically(disk, { now: T1 }))).toBe('RECOVERY_REQUIRED');
    });
  });

  describe('when the state to save is not a valid state', () => {
    it('throws INVALID_INPUT and writes nothing', async () => {
      const disk = readOnlyCopy(await aDisk());
      const bad = { ...aState(DEFAULTS), releaseCounters: { stable: -1 } };
      expect(await asyncCodeOf(() => saveState(disk, bad))).toBe('INVALID_INPUT');
    });
  });
});

describe('applyAtomically', () => {
  it('commits the migrated state with its release counter and leaves no journal or temp file', async () => {
    const disk = await aDisk();
    const result = await applyAtomically(disk, OPS, CTX);
    expect(result.status).toBe('applied');
    expect(result.outcomes).toEqual([{ key: 'b.count', op: 'setIfNotUserChosen', result: 'applied' }]);
    expect(result.state.releaseCounters).toEqual({ stable: 7 });
    expect(await loadState(disk)).toEqual(result.state);
    expect(Object.keys(disk.durableFiles())).toEqual([STATE_FILE]);
  });

  it('keeps one counter per stream', async () => {
    const disk = await aDisk();
    await applyAtomically(disk, OPS, CTX);
    await applyAtomically(disk, [], { ...CTX, migrationId: 'beta-1', stream: 'beta', releaseCounter: 1 });
    expect((await loadState(disk)).releaseCounters).toEqual({ stable: 7, beta: 1 });
  });

  it('is a no-op that writes nothing for the release counter already applied (D3)', async () => {
    const disk = await aDisk();
    const applied = await applyAtomically(disk, OPS, CTX);
    const again = await applyAtomically(readOnlyCopy(disk), OPS, { ...CTX, migrationId: 'other' });
    expect(again).toEqual({ state: applied.state, outcomes: [], status: 'already-applied' });
  });

  describe('when the release counter is lower than the one applied', () => {
    it('throws ROLLBACK saying what it must exceed', async () => {
      const disk = await aDisk();
      await applyAtomically(disk, OPS, CTX);
      const error = await asyncErrorOf(() => applyAtomically(disk, OPS, { ...CTX, migrationId: 'm0', releaseCounter: 6 }));
      expect(error.code).toBe('ROLLBACK');
      expect(error.message).toBe('releaseCounter on stream "stable" must exceed 7, got 6');
    });
  });

  describe('when the ops are invalid', () => {
    it('throws INVALID_INPUT before writing anything', async () => {
      const disk = readOnlyCopy(await aDisk());
      const ops = [{ op: 'force', key: 'a.flag', value: false }] as unknown as MigrationOp[];
      expect(await asyncCodeOf(() => applyAtomically(disk, ops, CTX))).toBe('INVALID_INPUT');
    });
  });

  describe('when the stream or release counter is invalid', () => {
    it.each([
      { stream: '', releaseCounter: 1 },
      { stream: 'stable', releaseCounter: -1 },
      { stream: 'stable', releaseCounter: 1.5 },
    ])('throws INVALID_INPUT for %p', async (bad) => {
      expect(await asyncCodeOf(async () => applyAtomically(await aDisk(), OPS, { ...CTX, ...bad }))).toBe('INVALID_INPUT');
    });
  });
});

describe('factoryResetAtomically', () => {
  it('commits the factory state and keeps the release counters', async () => {
    const disk = await aDisk();
    await applyAtomically(disk, OPS, CTX);
    await saveState(disk, setUserValue(await loadState(disk), 'a.flag', false, { now: T1, surface: 'S' }));
    const reset = await factoryResetAtomically(disk, { now: T2 });
    expect(await loadState(disk)).toEqual(reset);
    expect(reset.settings['a.flag']).toEqual({ value: true, source: 'factory-default', updatedAt: T2 });
    expect(reset.releaseCounters).toEqual({ stable: 7 });
  });
});

describe('recoverAtBoot', () => {
  it('does nothing on a clean disk', async () => {
    expect(await recoverAtBoot(await aDisk())).toEqual({ action: 'none' });
  });

  it('rolls a pending journal back to the previous state it holds and reports the intent', async () => {
    const disk = await withPendingJournal();
    expect(await recoverAtBoot(disk)).toEqual({ action: 'rolled-back', intent: { kind: 'factory-reset' }, startedAt: T1 });
    expect(await loadState(disk)).toEqual(aState(DEFAULTS));
    expect(Object.keys(disk.durableFiles())).toEqual([STATE_FILE]);
  });

  it('drops leftover temp files', async () => {
    const disk = await aDisk();
    await disk.write(`${STATE_FILE}.tmp`, 'half');
    await disk.syncDir();
    await recoverAtBoot(disk);
    expect(await disk.read(`${STATE_FILE}.tmp`)).toBeUndefined();
  });

  describe('when the journal is not a journal', () => {
    it('throws JOURNAL_CORRUPT and leaves the disk as it is', async () => {
      const disk = await aDisk();
      await writeDurably(disk, JOURNAL_FILE, '{"schema":"settings-journal/1"}');
      expect(await asyncCodeOf(() => recoverAtBoot(disk))).toBe('JOURNAL_CORRUPT');
      expect(await disk.read(JOURNAL_FILE)).toBeDefined();
    });
  });
});

describe('on the file storage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'settings-journal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs boot, first initialisation, apply and reset, leaving only the state file', async () => {
    const disk = await openFileStorage(dir);
    expect(await recoverAtBoot(disk)).toEqual({ action: 'none' });
    await initialiseState(disk, DEFAULTS, { now: T0 });
    const { state } = await applyAtomically(disk, OPS, CTX);
    expect(await loadState(await openFileStorage(dir))).toEqual(state);
    await factoryResetAtomically(disk, { now: T2 });
    expect(readdirSync(dir)).toEqual([STATE_FILE]);
  });
});
