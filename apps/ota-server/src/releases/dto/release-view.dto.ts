import { z } from 'zod';
import { manifestSchema } from '@app/manifest';
import { RELEASE_STATES } from '../release.entity';

/** A release in a list: its columns without the manifest document and the proposal. */
export const releaseSummarySchema = z.object({
  id: z.uuid(),
  manifestId: z.string(),
  stream: z.string(),
  releaseCounter: z.int().min(1),
  firmwareVersion: z.string(),
  targetPath: z.string().meta({ description: 'the TUF target path of the manifest' }),
  state: z.enum(RELEASE_STATES),
  baseTargetsVersion: z.int().min(0).meta({ description: 'the targets version the proposal was built on' }),
  createdBy: z.string(),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
  publishedAt: z.string().nullable(),
});
export type ReleaseSummaryDto = z.infer<typeof releaseSummarySchema>;

/** What a release signer needs while a release is proposed (D3). */
export const signingStatusSchema = z.object({
  targetsVersion: z.int().min(1),
  stale: z.boolean().meta({ description: 'another release was published since: repropose before signing' }),
  payloadBase64: z.string().meta({ description: 'the canonical bytes to sign (Ed25519), base64' }),
  signed: z.record(z.string(), z.unknown()).meta({ description: 'the proposed targets metadata (`signed` part), for reading before signing' }),
  threshold: z.int().min(1),
  validKeyIds: z.array(z.string()).meta({ description: 'distinct targets keys with a valid signature so far' }),
  thresholdMet: z.boolean(),
  contents: z
    .record(z.string(), z.string())
    .meta({ description: 'the exact bytes (base64) of each target this proposal adds, by target path: what the signer checks against `signed`' }),
});
export type SigningStatusDto = z.infer<typeof signingStatusSchema>;

/** D5: who signed the release's (current) proposal with which key, and when. */
export const releaseSignatureSchema = z.object({
  keyid: z.string(),
  userId: z.string().nullable().meta({ description: "null: the server's own development key (DEV_TARGETS_SIGNING)" }),
  userName: z.string(),
  signedAt: z.string().meta({ description: 'ISO 8601 time' }),
});
export type ReleaseSignatureDto = z.infer<typeof releaseSignatureSchema>;

/** A release with its manifest, its signers and, while proposed, its signing status. */
export const releaseViewSchema = releaseSummarySchema.extend({
  manifest: manifestSchema,
  signatures: z.array(releaseSignatureSchema),
  signing: signingStatusSchema.optional().meta({ description: 'present while the release is proposed' }),
});
export type ReleaseViewDto = z.infer<typeof releaseViewSchema>;
