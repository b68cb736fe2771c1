import * as http from 'node:http';
import * as https from 'node:https';
import type * as net from 'node:net';
import type { FastifyServerOptions } from 'fastify';

/** Answers a request itself and returns true, or returns false (having done nothing) to hand it to Fastify. */
export type FastHandler = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/** What stands in front of every request on the raw server (the overload guard, see overload.ts). */
export interface RawGate {
  /** Answers the request itself and returns true when the server refuses it (before the fast lane). */
  refuse(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Sees each request the fast lane leaves to Fastify, just before Fastify gets it. */
  track(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** Told of the server once it exists (HTTP or HTTPS). */
  watch(server: net.Server): void;
}

/** The server's TLS certificate (chain) and key, PEM: given, the raw server speaks HTTPS (D5 transport). */
export interface ServerTls {
  cert: string;
  key: string;
}

const OPEN_GATE: RawGate = { refuse: () => false, track: () => undefined, watch: () => undefined };

/**
 * The fleet's hot path in front of Fastify (D6: "the common case nearly as cheap as an empty HTTP answer").
 *
 * A poll that has nothing unusual about it (valid session token, no query or a plain firmware version) is
 * answered straight from Node's HTTP server: the framework's per-request machinery (request and reply objects,
 * routing, the global hooks that Nest and the metrics add) cost more than the poll's own work. Everything else
 * (errors, HEAD, odd query strings, a closing server) falls through to the Fastify route with the same handler
 * logic, so behaviour and error bodies have one definition. The gate (overload.ts) sees every request first:
 * what the server sheds reaches neither the fast lane nor Fastify.
 *
 * Plugged in through Fastify's `serverFactory` option; the server gets the settings Fastify would give it
 * (`http` carries Node's own: headersTimeout, requestTimeout, connectionsCheckingInterval).
 */
export class FastLane {
  private readonly handlers: FastHandler[] = [];
  private open = true;

  /** `onError`: told of a handler that threw (the request then goes to Fastify, whose route answers or reports it). */
  constructor(
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly gate: RawGate = OPEN_GATE,
    private readonly tls?: ServerTls,
  ) {}

  /** Adds a handler (once the services behind it exist); each request is offered to them in order. */
  use(handler: FastHandler): void {
    this.handlers.push(handler);
  }

  /**
   * For a handler that answers later (after a body or a commit): the gate counts the request in flight and cuts
   * its body at the deadline, as it does for what Fastify gets. A synchronous answer (a poll) needs none of it.
   */
  track(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.gate.track(req, res);
  }

  /** From now on every request goes to Fastify (which answers 503 while closing). */
  close(): void {
    this.open = false;
  }

  readonly serverFactory = (fastifyHandler: http.RequestListener, options: FastifyServerOptions): http.Server => {
    const listener: http.RequestListener = (req, res) => {
      if (this.gate.refuse(req, res)) return;
      if (this.open) for (const handler of this.handlers) if (this.tryHandler(handler, req, res)) return;
      this.gate.track(req, res);
      fastifyHandler(req, res);
    };
    const settings = (options as { http?: http.ServerOptions }).http ?? {};
    const server = this.tls ? this.httpsServer(settings, listener) : http.createServer(settings, listener);
    this.gate.watch(server);
    // What Fastify does to the server it creates itself (lib/server.js getServerInstance).
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };

  /**
   * HTTPS with the same listener, so TLS requests take the same gate and fast lane. Node's HTTPS server has the
   * HTTP request API (the IncomingMessage and ServerResponse the handlers use), not the `http.Server` type
   * Fastify's factory signature names, hence the cast. A handshake gets the headers deadline (D6: a connection
   * cannot hold the server): Node's own default would let a silent TCP connection sit for 120 s before it.
   */
  private httpsServer(settings: http.ServerOptions, listener: http.RequestListener): http.Server {
    const handshakeTimeout = settings.headersTimeout;
    const server = https.createServer({ ...settings, ...this.tls, ...(handshakeTimeout ? { handshakeTimeout } : {}) }, listener);
    return server as unknown as http.Server;
  }

  /** A throwing handler must not take the process down: Fastify gets the request unless an answer went out. */
  private tryHandler(handler: FastHandler, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    try {
      return handler(req, res);
    } catch (err) {
      this.onError(err);
      if (!res.headersSent) return false;
      // Half an answer cannot be finished: drop the connection rather than leave the client waiting.
      if (!res.writableEnded) res.destroy();
      return true;
    }
  }
}
