/** A tuf-js client pinned to a root, as a device's firmware is (D3); its trusted metadata persists between refreshes. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Updater } from 'tuf-js';

export interface PinnedTufClient {
  /** A fresh Updater (tuf-js keeps its trusted set per instance) over the same persisted metadata. */
  updater(): Updater;
  /** The version of the root the client trusts now. */
  trustedRootVersion(): number;
  /** Refreshes and downloads `targetPath`, parsed as JSON. */
  download(targetPath: string): Promise<unknown>;
}

export function pinnedTufClient(serverUrl: string, rootJson: string): PinnedTufClient {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-tuf-device-'));
  const metadataDir = path.join(dir, 'metadata');
  const targetDir = path.join(dir, 'targets');
  fs.mkdirSync(metadataDir);
  fs.mkdirSync(targetDir);
  fs.writeFileSync(path.join(metadataDir, 'root.json'), rootJson);
  const updater = () =>
    new Updater({
      metadataDir,
      targetDir,
      metadataBaseUrl: `${serverUrl}/tuf/metadata`,
      targetBaseUrl: `${serverUrl}/tuf/targets`,
      config: { fetchRetry: false },
    });
  return {
    updater,
    trustedRootVersion: () => (JSON.parse(fs.readFileSync(path.join(metadataDir, 'root.json'), 'utf8')) as { signed: { version: number } }).signed.version,
    download: async (targetPath) => {
      const u = updater();
      await u.refresh();
      const info = await u.getTargetInfo(targetPath);
      if (!info) throw new Error(`target ${targetPath} is not listed`);
      return JSON.parse(fs.readFileSync(await u.downloadTarget(info), 'utf8')) as unknown;
    },
  };
}
