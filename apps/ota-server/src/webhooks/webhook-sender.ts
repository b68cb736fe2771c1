import { webhookSignature } from './webhook-signature';

export interface SendResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * One signed POST (Standard Webhooks headers), abandoned after `timeoutMs`: a receiver that hangs costs one
 * timeout, never the worker. Any 2xx is a delivery; anything else (a status, a refused connection) is recorded.
 */
export async function sendWebhook(
  target: { url: string; secret: string },
  event: { id: string; body: string },
  timestampSeconds: number,
  timeoutMs: number,
): Promise<SendResult> {
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestampSeconds),
        'webhook-signature': webhookSignature(target.secret, event.id, timestampSeconds, event.body),
      },
      body: event.body,
    });
    await res.body?.cancel();
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, status: null, error: why.slice(0, 500) };
  }
}
