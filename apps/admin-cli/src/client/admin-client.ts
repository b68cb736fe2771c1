/**
 * The admin API and the public TUF routes over HTTP(S). Settings come from flags or the environment
 * (`--server`/OTA_SERVER, `--token`/OTA_TOKEN, `--ca`/OTA_CA). With a CA file the https connection trusts that
 * CA only, as devices pin theirs (D5 transport); without one, the system's trust store.
 */
import * as fs from 'node:fs';
import type { FieldError } from '@app/protocol';
import { transportFor, type Transport } from '../../../device-agent/src/client/transport';
import { CliError, EXIT_USAGE, usageError } from '../cli-error';
import type { CliIo } from '../cli-io';

export interface ConnectionOptions {
  server?: string;
  token?: string;
  ca?: string;
}

export class AdminClient {
  private readonly transport: Transport;

  constructor(
    readonly server: string,
    private readonly token: string | undefined,
    caPem: string | undefined,
  ) {
    this.transport = caPem === undefined ? (url, init) => fetch(url, init) : transportFor(server, caPem);
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  /** An admin route that answers text (an export): the body as it came. */
  async getText(path: string): Promise<string> {
    const res = await this.send('GET', path, undefined, true);
    const text = await res.text();
    if (!res.ok) throw answerError(res.status, text);
    return text;
  }

  /** A public file (TUF metadata): its text, or undefined on 404. */
  async getPublic(path: string): Promise<string | undefined> {
    const res = await this.send('GET', path, undefined, false);
    const text = await res.text();
    if (res.status === 404) return undefined;
    if (!res.ok) throw answerError(res.status, text);
    return text;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.send(method, path, body, true);
    const text = await res.text();
    if (!res.ok) throw answerError(res.status, text);
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch {
      throw new CliError('BAD_RESPONSE', `expected JSON from ${method} ${path}, got: ${text.slice(0, 200)}`);
    }
  }

  private async send(method: string, path: string, body: unknown, admin: boolean): Promise<Response> {
    const headers: Record<string, string> = {};
    if (admin) {
      if (!this.token) throw new CliError('NO_TOKEN', 'expected an admin token: set OTA_TOKEN (or pass --token)', { exitCode: EXIT_USAGE });
      headers.authorization = `Bearer ${this.token}`;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = new URL(path, this.server).toString();
    try {
      return await this.transport(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw unreachable(this.server, error);
    }
  }
}

/** The client for the flags and environment of one command. */
export function adminClient(options: ConnectionOptions, io: CliIo): AdminClient {
  const server = options.server ?? io.env.OTA_SERVER;
  if (!server) throw usageError('expected the server URL: pass --server or set OTA_SERVER');
  let parsed: URL;
  try {
    parsed = new URL(server);
  } catch {
    throw usageError(`expected an http(s) URL for --server/OTA_SERVER, got "${server}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw usageError(`expected an http(s) URL, got "${server}"`);
  const caFile = options.ca ?? io.env.OTA_CA;
  let caPem: string | undefined;
  if (caFile) {
    if (parsed.protocol !== 'https:') throw usageError(`--ca/OTA_CA pins the CA of an https server, but ${server} is plain http`);
    caPem = readText(caFile, 'CA file (--ca/OTA_CA)');
  }
  return new AdminClient(server.replace(/\/+$/, ''), options.token ?? io.env.OTA_TOKEN, caPem);
}

export function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('FILE_UNREADABLE', `cannot read the ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Server answers are `{ code, message, errors? }` (the server's exception filter); anything else is shown as text. */
function answerError(status: number, text: string): CliError {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown; errors?: FieldError[] };
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new CliError(body.code, body.message, { errors: Array.isArray(body.errors) ? body.errors : undefined });
    }
  } catch {
    // not JSON: shown below as text
  }
  return new CliError(`HTTP_${status}`, `the server answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`);
}

function unreachable(server: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  // The agent's pinned transport says TLS_UNTRUSTED in its own words; fetch hides the socket error in `cause`.
  const coded = error as { code?: unknown; message?: string; cause?: { code?: unknown; message?: string } };
  if (coded.code === 'TLS_UNTRUSTED') return new CliError('TLS_UNTRUSTED', coded.message ?? 'untrusted certificate', { cause: error });
  const reason = coded.cause?.code ?? coded.cause?.message ?? coded.code ?? coded.message ?? String(error);
  return new CliError('UNREACHABLE', `cannot reach the server at ${server} (${String(reason)}); check --server/OTA_SERVER`, { cause: error });
}
