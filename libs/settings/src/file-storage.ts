/**
 * The settings directory on the device's filesystem. `sync` and `syncDir` are real fsyncs of the file and of the
 * directory. `crashAfterWrites` is the fault hook of the crash tests: a process cannot pull its own power, so the
 * instance throws after that many writes and refuses every call after, like a process that died there.
 */
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SettingsError } from './errors';
import { PowerCut, type SettingsStorage } from './storage';

export interface FileStorageOptions {
  crashAfterWrites?: number;
}

/** The errno code of a Node system error (duck-typed: such errors may come from another realm). */
function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** fsyncs a file (open it with 'r+') or a directory ('r'): what a durable write-then-rename needs on both. */
export async function fsyncPath(path: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class FileStorage implements SettingsStorage {
  private readonly power: PowerCut;

  constructor(
    readonly dir: string,
    options: FileStorageOptions = {},
  ) {
    this.power = new PowerCut(options.crashAfterWrites);
  }

  async read(name: string): Promise<string | undefined> {
    return this.io(`read ${name}`, async () => {
      try {
        return await readFile(this.pathOf(name), 'utf8');
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return undefined;
        throw error;
      }
    });
  }

  async write(name: string, data: string): Promise<void> {
    await this.mutate(`write ${name}`, () => writeFile(this.pathOf(name), data, 'utf8'));
  }

  async sync(name: string): Promise<void> {
    await this.mutate(`sync ${name}`, () => fsyncPath(this.pathOf(name), 'r+'));
  }

  async rename(from: string, to: string): Promise<void> {
    await this.mutate(`rename ${from} -> ${to}`, () => rename(this.pathOf(from), this.pathOf(to)));
  }

  async remove(name: string): Promise<void> {
    await this.mutate(`remove ${name}`, () => rm(this.pathOf(name), { force: true }));
  }

  async syncDir(): Promise<void> {
    await this.mutate('syncDir', () => fsyncPath(this.dir, 'r'));
  }

  private pathOf(name: string): string {
    if (name !== basename(name) || name === '.' || name === '..' || name === '') {
      throw new SettingsError('INVALID_INPUT', `expected a plain file name inside ${this.dir}, got ${JSON.stringify(name)}`);
    }
    return join(this.dir, name);
  }

  private async io<T>(operation: string, run: () => Promise<T>): Promise<T> {
    this.power.assertPowered();
    try {
      return await run();
    } catch (error) {
      if (error instanceof SettingsError) throw error;
      const found = errnoOf(error) ?? String(error);
      throw new SettingsError('STORAGE_FAILED', `expected to ${operation} in ${this.dir}, got ${found}`, { cause: error });
    }
  }

  private async mutate(operation: string, run: () => Promise<void>): Promise<void> {
    await this.io(operation, run);
    if (this.power.countWrite()) throw this.power.crashError(operation);
  }
}

/** Opens (creating if needed) the settings directory, e.g. the agent's configured state path. */
export async function openFileStorage(dir: string, options: FileStorageOptions = {}): Promise<FileStorage> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const found = errnoOf(error) ?? String(error);
    throw new SettingsError('STORAGE_FAILED', `expected to create the settings directory ${dir}, got ${found}`, {
      cause: error,
    });
  }
  return new FileStorage(dir, options);
}
