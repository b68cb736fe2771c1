/**
 * D2 atomicity across power loss: cut the power after every single write of an operation (1st, 2nd, ... until
 * one run completes), reboot, recover, and prove the state is deep-equal to the old or the new one, never a mix,
 * and that a retry then succeeds. Run on the in-memory disk (which forgets unsynced data and names) and on real
 * files in a temp dir (with the fault hook).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from './file-storage';
import { applyAtomically, factoryResetAtomically, recoverAtBoot } from './journal';
import { MemoryStorage } from './memory-storage';
import type { SettingsState } from './model';
import { initialiseState, loadState, saveState } from './persist';
import type { MigrationOp } from './schema';
import { setUserValue } from './settings';
import type { SettingsStorage } from './storage';
import { CLOUD_MESSAGING_SURFACE, T0, T1, T2, T3 } from './test/builders';

const DEFAULTS = { 'cloud_messaging.enabled': true, 'cloud_messaging.encrypt_identifiers': false, 'display.brightness': 50 };
const OPS: MigrationOp[] = [
  { op: 'setFactoryDefault', key: 'cloud_messaging.enabled', value: false },
  { op: 'force', key: 'cloud_messaging.encrypt_identifiers', value: true, reason: 'identifiers leave the device' },
  { op: 'setIfNotUserChosen', key: 'display.brightness', value: 60 },
  { op: 'rename', from: 'display.brightness', to: 'display.level' },
];
const CTX = { migrationId: 'cm-2014-08', now: T2, stream: 'stable', releaseCounter: 3 };

/** A device's settings directory; `reboot` opens the same disk again, `copy` an independent copy of its durable content. */
interface Disk {
  storage: SettingsStorage;
  reboot(crashAfterWrites?: number): Disk;
  copy(crashAfterWrites?: number): Disk;
}

function memoryDisk(files: Record<string, string>, crashAfterWrites?: number): Disk {
  const storage = new MemoryStorage({ files, crashAfterWrites });
  const again = (n?: number) => memoryDisk(storage.durableFiles(), n);
  return { storage, reboot: again, copy: again };
}

function fileDisk(dir: string, crashAfterWrites?: number): Disk {
  return {
    storage: new FileStorage(dir, { crashAfterWrites }),
    reboot: (n) => fileDisk(dir, n),
    copy: (n) => {
      const copied = mkdtempSync(join(root, 'disk-'));
      cpSync(dir, copied, { recursive: true });
      return fileDisk(copied, n);
    },
  };
}

const DISK_KINDS = [
  { name: 'in-memory storage', empty: () => memoryDisk({}) },
  { name: 'file storage', empty: () => fileDisk(mkdtempSync(join(root, 'base-'))) },
];

async function seedDevice(storage: SettingsStorage): Promise<void> {
  const initial = await initialiseState(storage, DEFAULTS, { now: T0 });
  await saveState(storage, setUserValue(initial, 'cloud_messaging.enabled', true, { now: T1, surface: CLOUD_MESSAGING_SURFACE }));
}

const crashCode = (error: unknown) => expect(error).toMatchObject({ code: 'SIMULATED_CRASH' });

/**
 * Crashes `operation` after its 1st, 2nd, ... write until a run completes; after each crash reboots, recovers,
 * checks old-or-new, then retries. Returns which state each crash left, in order of the crashing write.
 */
async function crashAfterEveryWrite(base: Disk, operation: (storage: SettingsStorage) => Promise<unknown>) {
  const reference = base.copy();
  const oldState = await loadState(reference.storage);
  await operation(reference.storage);
  const newState = await loadState(reference.storage);
  expect(newState).not.toEqual(oldState);

  const left: ('old' | 'new')[] = [];
  for (let n = 1; n <= 100; n += 1) {
    const disk = base.copy(n);
    const crashed = await operation(disk.storage).then(
      () => false,
      (error: unknown) => (crashCode(error), true),
    );
    const rebooted = disk.reboot().storage;
    if (!crashed) {
      expect(await loadState(rebooted)).toEqual(newState);
      return left;
    }
    await recoverAtBoot(rebooted);
    const state: SettingsState = await loadState(rebooted);
    expect([oldState, newState]).toContainEqual(state);
    left.push(JSON.stringify(state) === JSON.stringify(oldState) ? 'old' : 'new');
    await operation(rebooted);
    expect(await loadState(rebooted)).toEqual(newState);
  }
  throw new Error('the operation never completed within 100 writes');
}

/** One commit point: every crash before it leaves the old state, every crash after it the new one. */
function expectSingleCommitPoint(left: readonly ('old' | 'new')[]): void {
  const firstNew = left.indexOf('new');
  expect(firstNew).toBeGreaterThan(0);
  expect(left.slice(firstNew).every((s) => s === 'new')).toBe(true);
}

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'settings-crash-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(DISK_KINDS)('on the $name, after a power cut at any write', ({ empty }) => {
  let base: Disk;
  beforeAll(async () => {
    base = empty();
    await seedDevice(base.storage);
  });

  it('leaves an applied migration wholly old or wholly new, and a retry succeeds', async () => {
    const left = await crashAfterEveryWrite(base, (storage) => applyAtomically(storage, OPS, CTX));
    expect(left).toHaveLength(10);
    expectSingleCommitPoint(left);
  });

  it('leaves a factory reset wholly old or wholly new, and a retry succeeds', async () => {
    const left = await crashAfterEveryWrite(base, (storage) => factoryResetAtomically(storage, { now: T3 }));
    expect(left).toHaveLength(10);
    expectSingleCommitPoint(left);
  });

  it('leaves a saved user change wholly old or wholly new', async () => {
    const left = await crashAfterEveryWrite(base, async (storage) => {
      const state = await loadState(storage);
      await saveState(storage, setUserValue(state, 'display.brightness', 10, { now: T3 }));
    });
    expect(left).toHaveLength(4);
    expectSingleCommitPoint(left);
  });

  it('survives a power cut at any write of the recovery itself: a later boot finishes the rollback', async () => {
    const oldState = await loadState(base.copy().storage);
    const interrupted = base.copy(8);
    await expect(applyAtomically(interrupted.storage, OPS, CTX)).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
    const afterCut = interrupted.reboot();
    let recoveryWrites = 0;
    for (let crashed = true; crashed;) {
      recoveryWrites += 1;
      const booting = afterCut.copy(recoveryWrites);
      crashed = await recoverAtBoot(booting.storage).then(
        () => false,
        (error: unknown) => (crashCode(error), true),
      );
      const next = booting.reboot().storage;
      await recoverAtBoot(next);
      expect(await loadState(next)).toEqual(oldState);
      expect((await applyAtomically(next, OPS, CTX)).status).toBe('applied');
    }
    expect(recoveryWrites).toBe(7);
  });
});
