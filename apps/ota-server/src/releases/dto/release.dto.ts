import { z } from 'zod';

/** POST /admin/v1/releases: the manifest document as authored in firmware-manifests/. */
export const createReleaseSchema = z.strictObject({ manifest: z.unknown() });

/** POST /admin/v1/releases/:id/signatures: a detached Ed25519 signature over the proposal's canonical bytes. */
export const signatureSchema = z.strictObject({
  keyid: z.string().regex(/^[0-9a-f]{64}$/, 'a TUF keyid is 64 lowercase hex digits'),
  sig: z.string().regex(/^[0-9a-f]{128}$/, 'an Ed25519 signature is 128 lowercase hex digits'),
});
export type SignatureDto = z.infer<typeof signatureSchema>;
