/**
 * Records every HTTP exchange made through `globalThis.fetch` in this test process: the agents' device API client,
 * tuf-js's metadata and target downloads, and the harness's admin calls all use it. Response bodies are read from
 * a clone, so the caller still streams its own copy.
 */
export interface HttpExchange {
  method: string;
  url: string;
  /** The body sent, when it was a string (every JSON call here). */
  requestBody?: string;
  status: number;
  responseBody: Buffer;
}

export interface HttpRecorder {
  readonly exchanges: HttpExchange[];
  /** Responses whose clone could not be read to the end (none expected). */
  readonly unread: string[];
  /** Waits for every response body recorded so far. */
  settle(): Promise<void>;
  restore(): void;
}

export function recordHttp(): HttpRecorder {
  const original = globalThis.fetch;
  const exchanges: HttpExchange[] = [];
  const unread: string[] = [];
  const pending: Promise<void>[] = [];
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const requestBody = typeof init?.body === 'string' ? init.body : undefined;
    pending.push(
      response
        .clone()
        .arrayBuffer()
        .then(
          (body) => void exchanges.push({ method, url, requestBody, status: response.status, responseBody: Buffer.from(body) }),
          () => void unread.push(`${method} ${url}`),
        ),
    );
    return response;
  };
  return {
    exchanges,
    unread,
    settle: async () => {
      await Promise.all(pending);
    },
    restore: () => {
      globalThis.fetch = original;
    },
  };
}
