import { z } from 'zod';
import { manifestSchema } from '@app/manifest';

/** A TUF metadata file (D3): the signed role and its signatures; the role's own fields are TUF's specification. */
export const tufMetadataSchema = z.object({
  signed: z.looseObject({
    _type: z.enum(['root', 'timestamp', 'snapshot', 'targets']),
    spec_version: z.string(),
    version: z.int().min(1),
    expires: z.string(),
  }),
  signatures: z.array(z.object({ keyid: z.string(), sig: z.string() })),
});

/** A target file: the repository's targets are release manifests (`ota-manifest/1`), byte for byte as signed. */
export const tufTargetSchema = manifestSchema;
