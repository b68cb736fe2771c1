/**
 * Validation of everything that enters the lib from outside: migration ops (reused by libs/manifest for the
 * manifest's `migrations` field), setting keys and values, and the persisted state. Every bad field is collected
 * before throwing, each with its dotted path.
 */
import { MIGRATION_OPS, type FieldError, type MigrationOpName } from '@app/protocol';
import { z } from 'zod';
import { SettingsError, type SettingsErrorCode } from './errors';
import { SETTING_SOURCES } from './model';

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9][A-Za-z0-9_-]*)*$/;

/**
 * How deep the lib looks into a value it is given. A setting value is a scalar, so nested input is refused anyway,
 * and the refusal quotes it; quoting (JSON.stringify) a value nested thousands of levels deep overflows the stack,
 * which turned the validation error into a RangeError. Input deeper than this is refused as such, never walked.
 */
export const MAX_VALUE_DEPTH = 32;
/** A refused value is quoted when it holds at most this many values, and cut after MAX_SHOWN_LENGTH characters. */
const MAX_SHOWN_VALUES = 1000;
const MAX_SHOWN_LENGTH = 200;

/** `input` for an "expected X, got Y" message, bounded in depth, work and length whatever it is. */
function shown(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (typeof input === 'object' && input !== null) {
    const what = Array.isArray(input) ? 'an array' : 'an object';
    const bound = exceededBound(input, MAX_VALUE_DEPTH, { left: MAX_SHOWN_VALUES });
    if (bound === 'depth') return `${what} nested deeper than ${MAX_VALUE_DEPTH} levels of arrays and objects`;
    if (bound === 'size') return `${what} of more than ${MAX_SHOWN_VALUES} values`;
  }
  let text: string;
  try {
    text = JSON.stringify(input) ?? String(input);
  } catch {
    text = String(input);
  }
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}...` : text;
}

/** The bound `value` breaks: more than `levels` levels of nesting, or more than `budget.left` values inside. */
function exceededBound(value: object, levels: number, budget: { left: number }): 'depth' | 'size' | undefined {
  if (levels === 0) return 'depth';
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    budget.left -= 1;
    if (budget.left < 0) return 'size';
    const bound = typeof item === 'object' && item !== null ? exceededBound(item, levels - 1, budget) : undefined;
    if (bound !== undefined) return bound;
  }
  return undefined;
}

/** Dotted segments of letters, digits, `_` and `-`, e.g. `cloud_messaging.enabled` (never `__proto__`). */
export const settingKeySchema = z
  .string({ error: (iss) => `expected a setting key string, got ${shown(iss.input)}` })
  .max(128, { error: 'expected a setting key of at most 128 characters' })
  .regex(KEY_PATTERN, { error: (iss) => `expected a dotted key like cloud_messaging.enabled, got ${shown(iss.input)}` });

export const settingValueSchema = z.union([z.boolean(), z.number(), z.string().max(4096), z.null()], {
  error: (iss) => `expected boolean, finite number, string (<= 4096 characters) or null, got ${shown(iss.input)}`,
});

const nameSchema = (what: string) =>
  z
    .string({ error: (iss) => `expected ${what} string, got ${shown(iss.input)}` })
    .min(1, { error: `expected a non-empty ${what}` })
    .max(200, { error: `expected ${what} of at most 200 characters` });

export const migrationIdSchema = nameSchema('migration id');
export const streamSchema = nameSchema('stream');

/** ISO-8601 instant as stored; `toIsoInstant` normalises what callers pass in. */
const instantSchema = z.iso.datetime({ error: (iss) => `expected an ISO-8601 instant, got ${shown(iss.input)}` });

const reasonSchema = z
  .string({ error: (iss) => `expected a reason string, got ${shown(iss.input)}` })
  .trim()
  .min(1, { error: 'expected a non-empty reason: force must say why it overrides user choices' })
  .max(1000, { error: 'expected a reason of at most 1000 characters' });

const opSchemas = [
  z.strictObject({ op: z.literal('setFactoryDefault'), key: settingKeySchema, value: settingValueSchema }),
  z.strictObject({ op: z.literal('setIfNotUserChosen'), key: settingKeySchema, value: settingValueSchema }),
  z.strictObject({
    op: z.literal('setIfEquals'),
    key: settingKeySchema,
    expected: settingValueSchema,
    value: settingValueSchema,
  }),
  z.strictObject({ op: z.literal('setIfAbsent'), key: settingKeySchema, value: settingValueSchema }),
  z.strictObject({ op: z.literal('force'), key: settingKeySchema, value: settingValueSchema, reason: reasonSchema }),
  z
    .strictObject({ op: z.literal('rename'), from: settingKeySchema, to: settingKeySchema })
    .refine((op) => op.from !== op.to, { error: 'expected `to` to differ from `from`', path: ['to'] }),
  z.strictObject({ op: z.literal('remove'), key: settingKeySchema }),
  z.strictObject({ op: z.literal('revert'), migrationId: migrationIdSchema }),
] as const;

/** One declarative migration op (D2 table). */
export const migrationOpSchema = z.discriminatedUnion('op', opSchemas, {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? `expected op to be one of ${MIGRATION_OPS.join(', ')}, got ${shown((iss.input as { op?: unknown } | undefined)?.op)}`
      : undefined,
});
/** A manifest's `migrations`: ops applied in order, all or nothing. */
export const migrationOpsSchema = z.array(migrationOpSchema);

export type MigrationOp = z.infer<typeof migrationOpSchema>;
export type MigrationOpOf<N extends MigrationOpName> = Extract<MigrationOp, { op: N }>;

/** Compile-time guard: the schema covers exactly the op names of the wire protocol. */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _opNamesMatchProtocol: SameNames<MigrationOp['op'], MigrationOpName> = true;

const consentSchema = z.strictObject({ surface: z.string().min(1).max(200), at: instantSchema });
const settingSchema = z.strictObject({
  value: settingValueSchema,
  source: z.enum(SETTING_SOURCES),
  updatedAt: instantSchema,
  consent: consentSchema.optional(),
});
const snapshotSchema = z.strictObject({
  setting: z.strictObject({ before: settingSchema.nullable(), after: settingSchema.nullable() }),
  factoryDefault: z.strictObject({
    before: z.strictObject({ value: settingValueSchema }).nullable(),
    after: z.strictObject({ value: settingValueSchema }).nullable(),
  }),
});

export const settingsStateSchema = z.strictObject({
  factoryDefaults: z.record(settingKeySchema, settingValueSchema),
  settings: z.record(settingKeySchema, settingSchema),
  releaseCounters: z.record(streamSchema, z.number().int().nonnegative()),
  history: z.array(
    z.strictObject({
      migrationId: migrationIdSchema,
      appliedAt: instantSchema,
      keys: z.record(settingKeySchema, snapshotSchema),
    }),
  ),
});

/** Parses `input` or throws `code` with every bad field listed. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string, code: SettingsErrorCode): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: FieldError[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const listed = issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ');
  throw new SettingsError(code, `${what} is invalid: ${listed}`, { errors: issues });
}

export function parseMigrationOps(input: unknown): MigrationOp[] {
  return parseOrThrow(migrationOpsSchema, input, 'migration op list', 'INVALID_INPUT');
}
