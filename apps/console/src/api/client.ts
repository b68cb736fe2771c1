import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** An answer that was not 2xx: the server's `{ code, message }` (every 4xx has them), or the bare status. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

let token: string | undefined;

/** The bearer token every call carries (D5); the session sets it at login. */
export function setToken(value: string | undefined): void {
  token = value;
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** Typed from the server's OpenAPI document (schema.d.ts, `npm run console:api-types`). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

export function problemOf(status: number, body: unknown): ApiProblem {
  const b = (body ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof b.code === 'string' ? b.code : `HTTP_${status}`;
  const message = typeof b.message === 'string' ? b.message : `the server answered ${status}`;
  return new ApiProblem(status, code, message);
}

/** The data of an openapi-fetch answer, or its problem thrown. */
export function unwrap<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data === undefined || !answer.response.ok) throw problemOf(answer.response.status, answer.error);
  return answer.data;
}

/**
 * Routes the console uses ahead of the server's document (the fleet visibility API, D9): fetched untyped by the
 * document, typed by upcoming.ts. `undefined` on 404, so a section can say it is not available on this server.
 */
export async function getOptional<T>(route: string): Promise<T | undefined> {
  const res = await fetch(route, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body: unknown = await res.json().catch(() => undefined);
  if (res.status === 404) return undefined;
  if (!res.ok) throw problemOf(res.status, body);
  return body as T;
}
