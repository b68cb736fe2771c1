/**
 * TUF target paths are URL paths relative to the targets base URL, and the server and agent also map them to
 * storage keys and file names. Only plain relative paths are allowed, so a path can never climb out of its
 * directory or mean different things to different consumers.
 */
import { ManifestError } from '../errors';

export const MAX_TARGET_PATH_LENGTH = 255;
/** One path segment: ASCII letters, digits, `.`, `_`, `-`; not `.` or `..` (checked separately). */
const SEGMENT = /^[A-Za-z0-9._-]+$/;

/** The reason `path` is unsafe, or undefined when it is a safe relative target path. */
export function unsafeTargetPathReason(path: unknown): string | undefined {
  if (typeof path !== 'string') return `expected a path string, got ${typeof path}`;
  if (path.length === 0) return 'expected a non-empty path';
  if (path.length > MAX_TARGET_PATH_LENGTH) {
    return `expected at most ${MAX_TARGET_PATH_LENGTH} characters, got ${path.length}`;
  }
  if (path.includes('\\')) return 'expected "/" separators, found a backslash';
  if (path.startsWith('/')) return 'expected a relative path, found a leading "/"';
  for (const segment of path.split('/')) {
    if (segment === '') return 'expected no empty segments ("//" or a trailing "/")';
    if (segment === '.' || segment === '..') return `expected no "${segment}" segments`;
    if (!SEGMENT.test(segment)) {
      return `expected segments of A-Z a-z 0-9 . _ - only, found ${JSON.stringify(segment)}`;
    }
  }
  return undefined;
}

export function assertSafeTargetPath(path: string): void {
  const reason = unsafeTargetPathReason(path);
  if (reason !== undefined) {
    throw new ManifestError('UNSAFE_TARGET_PATH', `unsafe target path ${JSON.stringify(path)}: ${reason}`);
  }
}

/**
 * Where a client fetches a target under consistent snapshots (TUF 5.7.3, D3): `a/b.json` with hash H is
 * served as `a/H.b.json`.
 */
export function consistentTargetPath(path: string, sha256: string): string {
  assertSafeTargetPath(path);
  const slash = path.lastIndexOf('/');
  return slash < 0 ? `${sha256}.${path}` : `${path.slice(0, slash)}/${sha256}.${path.slice(slash + 1)}`;
}
