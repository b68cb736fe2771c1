/**
 * D3: the manifest a server points at, fetched and verified by tuf-js from the device's pinned root. A new
 * `Updater` per fetch: an Updater refreshes once in its life, and each install must see the newest timestamp.
 * The trusted metadata persists in the device's metadata directory between fetches (rollback protection).
 */
import { readFile } from 'node:fs/promises';
import { Updater } from 'tuf-js';
import { classifyTufError } from './tuf-errors';
import { UpdateRejection } from './update-rejection';

export interface TufSource {
  metadataDir: string;
  targetsDir: string;
  /** e.g. http://127.0.0.1:8080/tuf/metadata */
  metadataBaseUrl: string;
  targetBaseUrl: string;
}

export function tufSourceFor(serverUrl: string, dirs: { metadataDir: string; targetsDir: string }): TufSource {
  const base = serverUrl.replace(/\/+$/, '');
  return { ...dirs, metadataBaseUrl: `${base}/tuf/metadata`, targetBaseUrl: `${base}/tuf/targets` };
}

/** TUF 5.3-5.6 refresh, then 5.7 the target: its bytes, verified against the length and hashes TUF lists. */
async function refreshAndDownload(source: TufSource, targetPath: string): Promise<Buffer> {
  // No retries inside tuf-js: the agent's own backoff (D4) decides when to try again.
  const updater = new Updater({ ...source, targetDir: source.targetsDir, config: { fetchRetry: false, fetchTimeout: 30_000 } });
  await updater.refresh();
  const info = await updater.getTargetInfo(targetPath);
  if (info === undefined) throw new UpdateRejection('TARGET_NOT_FOUND', `expected the server's target ${targetPath} in the signed targets metadata, found no such target`);
  const file = (await updater.findCachedTarget(info)) ?? (await updater.downloadTarget(info));
  return readFile(file);
}

/** The verified bytes of `targetPath`; throws an `UpdateRejection` with its D3 code, or a transient `ClientError`. */
export async function fetchVerifiedTarget(source: TufSource, targetPath: string): Promise<Buffer> {
  try {
    return await refreshAndDownload(source, targetPath);
  } catch (error) {
    throw classifyTufError(error);
  }
}
