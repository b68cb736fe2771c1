import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const IMAGE_STORE = Symbol('IMAGE_STORE');

export interface StoredImage {
  sha256: string;
  length: number;
}

/** The stream passed the store's size limit; nothing was kept. */
export class ImageTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`image exceeds ${maxBytes} bytes`);
  }
}

/**
 * Where firmware image bytes live (D8), addressed by their SHA-256: the disk under DATA_DIR by default, an
 * object store later. Bytes are streamed in and out, never held whole in memory (D6).
 */
export interface ImageStore {
  /**
   * Stores the stream's bytes (`created` false when identical bytes were already stored); over `maxBytes` it
   * rejects with ImageTooLargeError and keeps nothing.
   */
  put(body: Readable, maxBytes: number): Promise<StoredImage & { created: boolean }>;
  /** Length of the image with this hash, or undefined when none is stored. */
  stat(sha256: string): Promise<StoredImage | undefined>;
  /** A stream of bytes `start..end` (inclusive) of a stored image. */
  open(sha256: string, range?: { start: number; end: number }): Readable;
  list(): Promise<StoredImage[]>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Content-addressed files `<dir>/<sha256>`. An upload is written to a temporary file in the same directory and
 * renamed once its hash is known, so a dropped or refused upload never leaves a file under an image's name.
 */
export class FsImageStore implements ImageStore {
  constructor(private readonly dir: string) {}

  async put(body: Readable, maxBytes: number): Promise<StoredImage & { created: boolean }> {
    await fsp.mkdir(this.dir, { recursive: true });
    const temp = path.join(this.dir, `.upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let length = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        length += chunk.length;
        if (length > maxBytes) return done(new ImageTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, measure, createWriteStream(temp, { flags: 'wx' }));
      const sha256 = hash.digest('hex');
      // Same bytes, same name: a second upload of an image keeps the first file (idempotent).
      if (await this.stat(sha256)) {
        await fsp.rm(temp, { force: true });
        return { sha256, length, created: false };
      }
      await fsp.rename(temp, this.fileOf(sha256));
      return { sha256, length, created: true };
    } catch (err) {
      await fsp.rm(temp, { force: true });
      throw err;
    }
  }

  async stat(sha256: string): Promise<StoredImage | undefined> {
    if (!SHA256_HEX.test(sha256)) return undefined;
    const st = await fsp.stat(this.fileOf(sha256)).catch(() => undefined);
    return st?.isFile() ? { sha256, length: st.size } : undefined;
  }

  open(sha256: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.fileOf(sha256), range);
  }

  async list(): Promise<StoredImage[]> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    const images = await Promise.all(names.filter((n) => SHA256_HEX.test(n)).map((n) => this.stat(n)));
    return images.filter((i): i is StoredImage => i !== undefined);
  }

  private fileOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`expected a lowercase hex SHA-256, got ${JSON.stringify(sha256)}`);
    return path.join(this.dir, sha256);
  }
}
