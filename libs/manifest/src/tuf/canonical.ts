/**
 * TUF signs the OLPC canonical JSON of `signed` (@tufjs/canonical-json, the encoder tuf-js verifies with).
 * That dialect has no floats, and it writes strings with only `\` and `"` escaped, so control characters
 * would be emitted raw (not valid JSON, and encoded differently by other TUF implementations). Large
 * integers print in exponent form. We refuse such content before signing or publishing it rather than sign
 * bytes that some verifier may not reproduce.
 */
import type { FieldError } from '@app/protocol';
import { canonicalize } from '@tufjs/canonical-json';
import { ManifestError, describeFieldErrors } from '../errors';

/** Unicode control characters (C0, DEL, C1) and UTF-16 surrogates that are not part of a pair. */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cs}]/u;

/**
 * Deepest nesting of arrays and objects checked and signed. TUF metadata and manifests need about five levels;
 * content nested deeper is refused at the level where it goes past, never walked further (the check and the
 * encoder both recurse, and a value nested thousands of levels deep would overflow the stack).
 */
export const MAX_CANONICAL_DEPTH = 32;

/** Every place in `value` that canonical JSON cannot represent faithfully, with dotted paths. */
export function nonCanonicalFields(value: unknown, path = ''): FieldError[] {
  const errors: FieldError[] = [];
  collectNonCanonical(value, path, MAX_CANONICAL_DEPTH, errors);
  return errors;
}

/** Adds the errors of `value` (at `path`, with `levels` levels of nesting left) to `errors`, in document order. */
function collectNonCanonical(value: unknown, path: string, levels: number, errors: FieldError[]): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    errors.push(...stringErrors(value, path, 'string'));
  } else if (typeof value === 'number') {
    errors.push(...numberErrors(value, path));
  } else if (typeof value === 'object' && (Array.isArray(value) || isPlainObject(value))) {
    if (levels === 0) {
      errors.push({ path, message: `expected at most ${MAX_CANONICAL_DEPTH} levels of nested arrays and objects, found more` });
      return;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
    for (const [key, item] of entries) {
      if (!Array.isArray(value)) errors.push(...stringErrors(key, join(path, key), 'key'));
      collectNonCanonical(item, join(path, key), levels - 1, errors);
    }
  } else {
    errors.push({ path, message: `expected a JSON value, got ${value === undefined ? 'undefined' : typeof value}` });
  }
}

/** Throws `NOT_CANONICALIZABLE` naming every offending field of `what`. */
export function assertCanonicalizable(value: unknown, what: string): void {
  const errors = nonCanonicalFields(value);
  if (errors.length === 0) return;
  throw new ManifestError('NOT_CANONICALIZABLE', `${what} cannot be represented in TUF canonical JSON: ${describeFieldErrors(errors)}`, { errors });
}

/** The exact bytes a TUF signature covers (what `Metadata.sign` and tuf-js's verifier compute). */
export function canonicalBytes(value: unknown, what: string): Buffer {
  assertCanonicalizable(value, what);
  return Buffer.from(canonicalize(value), 'utf8');
}

function numberErrors(value: number, path: string): FieldError[] {
  if (Number.isSafeInteger(value)) return [];
  if (!Number.isFinite(value)) return [{ path, message: `expected a finite integer, got ${value}` }];
  if (Number.isInteger(value)) {
    return [{ path, message: `expected an integer within +/-(2^53-1), got ${value}` }];
  }
  return [
    {
      path,
      message: `expected an integer (canonical JSON has no floats), got ${value}; use an integer scale or a string`,
    },
  ];
}

function stringErrors(value: string, path: string, kind: 'string' | 'key'): FieldError[] {
  const match = UNSAFE_CHARACTER.exec(value);
  if (!match) return [];
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return [{ path, message: `expected a ${kind} without control characters, found U+${code} at index ${match.index}` }];
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
