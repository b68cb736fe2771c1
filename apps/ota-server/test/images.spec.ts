import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { consistentTargetPath } from '@app/manifest';
import { loadServerConfig } from '../src/config/server.config';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { generatedImage, uploadImage } from './image-bytes';
import { pinnedTufClient } from './tuf-device';

const MiB = 1024 * 1024;

/** D8: firmware images uploaded as streams, named by hash in a release, published and served as TUF targets. */
describe('firmware images', () => {
  let server: TestServer;
  let image: { sha256: string; length: number };
  let imageUrl: string;

  const manifestWith = (releaseCounter: number, images: unknown[]) => ({
    ...(readFirmwareManifest('cloud-messaging-opt-in.json') as Record<string, unknown>),
    id: `with-image-${releaseCounter}`,
    releaseCounter,
    images,
  });
  const get = (headers: Record<string, string> = {}, method = 'GET') => fetch(imageUrl, { method, headers });

  beforeAll(async () => {
    server = await startServer();
    const generated = generatedImage(8 * MiB);
    const upload = await uploadImage(server.url, server.adminToken, generated.body);
    image = await generated.digest;
    expect(upload).toEqual({ status: 201, body: { ...image, path: `images/${image.sha256}.bin` } });
    imageUrl = `${server.url}/tuf/targets/${consistentTargetPath('images/fw-6.8.1.bin', image.sha256)}`;
  });
  afterAll(() => server.close());

  it('stores the streamed bytes by their hash; the same bytes again answer 200 with the same image', async () => {
    const file = path.join(server.dataDir, 'images', image.sha256);
    expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(image.sha256);
    expect(fs.readdirSync(path.join(server.dataDir, 'images'))).toEqual([image.sha256]);
    const again = await uploadImage(server.url, server.adminToken, fs.readFileSync(file));
    expect(again).toEqual({ status: 200, body: { ...image, path: `images/${image.sha256}.bin` } });
    expect((await server.admin('GET', '/admin/v1/images')).body).toEqual([{ ...image, path: `images/${image.sha256}.bin` }]);
    // D5: the upload is audited once; the second upload stored nothing new.
    const audit = await server.admin<{ action: string; target: string }[]>('GET', '/admin/v1/audit?action=image.upload');
    expect(audit.body.map((e) => [e.action, e.target])).toEqual([['image.upload', `image:${image.sha256}`]]);
  });

  describe('when a body is of the wrong type', () => {
    it('refuses a binary body on a JSON route with 415', async () => {
      const headers = { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/octet-stream' };
      const res = await fetch(`${server.url}/admin/v1/releases`, { method: 'POST', headers, body: Buffer.from('{}') });
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });

    it('refuses a JSON body on the upload with 415', async () => {
      const res = await server.admin<{ code: string }>('PUT', '/admin/v1/images', { image: 'no' });
      expect([res.status, res.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });
  });

  describe('when a release names an image that was not uploaded', () => {
    it.each([
      ['an unknown hash', (i: typeof image) => ({ ...i, sha256: 'ab'.repeat(32) })],
      ['another length', (i: typeof image) => ({ ...i, length: i.length + 1 })],
    ])('refuses it with IMAGE_NOT_UPLOADED (%s)', async (_name, change) => {
      const res = await server.admin<{ code: string }>('POST', '/admin/v1/releases', {
        manifest: manifestWith(50, [{ path: 'images/other.bin', ...change(image) }]),
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('IMAGE_NOT_UPLOADED');
    });
  });

  it('publishes the image as a TUF target that a pinned tuf-js client downloads and verifies', async () => {
    const release = await server.admin<{ state: string }>('POST', '/admin/v1/releases', {
      manifest: manifestWith(2, [{ path: 'images/fw-6.8.1.bin', length: image.length, sha256: image.sha256 }]),
    });
    expect(release).toMatchObject({ status: 201, body: { state: 'published' } });
    const root = await (await fetch(`${server.url}/tuf/metadata/1.root.json`)).text();
    const updater = pinnedTufClient(server.url, root).updater();
    await updater.refresh();
    const info = await updater.getTargetInfo('images/fw-6.8.1.bin');
    expect(info).toMatchObject({ length: image.length, hashes: { sha256: image.sha256 } });
    const downloaded = await updater.downloadTarget(info!);
    expect(createHash('sha256').update(fs.readFileSync(downloaded)).digest('hex')).toBe(image.sha256);
  });

  describe('serving image targets with ranges', () => {
    const whole = () => fs.readFileSync(path.join(server.dataDir, 'images', image.sha256));

    it('answers the whole image with Accept-Ranges and its hash as ETag', async () => {
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get('accept-ranges')).toBe('bytes');
      expect(res.headers.get('etag')).toBe(`"${image.sha256}"`);
      expect(res.headers.get('content-length')).toBe(String(image.length));
      expect(Buffer.from(await res.arrayBuffer()).equals(whole())).toBe(true);
    });

    it.each([
      ['the first bytes', 'bytes=0-99', 0, 99],
      ['the middle', 'bytes=4194304-4194815', 4194304, 4194815],
      ['an open end', `bytes=${8 * MiB - 10}-`, 8 * MiB - 10, 8 * MiB - 1],
      ['a suffix', 'bytes=-100', 8 * MiB - 100, 8 * MiB - 1],
    ])('answers 206 with %s', async (_name, range, start, end) => {
      const res = await get({ range });
      expect(res.status).toBe(206);
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${image.length}`);
      expect(Buffer.from(await res.arrayBuffer()).equals(whole().subarray(start, end + 1))).toBe(true);
    });

    it('answers 416 to a range past the end', async () => {
      const res = await get({ range: `bytes=${image.length}-` });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${image.length}`);
    });

    it('honours If-Range only when it names the current ETag', async () => {
      expect((await get({ range: 'bytes=0-9', 'if-range': `"${image.sha256}"` })).status).toBe(206);
      const stale = await get({ range: 'bytes=0-9', 'if-range': '"not-this-image"' });
      expect(stale.status).toBe(200);
      expect((await stale.arrayBuffer()).byteLength).toBe(image.length);
    });

    it('answers 304 to If-None-Match with its ETag', async () => {
      expect((await get({ 'if-none-match': `"${image.sha256}"` })).status).toBe(304);
    });

    it('answers HEAD with the length and no body', async () => {
      const res = await get({}, 'HEAD');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(String(image.length));
      expect(res.headers.get('etag')).toBe(`"${image.sha256}"`);
    });

    it('answers 404 to an image path whose hash the targets do not list', async () => {
      expect((await fetch(`${server.url}/tuf/targets/images/${'ab'.repeat(32)}.fw-6.8.1.bin`)).status).toBe(404);
    });
  });
});

describe('when an image upload is larger than IMAGE_MAX_BYTES', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { IMAGE_MAX_BYTES: String(MiB) } })));
  afterAll(() => server.close());

  const leftOver = () => (fs.existsSync(path.join(server.dataDir, 'images')) ? fs.readdirSync(path.join(server.dataDir, 'images')) : []);

  it('refuses a streamed (chunked) body with 413 PAYLOAD_TOO_LARGE and keeps no file', async () => {
    const res = await uploadImage(server.url, server.adminToken, generatedImage(2 * MiB).body);
    expect(res).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(leftOver()).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const res = await uploadImage(server.url, server.adminToken, Buffer.alloc(MiB + 1));
    expect(res).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(leftOver()).toEqual([]);
  });

  it('keeps nothing of an upload whose connection drops part way', async () => {
    const req = http.request(`${server.url}/admin/v1/images`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(MiB / 2, 1));
    const uploading = path.join(server.dataDir, 'images');
    for (let i = 0; i < 200 && leftOver().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(leftOver()).toHaveLength(1); // the temporary file, while the bytes arrive
    req.destroy();
    for (let i = 0; i < 200 && leftOver().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fs.readdirSync(uploading)).toEqual([]);
  });

  it('accepts an image of exactly the limit', async () => {
    expect((await uploadImage(server.url, server.adminToken, Buffer.alloc(MiB, 7))).status).toBe(201);
  });
});

/**
 * D6: images are streamed, never held in memory. The server runs in this process, so its resident size is
 * sampled while a 64 MiB image goes up and comes down: holding the image would add at least its size; streamed,
 * the growth measured 0.4-3 MiB, and the limit (half the image) leaves room for garbage on a loaded machine.
 */
describe('a 64 MiB image, streamed both ways', () => {
  const SIZE = 64 * MiB;
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { TARGETS_BASE_URL: 'https://cdn.example.com/ota/targets/' } })));
  afterAll(() => server.close());

  async function peakRssGrowth(work: () => Promise<void>): Promise<number> {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      await work();
    } finally {
      clearInterval(sampler);
    }
    return Math.max(peak, process.memoryUsage().rss) - before;
  }

  it('uploads and serves it without holding it in memory', async () => {
    const generated = generatedImage(SIZE);
    let upload: Awaited<ReturnType<typeof uploadImage>> | undefined;
    const upGrowth = await peakRssGrowth(async () => void (upload = await uploadImage(server.url, server.adminToken, generated.body)));
    const image = await generated.digest;
    expect(upload).toMatchObject({ status: 201, body: image });
    const manifest = { ...(readFirmwareManifest('cloud-messaging-opt-in.json') as Record<string, unknown>), images: [{ path: 'images/big.bin', ...image }] };
    expect((await server.admin<{ state: string }>('POST', '/admin/v1/releases', { manifest })).body.state).toBe('published');

    const hash = createHash('sha256');
    let received = 0;
    const downGrowth = await peakRssGrowth(async () => {
      const res = await fetch(`${server.url}/tuf/targets/${consistentTargetPath('images/big.bin', image.sha256)}`);
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.length;
        hash.update(chunk);
      }
    });
    expect({ received, sha256: hash.digest('hex') }).toEqual({ received: SIZE, sha256: image.sha256 });
    process.stdout.write(`rss growth: upload ${(upGrowth / MiB).toFixed(1)} MiB, download ${(downGrowth / MiB).toFixed(1)} MiB\n`);
    expect({ upGrowth: upGrowth < SIZE / 2, downGrowth: downGrowth < SIZE / 2 }).toEqual({ upGrowth: true, downGrowth: true });
  });

  it('names TARGETS_BASE_URL (the mirror devices may fetch targets from) in GET /health', async () => {
    const health = await server.admin<{ targetsBaseUrl?: string }>('GET', '/health');
    expect(health.body.targetsBaseUrl).toBe('https://cdn.example.com/ota/targets');
  });
});

describe('image settings', () => {
  it('default to a 2 GiB upload limit and targets served by this server', () => {
    expect(loadServerConfig({}).images).toEqual({ maxBytes: 2 * 1024 * MiB });
  });

  it.each([
    ['TARGETS_BASE_URL', 'ftp://mirror.example.com/targets'],
    ['TARGETS_BASE_URL', 'not a url'],
    ['IMAGE_MAX_BYTES', '0'],
  ])('refuse a bad %s (%s) naming it', (name, value) => {
    expect(() => loadServerConfig({ [name]: value })).toThrow(name);
  });
});
