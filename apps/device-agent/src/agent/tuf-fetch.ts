/**
 * D3: the manifest a server points at, looked up and fetched by tuf-js from the device's pinned root. A new
 * `Updater` per install: an Updater refreshes once in its life, and each install must see the newest timestamp.
 * The trusted metadata persists in the device's metadata directory between installs (rollback protection).
 *
 * Two steps, so that the agent knows the verified hash before it reports `downloading` (D4: every report names
 * the target and hash the device verified): `lookUpTarget` (TUF 5.3-5.6 refresh, then the target's entry in the
 * signed targets metadata), then `ListedTarget.download` (5.7, bytes checked against that entry).
 */
import { readFile } from 'node:fs/promises';
import type { TargetFile } from '@tufjs/models';
import { BaseFetcher, Updater } from 'tuf-js';
import { DownloadHTTPError } from 'tuf-js/dist/error';
import type { Transport } from '../client/transport';
import { classifyTufError } from './tuf-errors';
import { UpdateRejection } from './update-rejection';

export interface TufSource {
  metadataDir: string;
  targetsDir: string;
  /** e.g. http://127.0.0.1:8080/tuf/metadata */
  metadataBaseUrl: string;
  targetBaseUrl: string;
  /** The device API's transport (D5: the same pinned CA for TUF metadata and targets as for polls). */
  transport: Transport;
}

/** A target the verified targets metadata lists: what the signed entry says, and its bytes on demand. */
export interface ListedTarget {
  path: string;
  /** The SHA-256 (lowercase hex) the signed entry lists: what the device reports it verified. */
  sha256: string;
  /** The signed entry's `custom` (for a manifest: kind, id, stream, releaseCounter and, from newer servers, releaseId). */
  custom: Readonly<Record<string, unknown>>;
  /** TUF 5.7: the bytes, verified against the signed length and hashes. */
  download(): Promise<Buffer>;
}

export function tufSourceFor(serverUrl: string, dirs: { metadataDir: string; targetsDir: string }, transport: Transport): TufSource {
  const base = serverUrl.replace(/\/+$/, '');
  return { ...dirs, metadataBaseUrl: `${base}/tuf/metadata`, targetBaseUrl: `${base}/tuf/targets`, transport };
}

const FETCH_TIMEOUT_MS = 30_000;

/** tuf-js's downloads through the agent's transport; as its default fetcher: no retries, a non-2xx is a DownloadHTTPError. */
class TransportFetcher extends BaseFetcher {
  constructor(private readonly transport: Transport) {
    super();
  }

  override async fetch(url: string): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    const res = await this.transport(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new DownloadHTTPError('Failed to download', res.status);
    }
    return res.body as ReadableStream<Uint8Array<ArrayBuffer>>;
  }
}

/**
 * TUF 5.3-5.6 refresh, then the entry of `targetPath`. Throws an `UpdateRejection` with its D3 code (expired or
 * badly signed metadata, a target not listed or listed without a SHA-256), or a transient `ClientError`.
 */
export async function lookUpTarget(source: TufSource, targetPath: string): Promise<ListedTarget> {
  try {
    // No retries inside tuf-js: the agent's own backoff (D4) decides when to try again.
    const { metadataDir, metadataBaseUrl, targetBaseUrl, targetsDir, transport } = source;
    const updater = new Updater({ metadataDir, metadataBaseUrl, targetBaseUrl, targetDir: targetsDir, fetcher: new TransportFetcher(transport) });
    await updater.refresh();
    const info = await updater.getTargetInfo(targetPath);
    if (info === undefined)
      throw new UpdateRejection('TARGET_NOT_FOUND', `expected the server's target ${targetPath} in the signed targets metadata, found no such target`);
    return listed(updater, info, targetPath);
  } catch (error) {
    throw classifyTufError(error);
  }
}

function listed(updater: Updater, info: TargetFile, targetPath: string): ListedTarget {
  const sha256 = info.hashes.sha256;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    const found = Object.keys(info.hashes).join(', ') || 'none';
    throw new UpdateRejection('TARGET_NOT_FOUND', `expected target ${targetPath} listed with a SHA-256, found hashes: ${found}`);
  }
  const download = async (): Promise<Buffer> => {
    try {
      return await readFile((await updater.findCachedTarget(info)) ?? (await updater.downloadTarget(info)));
    } catch (error) {
      throw classifyTufError(error);
    }
  };
  return { path: targetPath, sha256, custom: info.custom, download };
}
