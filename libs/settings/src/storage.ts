/**
 * The device's settings directory, reduced to the primitives a crash-safe update needs. Writes land in a
 * volatile cache until `sync` (file data) or `syncDir` (names: creations, renames, removals) makes them durable,
 * which is what POSIX promises and all a power cut leaves behind.
 */
import { SettingsError } from './errors';

export interface SettingsStorage {
  /** The file's content, or undefined when there is no such file. */
  read(name: string): Promise<string | undefined>;
  /** Creates or replaces the file's content (volatile until `sync`). */
  write(name: string, data: string): Promise<void>;
  /** fsync of the file's data. */
  sync(name: string): Promise<void>;
  /** Atomically replaces `to` with `from` (volatile until `syncDir`). */
  rename(from: string, to: string): Promise<void>;
  /** Removes the file if present (volatile until `syncDir`). */
  remove(name: string): Promise<void>;
  /** fsync of the directory: makes every creation, rename and removal so far durable. */
  syncDir(): Promise<void>;
}

export const TMP_SUFFIX = '.tmp';

/** write temp, fsync it, rename over the target, fsync the directory: afterwards `name` is wholly `data`. */
export async function writeDurably(storage: SettingsStorage, name: string, data: string): Promise<void> {
  const tmp = name + TMP_SUFFIX;
  await storage.write(tmp, data);
  await storage.sync(tmp);
  await storage.rename(tmp, name);
  await storage.syncDir();
}

export async function removeDurably(storage: SettingsStorage, name: string): Promise<void> {
  await storage.remove(name);
  await storage.syncDir();
}

/**
 * Fault injection shared by both storages: the `crashAfterWrites`-th mutating call (write, sync, rename,
 * remove, syncDir) takes effect, then the power is cut. From then on the instance is dead, like the process
 * that held it; a new instance over the same disk plays the reboot.
 */
export class PowerCut {
  private writes = 0;
  private cut = false;

  constructor(private readonly crashAfterWrites: number | undefined) {
    if (crashAfterWrites !== undefined && !(Number.isInteger(crashAfterWrites) && crashAfterWrites >= 1)) {
      throw new SettingsError('INVALID_INPUT', `crashAfterWrites must be an integer >= 1, got ${crashAfterWrites}`);
    }
  }

  /** Throws if the power is already off. */
  assertPowered(): void {
    if (!this.cut) return;
    throw new SettingsError('SIMULATED_CRASH', 'expected a powered storage, found it off after a simulated crash: open it again');
  }

  /** Counts a mutating call that has just taken effect; returns true when the power must be cut now. */
  countWrite(): boolean {
    this.writes += 1;
    this.cut = this.writes === this.crashAfterWrites;
    return this.cut;
  }

  crashError(operation: string): SettingsError {
    return new SettingsError('SIMULATED_CRASH', `simulated power cut after write #${this.writes} (${operation})`);
  }
}
