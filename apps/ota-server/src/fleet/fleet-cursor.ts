import { ApiError } from '../http/api-error';

/**
 * Keyset cursors (D6: a page is an index range after the last key, never OFFSET), opaque to clients so the key
 * may change: base64url of `<kind>:<last key>`.
 */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** The key a cursor of `kind` carries; 400 when it is not one this server made (`valid` checks the key). */
export function decodeCursor(kind: string, cursor: string | undefined, valid: (key: string) => boolean): string | undefined {
  if (cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = text.startsWith(`${kind}:`) ? text.slice(kind.length + 1) : undefined;
  if (key === undefined || !valid(key)) throw new ApiError(400, 'VALIDATION_FAILED', 'cursor is not one this server returned; start again without it');
  return key;
}
