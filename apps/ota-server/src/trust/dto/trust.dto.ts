import { z } from 'zod';

const hex = (digits: number, what: string) => z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`), `${what} is ${digits} lowercase hex digits`);

/** POST /admin/v1/trust/root: root metadata exactly as TUF writes it (`N.root.json`), signed offline (D7). */
export const rootMetadataSchema = z
  .strictObject({
    signed: z.record(z.string(), z.unknown()).meta({ description: 'the root role (`_type: root`, version N+1, keys, roles, expires)' }),
    signatures: z.array(z.strictObject({ keyid: hex(64, 'a TUF keyid'), sig: z.string() })),
  })
  .meta({ description: 'root metadata as `N.root.json` holds it' });
export type RootMetadataDto = z.infer<typeof rootMetadataSchema>;

/** POST /admin/v1/trust/pending/signatures: a detached Ed25519 signature over the re-sign payload. */
export const rotationSignatureSchema = z.strictObject({
  keyid: hex(64, 'a TUF keyid'),
  sig: hex(128, 'an Ed25519 signature'),
});
export type RotationSignatureDto = z.infer<typeof rotationSignatureSchema>;

const roleSchema = z.object({
  keyids: z.array(z.string()),
  threshold: z.int().min(1),
});
const rolesSchema = z.object({ root: roleSchema, targets: roleSchema, snapshot: roleSchema, timestamp: roleSchema });

const publishedRoleSchema = roleSchema.extend({
  version: z.int().min(1).meta({ description: "the version of this role's published metadata" }),
  expires: z.string().meta({ description: "when this role's published metadata expires (ISO 8601)" }),
});

/** A root rotation waiting for the current targets to be re-signed by the new targets keys (D7). */
export const pendingRotationSchema = z.object({
  rootVersion: z.int().min(2),
  roles: rolesSchema.meta({ description: 'the key sets and thresholds of the pending root' }),
  createdBy: z.string(),
  createdAt: z.string(),
  signing: z.object({
    targetsVersion: z.int().min(2),
    stale: z.boolean().meta({ description: 'a release was published since: POST .../pending/repropose before signing' }),
    payloadBase64: z.string().meta({ description: 'the canonical bytes to sign (Ed25519), base64' }),
    signed: z.record(z.string(), z.unknown()).meta({ description: 'the targets metadata (`signed` part) to re-sign, for reading first' }),
    threshold: z.int().min(1).meta({ description: "the pending root's targets threshold" }),
    validKeyIds: z.array(z.string()),
    thresholdMet: z.boolean(),
  }),
  uploads: z
    .array(z.object({ keyid: z.string(), uploadedBy: z.string(), uploadedByName: z.string(), uploadedAt: z.string() }))
    .meta({ description: 'who uploaded each counted signature' }),
});
export type PendingRotationDto = z.infer<typeof pendingRotationSchema>;

/** GET /admin/v1/trust: what devices are asked to trust now, and any rotation in progress. */
export const trustViewSchema = z.object({
  rootVersion: z.int().min(1),
  roles: z.object({ root: publishedRoleSchema, targets: publishedRoleSchema, snapshot: publishedRoleSchema, timestamp: publishedRoleSchema }),
  pending: pendingRotationSchema.nullable(),
});
export type TrustViewDto = z.infer<typeof trustViewSchema>;

export const pendingAnswerSchema = z.object({ pending: pendingRotationSchema.nullable() });
export type PendingAnswerDto = z.infer<typeof pendingAnswerSchema>;
