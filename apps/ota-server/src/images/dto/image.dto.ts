import { z } from 'zod';

export const imageSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().min(0),
  /** A target path a manifest may name for these bytes (`images[].path`); any safe path outside manifests/ works. */
  path: z.string(),
});
export type ImageDto = z.infer<typeof imageSchema>;
