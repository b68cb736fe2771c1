/** The `ota-manifest/1` document (D3), as a strict zod schema: unknown fields are errors, not ignored. */
import semver from 'semver';
import { z } from 'zod';
import { describeValue } from './describe-value';
// D2's ops are owned by @app/settings (which applies them); the manifest embeds them as they are.
import { migrationOpSchema } from '@app/settings';
import { unsafeTargetPathReason } from './target-path';

export const MANIFEST_SCHEMA = 'ota-manifest/1';
/** Manifests live at `manifests/<stream>/<releaseCounter>.json`; other targets may not use that prefix. */
export const MANIFEST_TARGET_PREFIX = 'manifests/';

const str = (what: string) =>
  z.string({ error: (i) => `expected a ${what} string, got ${describeValue(i.input)}` }).min(1, {
    error: `expected a non-empty ${what}`,
  });
const nonEmptyList = (what: string) =>
  z.array(str(what), { error: (i) => `expected an array of ${what}s, got ${describeValue(i.input)}` }).min(1, {
    error: `expected at least one ${what}`,
  });

/** Exactly a semver version (`1.2.3`, `2.0.0-rc.1`), without the leading `v` or spaces semver tolerates. */
const semverVersion = z
  .string({ error: (i) => `expected a semver version string, got ${describeValue(i.input)}` })
  .refine((v) => semver.valid(v) !== null && /^\d/.test(v) && v.trim() === v, {
    error: (i) => `expected a semver version such as 1.2.3, got ${describeValue(i.input)}`,
  });
const semverRange = z
  .string({ error: (i) => `expected a semver range string, got ${describeValue(i.input)}` })
  .refine((r) => r.trim() !== '' && semver.validRange(r) !== null, {
    error: (i) => `expected a semver range such as ">=1.2.0 <2.0.0", got ${describeValue(i.input)}`,
  });

/** A stream name becomes a path segment of the manifest's target path. */
const streamName = z.string({ error: (i) => `expected a stream name string, got ${describeValue(i.input)}` }).regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
  error: (i) => `expected a stream name of 1-64 of a-z 0-9 . _ - (starting a-z or 0-9), got ${describeValue(i.input)}`,
});

const targetPath = z.string().superRefine((path, ctx) => {
  const reason = unsafeTargetPathReason(path) ?? (path.startsWith(MANIFEST_TARGET_PREFIX) ? `expected a path outside "${MANIFEST_TARGET_PREFIX}"` : undefined);
  if (reason !== undefined) ctx.addIssue({ code: 'custom', message: reason });
});

const imageSchema = z.strictObject(
  {
    path: targetPath,
    length: z
      .number({ error: (i) => `expected a length in bytes, got ${describeValue(i.input)}` })
      .int({ error: (i) => `expected a whole number of bytes, got ${describeValue(i.input)}` })
      .nonnegative({ error: (i) => `expected a length >= 0, got ${describeValue(i.input)}` })
      .max(Number.MAX_SAFE_INTEGER),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, {
      error: (i) => `expected 64 lowercase hex digits, got ${describeValue(i.input)}`,
    }),
  },
  { error: objectError },
);

export const manifestSchema = z.strictObject(
  {
    schema: z.literal(MANIFEST_SCHEMA, {
      error: (i) => `expected "${MANIFEST_SCHEMA}", got ${describeValue(i.input)}`,
    }),
    id: str('manifest id').max(128, { error: 'expected a manifest id of at most 128 characters' }),
    stream: streamName,
    releaseCounter: z
      .number({ error: (i) => `expected a positive integer, got ${describeValue(i.input)}` })
      .int({ error: (i) => `expected a positive integer, got ${describeValue(i.input)}` })
      .positive({ error: (i) => `expected a positive integer, got ${describeValue(i.input)}` }),
    firmware: z.strictObject({ version: semverVersion }, { error: objectError }),
    appliesTo: z.strictObject(
      {
        models: nonEmptyList('model'),
        firmware: semverRange,
        channels: nonEmptyList('channel'),
        regions: nonEmptyList('region'),
        tags: z.array(str('tag'), { error: (i) => `expected an array of tags, got ${describeValue(i.input)}` }).optional(),
      },
      { error: objectError },
    ),
    images: z.array(imageSchema, { error: (i) => `expected an array of images, got ${describeValue(i.input)}` }).optional(),
    migrations: z.array(migrationOpSchema, {
      error: (i) => `expected an array of migration ops, got ${describeValue(i.input)}`,
    }),
  },
  { error: objectError },
);

export type OtaManifest = z.infer<typeof manifestSchema>;
export type FirmwareImage = z.infer<typeof imageSchema>;

/** Own message for "not an object"; unknown keys are reported per key by validate.ts. */
function objectError(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === 'invalid_type' ? `expected an object, got ${describeValue(issue.input)}` : undefined;
}
