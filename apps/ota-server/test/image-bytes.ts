/** Firmware images for tests (D8): random bytes made as they are sent, so the test never holds a large image. */
import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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

/**
 * PUTs an image as `application/octet-stream`: a stream goes chunked (no Content-Length), a buffer with one. Sent
 * with node:http and `pipeline`, which read the stream only as the socket drains: fetch (undici) read the whole
 * generated image ahead into memory (measured: more than the 128 MiB image), which would hide what the server holds.
 */
export async function uploadImage(url: string, token: string, body: Readable | Buffer): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' };
  if (Buffer.isBuffer(body)) headers['content-length'] = body.length;
  const req = http.request(`${url}/admin/v1/images`, { method: 'PUT', headers });
  const answer = new Promise<http.IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject));
  // A refusal (413) may come before the body is sent; the server then closes the connection.
  pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, req).catch(() => undefined);
  const res = await answer;
  let text = '';
  for await (const chunk of res) text += String(chunk);
  return { status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> };
}
