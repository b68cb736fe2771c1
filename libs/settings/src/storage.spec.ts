import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage, openFileStorage } from './file-storage';
import { MemoryStorage } from './memory-storage';
import { writeDurably } from './storage';
import { asyncCodeOf, asyncErrorOf, codeOf } from './test/builders';

describe('MemoryStorage', () => {
  it('reads back what was written, before any sync', async () => {
    const disk = new MemoryStorage();
    await disk.write('f', 'one');
    expect(await disk.read('f')).toBe('one');
    expect(await disk.read('missing')).toBeUndefined();
  });

  it('keeps across a crash only what was synced: file data by sync, names by syncDir', async () => {
    const disk = new MemoryStorage({ files: { kept: 'old', gone: 'g' }, crashAfterWrites: 5 });
    await disk.write('kept', 'new, never synced');
    await disk.write('created', 'c');
    await disk.sync('created');
    await disk.remove('gone');
    await expect(disk.rename('created', 'renamed')).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
    expect(disk.durableFiles()).toEqual({ kept: 'old', gone: 'g' });
  });

  it('reads back empty a file whose name was made durable before its data', async () => {
    const disk = new MemoryStorage({ crashAfterWrites: 2 });
    await disk.write('f', 'data');
    await expect(disk.syncDir()).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
    expect(disk.durableFiles()).toEqual({ f: '' });
  });

  it('survives a crash with a durably replaced file holding exactly the new content', async () => {
    const disk = new MemoryStorage({ files: { f: 'old' }, crashAfterWrites: 4 });
    await expect(writeDurably(disk, 'f', 'new')).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
    expect(disk.durableFiles()).toEqual({ f: 'new' });
  });

  it('counts only writes: reads never trigger the crash', async () => {
    const disk = new MemoryStorage({ files: { f: 'x' }, crashAfterWrites: 1 });
    for (let i = 0; i < 3; i += 1) expect(await disk.read('f')).toBe('x');
  });

  describe('when used after a simulated crash', () => {
    it('throws SIMULATED_CRASH for every call, reads included', async () => {
      const disk = new MemoryStorage({ crashAfterWrites: 1 });
      await expect(disk.write('f', 'x')).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
      expect(await asyncCodeOf(() => disk.read('f'))).toBe('SIMULATED_CRASH');
      expect(await asyncCodeOf(() => disk.syncDir())).toBe('SIMULATED_CRASH');
    });
  });

  describe('when syncing or renaming a file that does not exist', () => {
    it('throws STORAGE_FAILED', async () => {
      const disk = new MemoryStorage();
      expect(await asyncCodeOf(() => disk.sync('nope'))).toBe('STORAGE_FAILED');
      expect(await asyncCodeOf(() => disk.rename('nope', 'x'))).toBe('STORAGE_FAILED');
    });
  });

  describe('when crashAfterWrites is not a positive integer', () => {
    it.each([0, -1, 1.5])('throws INVALID_INPUT for %p', (crashAfterWrites) => {
      expect(codeOf(() => new MemoryStorage({ crashAfterWrites }))).toBe('INVALID_INPUT');
    });
  });
});

describe('FileStorage', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'settings-storage-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes, syncs, renames and removes real files, creating its directory', async () => {
    const dir = join(root, 'nested', 'agent');
    const disk = await openFileStorage(dir);
    await writeDurably(disk, 'f.json', '{"a":1}');
    expect(readdirSync(dir)).toEqual(['f.json']);
    expect(await disk.read('f.json')).toBe('{"a":1}');
    await disk.remove('f.json');
    await disk.remove('f.json');
    expect(await disk.read('f.json')).toBeUndefined();
  });

  it('with crashAfterWrites, throws after that write has reached the disk, then refuses every call', async () => {
    const dir = mkdtempSync(join(root, 'crash-'));
    const disk = new FileStorage(dir, { crashAfterWrites: 3 });
    await expect(writeDurably(disk, 'f', 'x')).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('x');
    expect(await asyncCodeOf(() => disk.read('f'))).toBe('SIMULATED_CRASH');
    expect(await new FileStorage(dir).read('f')).toBe('x');
  });

  describe('when a name is not a plain file name', () => {
    it.each(['../escape', 'a/b', '..', ''])('throws INVALID_INPUT for %j', async (name) => {
      expect(await asyncCodeOf(() => new FileStorage(root).write(name, 'x'))).toBe('INVALID_INPUT');
    });
  });

  describe('when the directory is not usable', () => {
    it('throws STORAGE_FAILED with the system error as cause', async () => {
      const file = join(root, 'not-a-dir');
      writeFileSync(file, '');
      const error = await asyncErrorOf(() => new FileStorage(file).write('f', 'x'));
      expect(error.code).toBe('STORAGE_FAILED');
      expect(error.message).toBe(`expected to write f in ${file}, got ENOTDIR`);
      expect(error.cause).toMatchObject({ code: 'ENOTDIR' });
      expect(await asyncCodeOf(() => openFileStorage(join(file, 'sub')))).toBe('STORAGE_FAILED');
    });
  });
});
