/** What a `Range` header asks of a representation of `length` bytes (RFC 9110 14.2), single ranges only. */
export type ByteRange = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * Reads `bytes=a-b`, `bytes=a-` and `bytes=-n`. A header that is absent, malformed or asks for several ranges is
 * answered with the whole representation, as RFC 9110 allows (agents resume with one range).
 */
export function byteRangeOf(header: string | undefined, length: number): ByteRange {
  const m = header === undefined ? null : SINGLE_RANGE.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' };
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || length === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, length - suffix), end: length - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? length - 1 : Number(m[2]);
  if (m[2] !== '' && end < start) return { kind: 'full' };
  if (start >= length) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(end, length - 1) };
}
