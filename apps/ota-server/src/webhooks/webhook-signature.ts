import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

/** A Standard Webhooks signing secret: `whsec_` + base64 of the HMAC key (random bytes, given in hex). */
export function webhookSecretOf(keyHex: string): string {
  return PREFIX + Buffer.from(keyHex, 'hex').toString('base64');
}

/**
 * The `webhook-signature` header of Standard Webhooks: `v1,` + base64 of HMAC-SHA256, keyed with the secret's
 * decoded bytes, over `${id}.${timestamp}.${body}` (timestamp in unix seconds, body as sent).
 */
export function webhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}
