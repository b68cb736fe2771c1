/** The admin API as a release engineer uses it (README walk-through), for setting the benchmark's stage. */
export class AdminClient {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  as(token: string): AdminClient {
    return new AdminClient(this.url, token);
  }

  async call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route}: expected 2xx, got ${res.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
