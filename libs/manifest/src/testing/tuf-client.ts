/** A real tuf-js client in temporary directories, trusting a pinned root (as the agent's "firmware" does, D3). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Updater } from 'tuf-js';

export interface TufClient {
  metadataDir: string;
  targetDir: string;
  /**
   * A new Updater over the same directories. tuf-js keeps its trusted set per instance, so every refresh
   * after the first needs a fresh one; what it persisted (root, timestamp, snapshot) carries over.
   */
  updater(): Updater;
  /** The `version` of the root.json the client persisted. */
  trustedRootVersion(): number;
  remove(): void;
}

export function aTufClient(baseUrl: string, trustedRootJson: string): TufClient {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-tuf-'));
  const metadataDir = join(dir, 'metadata');
  const targetDir = join(dir, 'targets');
  mkdirSync(metadataDir);
  mkdirSync(targetDir);
  writeFileSync(join(metadataDir, 'root.json'), trustedRootJson);
  return {
    metadataDir,
    targetDir,
    updater: () =>
      new Updater({
        metadataDir,
        targetDir,
        metadataBaseUrl: `${baseUrl}metadata`,
        targetBaseUrl: `${baseUrl}targets`,
        // Hermetic and fast: no retries against the local server.
        config: { fetchRetry: false, fetchTimeout: 5_000 },
      }),
    trustedRootVersion: () => {
      const root = JSON.parse(readFileSync(join(metadataDir, 'root.json'), 'utf8')) as { signed: { version: number } };
      return root.signed.version;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Refreshes, then downloads `targetPath` and returns its bytes (TUF 5.7). */
export async function fetchTarget(updater: Updater, targetPath: string): Promise<Buffer> {
  await updater.refresh();
  const info = await updater.getTargetInfo(targetPath);
  if (!info) throw new Error(`target ${targetPath} is not listed`);
  return readFileSync(await updater.downloadTarget(info));
}

/** Asserts `promise` rejects with exactly `errorClass` (not a parent or sibling class) and a matching message. */
export async function expectRejection(promise: Promise<unknown>, errorClass: abstract new (...args: never[]) => Error, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(errorClass);
  expect((error as Error).constructor).toBe(errorClass);
  expect((error as Error).message).toMatch(message);
}
