import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * D9: the console's files at /console. Hashed assets are cached for good, index.html never (a new build is seen
 * on the next load). Any other path under /console is a client-side route: it gets index.html. The files need
 * no auth; every API call the console makes carries the person's bearer token.
 */
const NOT_BUILT = 'The web console is not built. Run `npm run build` (it writes dist/console), or set CONSOLE_DIR to a built console.\n';

// Everything the console loads comes from this server (no CDN, D9); only data: images beside it (chart fonts none).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function registerConsoleRoutes(fastify: FastifyInstance, root: string): void {
  // serve: false: only `reply.sendFile` (ETag, Range, content types); the routes below decide what is served.
  fastify.register(fastifyStatic, { serve: false });
  const handler = (req: FastifyRequest, reply: FastifyReply) => serveConsole(req, reply, root);
  fastify.get('/console', handler);
  fastify.get('/console/*', handler);
}

function serveConsole(req: FastifyRequest, reply: FastifyReply, root: string): FastifyReply {
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('x-content-type-options', 'nosniff');
  if (!isFile(path.join(root, 'index.html'))) return reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
  const rest = (req.params as { '*'?: string })['*'] ?? '';
  const file = path.resolve(root, rest);
  const inside = file === root || file.startsWith(root + path.sep);
  if (inside && isFile(file)) {
    const hashed = rest.startsWith('assets/');
    return reply.sendFile(path.relative(root, file), root, { maxAge: hashed ? '365d' : 0, immutable: hashed });
  }
  // A missing asset is a 404, not the app: a stale page asking for an old bundle must fail visibly.
  if (rest.startsWith('assets/') || !inside) return reply.code(404).type('text/plain; charset=utf-8').send('not found\n');
  return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
