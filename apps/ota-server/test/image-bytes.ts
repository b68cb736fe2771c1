/** Firmware images for tests (D8): random bytes made as they are sent, so the test never holds a large image. */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

export interface GeneratedImage {
  /** The bytes, produced chunk by chunk as the request body reads them. */
  body: Readable;
  /** Resolves with the hash and length of what was produced, once the stream has ended. */
  digest: Promise<{ sha256: string; length: number }>;
}

export function generatedImage(length: number, chunkSize = 256 * 1024): GeneratedImage {
  const hash = createHash('sha256');
  let sent = 0;
  let finish!: (d: { sha256: string; length: number }) => void;
  const digest = new Promise<{ sha256: string; length: number }>((resolve) => (finish = resolve));
  const body = new Readable({
    read() {
      if (sent >= length) {
        finish({ sha256: hash.digest('hex'), length });
        this.push(null);
        return;
      }
      const chunk = randomBytes(Math.min(chunkSize, length - sent));
      sent += chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { body, digest };
}

/** PUTs an image as `application/octet-stream`: a stream goes chunked (no Content-Length), a buffer with one. */
export async function uploadImage(url: string, token: string, body: Readable | Buffer): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/admin/v1/images`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: Buffer.isBuffer(body) ? body : (Readable.toWeb(body) as ReadableStream),
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
