/** D3 manifest validation: every bad field is reported at once, each with its dotted path. */
import type { FieldError } from '@app/protocol';
import type { z } from 'zod';
import { ManifestError, describeFieldErrors } from '../errors';
import { manifestSchema, MANIFEST_TARGET_PREFIX, type OtaManifest } from './schema';

export type ManifestCheck = { ok: true; manifest: OtaManifest } | { ok: false; errors: FieldError[] };

export function checkManifest(doc: unknown): ManifestCheck {
  const result = manifestSchema.safeParse(doc);
  if (result.success) return { ok: true, manifest: result.data };
  return { ok: false, errors: result.error.issues.flatMap(toFieldErrors) };
}

/** Returns the typed manifest or throws `MANIFEST_INVALID` with `.errors` listing every bad field. */
export function validateManifest(doc: unknown): OtaManifest {
  const check = checkManifest(doc);
  if (check.ok) return check.manifest;
  const summary = describeFieldErrors(check.errors);
  throw new ManifestError('MANIFEST_INVALID', `manifest is not valid ota-manifest/1: ${summary}`, {
    errors: check.errors,
  });
}

/**
 * Parses the bytes of a manifest target: strict UTF-8, JSON, then the schema. The agent runs this on what it
 * downloaded through TUF; the repository builder on what it is asked to publish.
 */
export function parseManifest(bytes: Uint8Array | string): OtaManifest {
  return validateManifest(decodeManifest(bytes).document);
}

/** Strict UTF-8 text and its JSON document, before schema validation; throws `MANIFEST_INVALID`. */
export function decodeManifest(bytes: Uint8Array | string): { text: string; document: unknown } {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw invalidDocument('expected UTF-8 text, found invalid byte sequences', cause);
  }
  try {
    return { text, document: JSON.parse(text) };
  } catch (cause) {
    throw invalidDocument(`expected a JSON document, got a parse error: ${(cause as Error).message}`, cause);
  }
}

/** D3: a manifest is the TUF target `manifests/<stream>/<releaseCounter>.json`. */
export function manifestTargetPath(manifest: Pick<OtaManifest, 'stream' | 'releaseCounter'>): string {
  return `${MANIFEST_TARGET_PREFIX}${manifest.stream}/${manifest.releaseCounter}.json`;
}

function invalidDocument(message: string, cause: unknown): ManifestError {
  return new ManifestError('MANIFEST_INVALID', `manifest is not valid ota-manifest/1: ${message}`, {
    cause,
    errors: [{ path: '', message }],
  });
}

function toFieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: 'unknown field: expected only the fields ota-manifest/1 defines',
    }));
  }
  return [{ path, message: issue.message }];
}
