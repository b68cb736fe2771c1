import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { ImageStore } from '../images/image-store';
import { byteRangeOf } from './byte-range';

/**
 * Serves a firmware image target (D8) from image storage as a stream, never read whole into memory (D6), with
 * what resumable downloads need: `Accept-Ranges`, the SHA-256 as a strong ETag, `Range` (206 / 416) and
 * `If-Range` (a range only while the ETag still matches; otherwise the whole image). TUF verifies the bytes on
 * the device, so the same answer from a mirror (TARGETS_BASE_URL) is as good.
 */
export function replyWithImage(store: ImageStore, image: { sha256: string; length: number }, req: FastifyRequest, reply: FastifyReply): void {
  const etag = `"${image.sha256}"`;
  void reply
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    .header('cache-control', 'public, max-age=31536000, immutable')
    .header('content-type', 'application/octet-stream');
  if (req.headers['if-none-match'] === etag) {
    void reply.status(304).send();
    return;
  }
  const ifRange = req.headers['if-range'];
  const range = ifRange === undefined || ifRange === etag ? byteRangeOf(req.headers.range, image.length) : ({ kind: 'full' } as const);
  if (range.kind === 'unsatisfiable') {
    void reply.status(416).header('content-range', `bytes */${image.length}`).header('content-type', 'text/plain').send('range not satisfiable');
    return;
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, image.length - 1];
  if (range.kind === 'partial') void reply.status(206).header('content-range', `bytes ${start}-${end}/${image.length}`);
  void reply.header('content-length', String(end - start + 1));
  // HEAD: an empty stream keeps the content-length set above (Fastify's HEAD handler only drains streams).
  if (req.method === 'HEAD' || image.length === 0) {
    void reply.send(Readable.from([]));
    return;
  }
  void reply.send(store.open(image.sha256, { start, end }));
}
