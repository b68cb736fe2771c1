/**
 * The declarative settings migration operations of D2, as they appear in a manifest's `migrations` array.
 * libs/settings owns the semantics (how each op applies); this file owns only the wire shape.
 */
import { MIGRATION_OPS, type MigrationOpName } from '@app/protocol';
import { z } from 'zod';
import { describeValue } from './describe-value';

/** Setting values are JSON scalars (D2). Floats parse here; the TUF layer refuses them (canonical JSON). */
export const jsonScalarSchema = z.union([z.boolean(), z.number().finite(), z.string(), z.null()], {
  error: (issue) =>
    `expected a JSON scalar (boolean, finite number, string or null), got ${describeValue(issue.input)}`,
});
export type JsonScalar = z.infer<typeof jsonScalarSchema>;

const settingKey = z
  .string({ error: (i) => `expected a setting key string, got ${describeValue(i.input)}` })
  .min(1, { error: 'expected a non-empty setting key' });
const migrationId = z
  .string({ error: (i) => `expected a migration id string, got ${describeValue(i.input)}` })
  .min(1, { error: 'expected a non-empty migration id' });

const setKey = <Op extends string>(op: Op) =>
  z.strictObject({ op: z.literal(op), key: settingKey, value: jsonScalarSchema });

const setFactoryDefault = setKey('setFactoryDefault');
const setIfNotUserChosen = setKey('setIfNotUserChosen');
const setIfEquals = z.strictObject({
  op: z.literal('setIfEquals'),
  key: settingKey,
  expected: jsonScalarSchema,
  value: jsonScalarSchema,
});
const setIfAbsent = setKey('setIfAbsent');
/** D2: `force` overrides a user's choice, so its reason is mandatory and reported with the outcome. */
const force = z.strictObject({
  op: z.literal('force'),
  key: settingKey,
  value: jsonScalarSchema,
  reason: z
    .string({ error: (i) => `expected a reason string, got ${describeValue(i.input)}` })
    .refine((r) => r.trim().length > 0, { error: 'expected a non-empty reason: force overrides user choices (D2)' }),
});
const rename = z.strictObject({ op: z.literal('rename'), from: settingKey, to: settingKey });
const remove = z.strictObject({ op: z.literal('remove'), key: settingKey });
const revert = z.strictObject({ op: z.literal('revert'), migrationId });

export const migrationOpSchema = z.discriminatedUnion(
  'op',
  [setFactoryDefault, setIfNotUserChosen, setIfEquals, setIfAbsent, force, rename, remove, revert],
  {
    error: (issue) => {
      if (issue.code === 'invalid_union') return `expected op to be one of ${MIGRATION_OPS.join(', ')}`;
      if (issue.code !== 'invalid_type') return undefined;
      return `expected a migration op object, got ${describeValue(issue.input)}`;
    },
  },
);
export type MigrationOp = z.infer<typeof migrationOpSchema>;

/** Compile-time guard: the ops defined here are exactly the ones @app/protocol names (D2). */
type OpNamesMatch = [MigrationOp['op']] extends [MigrationOpName]
  ? [MigrationOpName] extends [MigrationOp['op']]
    ? true
    : never
  : never;
const _opNamesMatch: OpNamesMatch = true;
