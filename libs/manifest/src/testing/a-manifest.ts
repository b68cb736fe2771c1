/** Test builder for `ota-manifest/1` documents (STYLE: builders with overrides). Not exported by index.ts. */
import type { OtaManifest } from '../manifest/schema';

type Overrides = { [key: string]: unknown };

/** The D2 Cloud Messaging manifest: opt-in after factory reset, identifiers encrypted, user choices kept. */
const CLOUD_MESSAGING: OtaManifest = {
  schema: 'ota-manifest/1',
  id: 'cloud-messaging-opt-in-1',
  stream: 'cloud-messaging',
  releaseCounter: 1,
  firmware: { version: '6.8.1' },
  appliesTo: {
    models: ['mi-4', 'redmi-note'],
    firmware: '>=6.0.0 <7.0.0',
    channels: ['stable'],
    regions: ['in', 'eu'],
  },
  images: [],
  migrations: [
    { op: 'setFactoryDefault', key: 'cloud_messaging.enabled', value: false },
    {
      op: 'force',
      key: 'cloud_messaging.encrypt_identifiers',
      value: true,
      reason: 'identifiers stored on the server must be encrypted',
    },
  ],
};

/**
 * A valid manifest with `overrides` deep-merged into plain objects (arrays are replaced). An override of
 * `undefined` removes the field. Typed as a manifest for convenience; invalid overrides are the point of
 * many tests, which pass the result on as `unknown`.
 */
export function aManifest(overrides: Overrides = {}): OtaManifest {
  return merge(structuredClone(CLOUD_MESSAGING) as unknown as Overrides, overrides) as unknown as OtaManifest;
}

/** The exact bytes of a manifest document, as a release engineer would author them. */
export function manifestBytes(overrides: Overrides = {}): Buffer {
  return Buffer.from(JSON.stringify(aManifest(overrides), null, 2), 'utf8');
}

function merge(base: Overrides, overrides: Overrides): Overrides {
  for (const [key, value] of Object.entries(overrides)) {
    const current = base[key];
    if (value === undefined) delete base[key];
    else if (isPlain(value) && isPlain(current)) base[key] = merge(current, value);
    else base[key] = value;
  }
  return base;
}

function isPlain(value: unknown): value is Overrides {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
