/**
 * An in-memory disk that forgets what a power cut forgets: file data not yet `sync`ed, and creations, renames
 * and removals not yet `syncDir`ed. A name made durable before its data reads back empty, as on a real
 * filesystem with delayed allocation. With `crashAfterWrites` it powers off after that many writes; the fleet
 * emulator and the crash tests use it to prove the journal leaves a state wholly old or wholly new.
 */
import { SettingsError } from './errors';
import { PowerCut, type SettingsStorage } from './storage';

interface Inode {
  cached: string;
  durable: string | undefined;
}

export interface MemoryStorageOptions {
  /** Durable content to start from, e.g. `durableFiles()` of a storage that crashed (the reboot). */
  files?: Readonly<Record<string, string>>;
  crashAfterWrites?: number;
}

export class MemoryStorage implements SettingsStorage {
  private readonly inodes: Inode[] = [];
  private cachedDir = new Map<string, number>();
  private durableDir = new Map<string, number>();
  private readonly power: PowerCut;

  constructor(options: MemoryStorageOptions = {}) {
    this.power = new PowerCut(options.crashAfterWrites);
    for (const [name, content] of Object.entries(options.files ?? {})) {
      this.inodes.push({ cached: content, durable: content });
      this.cachedDir.set(name, this.inodes.length - 1);
    }
    this.durableDir = new Map(this.cachedDir);
  }

  /** What a reboot would find: the durable names with their durable data. Readable even after a crash. */
  durableFiles(): Record<string, string> {
    return Object.fromEntries([...this.durableDir].map(([name, id]) => [name, this.inodes[id].durable ?? '']));
  }

  async read(name: string): Promise<string | undefined> {
    this.power.assertPowered();
    const id = this.cachedDir.get(name);
    return id === undefined ? undefined : this.inodes[id].cached;
  }

  async write(name: string, data: string): Promise<void> {
    this.mutate(`write ${name}`, () => {
      const id = this.cachedDir.get(name);
      if (id !== undefined) this.inodes[id].cached = data;
      else this.cachedDir.set(name, this.inodes.push({ cached: data, durable: undefined }) - 1);
    });
  }

  async sync(name: string): Promise<void> {
    this.mutate(`sync ${name}`, () => {
      const inode = this.inodes[this.existing(name, 'sync')];
      inode.durable = inode.cached;
    });
  }

  async rename(from: string, to: string): Promise<void> {
    this.mutate(`rename ${from} -> ${to}`, () => {
      this.cachedDir.set(to, this.existing(from, 'rename'));
      this.cachedDir.delete(from);
    });
  }

  async remove(name: string): Promise<void> {
    this.mutate(`remove ${name}`, () => this.cachedDir.delete(name));
  }

  async syncDir(): Promise<void> {
    this.mutate('syncDir', () => {
      this.durableDir = new Map(this.cachedDir);
    });
  }

  private existing(name: string, operation: string): number {
    const id = this.cachedDir.get(name);
    if (id === undefined) {
      throw new SettingsError('STORAGE_FAILED', `${operation} expected an existing file ${name}, found none`);
    }
    return id;
  }

  private mutate(operation: string, effect: () => void): void {
    this.power.assertPowered();
    effect();
    if (!this.power.countWrite()) return;
    this.cachedDir = new Map(this.durableDir);
    for (const inode of this.inodes) inode.cached = inode.durable ?? '';
    throw this.power.crashError(operation);
  }
}
