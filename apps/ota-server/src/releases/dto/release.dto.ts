import { z } from 'zod';
import type { FieldError } from '@app/protocol';

/** POST /admin/v1/releases: the manifest document as authored in firmware-manifests/. */
export const createReleaseSchema = z.strictObject({ manifest: z.unknown() });

/** The release columns a manifest fills that its schema does not bound: PostgreSQL refuses values beyond them. */
const MAX_RELEASE_COUNTER = 2_147_483_647;
const MAX_FIRMWARE_VERSION_LENGTH = 64;

/** Manifest fields too large for the `release` table (`release_counter` integer, `firmware_version` varchar(64)). */
export function releaseColumnErrors(doc: unknown): FieldError[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const { releaseCounter, firmware } = doc as { releaseCounter?: unknown; firmware?: { version?: unknown } };
  const version = typeof firmware === 'object' && firmware !== null ? firmware.version : undefined;
  const errors: FieldError[] = [];
  if (typeof releaseCounter === 'number' && releaseCounter > MAX_RELEASE_COUNTER) {
    errors.push({ path: 'releaseCounter', message: `expected at most ${MAX_RELEASE_COUNTER}, got ${releaseCounter}` });
  }
  if (typeof version === 'string' && version.length > MAX_FIRMWARE_VERSION_LENGTH) {
    errors.push({ path: 'firmware.version', message: `expected at most ${MAX_FIRMWARE_VERSION_LENGTH} characters, got ${version.length}` });
  }
  return errors;
}

/** POST /admin/v1/releases/:id/signatures: a detached Ed25519 signature over the proposal's canonical bytes. */
export const signatureSchema = z.strictObject({
  keyid: z.string().regex(/^[0-9a-f]{64}$/, 'a TUF keyid is 64 lowercase hex digits'),
  sig: z.string().regex(/^[0-9a-f]{128}$/, 'an Ed25519 signature is 128 lowercase hex digits'),
});
export type SignatureDto = z.infer<typeof signatureSchema>;
