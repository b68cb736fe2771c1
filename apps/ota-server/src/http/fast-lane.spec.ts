import type { AddressInfo } from 'node:net';
import type { FastifyServerOptions } from 'fastify';
import { FastLane } from './fast-lane';

describe('FastLane', () => {
  it('answers what its handler takes, hands the rest (and everything once closed) to Fastify, survives a throwing handler', async () => {
    const errors: unknown[] = [];
    const lane = new FastLane((err) => errors.push(err));
    lane.use((req, res) => {
      if (req.url === '/boom') throw new Error('boom');
      if (req.url !== '/fast') return false;
      res.end('fast');
      return true;
    });
    const server = lane.serverFactory((_req, res) => res.end('fastify'), { keepAliveTimeout: 1234 } as FastifyServerOptions);
    expect(server.keepAliveTimeout).toBe(1234);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const text = (path: string) => fetch(url + path).then((r) => r.text());
    try {
      expect(await text('/fast')).toBe('fast');
      expect(await text('/other')).toBe('fastify');
      expect(await text('/boom')).toBe('fastify');
      expect(errors).toEqual([new Error('boom')]);
      lane.close();
      expect(await text('/fast')).toBe('fastify');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
