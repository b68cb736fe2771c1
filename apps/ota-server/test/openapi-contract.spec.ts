import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ed25519Signer, generateEd25519KeyPair, parseRoot, roleSetupsOf } from '@app/manifest';
import { signNonce } from '@app/pki';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { signedRoot } from './key-ceremony';
import { deviceKeys, TestDevice } from './test-device';

/**
 * The served OpenAPI document against the server's real answers (D9: typed clients are generated from it): every
 * operation is called once with a 2xx, and its body must validate against the schema the document declares for
 * that path, method and status; the document must declare a body for every 2xx, and name no operation this flow
 * did not call (a new route comes with its response DTO and a call here).
 */

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

const JSON_TYPE = 'application/json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** An OpenAPI 3.0 schema as the JSON Schema ajv reads: 3.0 writes an exclusive bound as a flag beside the bound. */
function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Schema = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, jsonSchemaOf(v)]));
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  return out;
}

/** A release signer's detached signature over the proposal's canonical bytes (D3). */
function detachedSignature(privateKeyPem: string, payloadBase64: string) {
  const keyid = ed25519Signer(privateKeyPem).keyId;
  return { keyid, sig: sign(null, Buffer.from(payloadBase64, 'base64'), createPrivateKey(privateKeyPem)).toString('hex') };
}

interface Release {
  id: string;
  targetPath: string;
  state: string;
  signing?: { payloadBase64: string };
}
type TufFile = { signed: { meta?: Record<string, { version: number }>; targets?: Record<string, { hashes: { sha256: string } }> } };

describe('the OpenAPI document matches what the server answers', () => {
  let server: TestServer;
  let doc: Document;
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  const called = new Set<string>();

  /**
   * Calls `template` (an OpenAPI path, `{name}` filled from `params`), expects a 2xx, and checks the body against
   * the schema the document declares for it, or the content type for a body that is not JSON.
   */
  async function call<T>(
    method: string,
    template: string,
    options: { params?: Record<string, string>; body?: unknown; binary?: Buffer; token?: string | null } = {},
  ) {
    const url = template.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? `{${name}}`);
    const token = options.token === undefined ? server.adminToken : options.token;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = JSON_TYPE;
    if (options.binary !== undefined) headers['content-type'] = 'application/octet-stream';
    const body = options.binary ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const res = await fetch(`${server.url}${url}`, { method, headers, body });
    const text = await res.text();
    const operation = `${method.toUpperCase()} ${template}`;
    called.add(operation);
    expect({ operation, status: res.status, ok: res.ok }).toEqual({ operation, status: res.status, ok: true });
    const declared = doc.paths[template]?.[method.toLowerCase()]?.responses[String(res.status)];
    expect({ operation, status: res.status, declared: declared !== undefined }).toEqual({ operation, status: res.status, declared: true });
    const type = (res.headers.get('content-type') ?? '').startsWith(JSON_TYPE) ? JSON_TYPE : res.headers.get('content-type');
    expect({ operation, contentTypes: Object.keys(declared.content ?? {}) }).toEqual({ operation, contentTypes: [type] });
    if (type !== JSON_TYPE) return text as T;
    const parsed = JSON.parse(text) as T;
    const validate = ajv.compile(jsonSchemaOf(declared.content![JSON_TYPE].schema) as Schema);
    validate(parsed);
    expect({ operation, errors: validate.errors ?? [] }).toEqual({ operation, errors: [] });
    return parsed;
  }

  beforeAll(async () => {
    // Two release signers, threshold 2: the server signs with its key, the test uploads the other signature.
    server = await startServer({ targetsKeys: 2, targetsThreshold: 2, withholdTargetsKeys: 1 });
    doc = (await (await fetch(`${server.url}/docs/openapi.json`)).json()) as Document;
  });
  afterAll(() => server.close());

  it('documents a body for every 2xx of every operation: a JSON schema, or the content type of a body that is not JSON', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item).filter(([m]) => METHODS.includes(m))) {
        const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
        const undocumented = success.filter(([, r]) => !r.content || Object.entries(r.content).some(([type, c]) => type === JSON_TYPE && !c.schema));
        expect({ operation: `${method.toUpperCase()} ${path}`, success: success.length > 0, undocumented: undocumented.map(([s]) => s) }).toEqual({
          operation: `${method.toUpperCase()} ${path}`,
          success: true,
          undocumented: [],
        });
      }
    }
  });

  it('answers operations routes as documented', async () => {
    await call('GET', '/health', { token: null });
    await call('GET', '/health/live', { token: null });
    await call('GET', '/health/ready', { token: null });
    expect(await call<string>('GET', '/metrics', { token: null })).toContain('# HELP');
  });

  it('answers the user, token and signing-key routes as documented', async () => {
    const me = await call<{ user: { id: string } }>('GET', '/admin/v1/me');
    const created = await call<{ user: { id: string }; enrollmentToken: { token: string } }>('POST', '/admin/v1/users', {
      body: { name: 'contract', roles: ['viewer'] },
    });
    const params = { id: created.user.id };
    await call('GET', '/admin/v1/users');
    await call('GET', '/admin/v1/users/{id}', { params });
    const own = await call<{ id: string }>('POST', '/admin/v1/me/tokens', { body: { name: 'contract' }, token: created.enrollmentToken.token });
    await call('GET', '/admin/v1/users/{id}/tokens', { params });
    await call('POST', '/admin/v1/tokens/{id}/revoke', { params: { id: own.id } });
    await call('POST', '/admin/v1/users/{id}/enrollment', { params });
    await call('POST', '/admin/v1/users/{id}/disable', { params });
    // The admin signs the release below with the key the server does not hold: it is registered to them.
    const publicKeyPem = createPublicKey(server.withheldTargetsKeys[0]).export({ type: 'spki', format: 'pem' }).toString();
    await call('POST', '/admin/v1/users/{id}/signing-keys', { params: { id: me.user.id }, body: { publicKeyPem } });
    const spare = await call<{ keyid: string }>('POST', '/admin/v1/users/{id}/signing-keys', {
      params: { id: me.user.id },
      body: { publicKeyPem: generateEd25519KeyPair().publicKeyPem },
    });
    await call('GET', '/admin/v1/signing-keys');
    await call('POST', '/admin/v1/signing-keys/{keyid}/revoke', { params: { keyid: spare.keyid } });
  });

  let release: Release;
  it('answers the release routes as documented, from proposal to publication', async () => {
    const proposed = await call<Release>('POST', '/admin/v1/releases', { body: { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') } });
    expect(proposed.state).toBe('proposed');
    const reproposed = await call<Release>('POST', '/admin/v1/releases/{id}/repropose', { params: { id: proposed.id } });
    release = await call<Release>('POST', '/admin/v1/releases/{id}/signatures', {
      params: { id: proposed.id },
      body: detachedSignature(server.withheldTargetsKeys[0], reproposed.signing!.payloadBase64),
    });
    expect(release.state).toBe('published');
    await call('GET', '/admin/v1/releases/{id}', { params: { id: release.id } });
    await call('GET', '/admin/v1/releases');
  });

  it('answers the image routes as documented (D8)', async () => {
    await call('PUT', '/admin/v1/images', { binary: Buffer.from('a firmware image') });
    await call('GET', '/admin/v1/images');
  });

  it('answers the TUF routes as documented', async () => {
    const timestamp = await call<TufFile>('GET', '/tuf/metadata/{file}', { params: { file: 'timestamp.json' }, token: null });
    const snapshot = await call<TufFile>('GET', '/tuf/metadata/{file}', {
      params: { file: `${timestamp.signed.meta!['snapshot.json'].version}.snapshot.json` },
      token: null,
    });
    const targets = await call<TufFile>('GET', '/tuf/metadata/{file}', {
      params: { file: `${snapshot.signed.meta!['targets.json'].version}.targets.json` },
      token: null,
    });
    const sha256 = targets.signed.targets![release.targetPath].hashes.sha256;
    const slash = release.targetPath.lastIndexOf('/');
    const consistentPath = `${release.targetPath.slice(0, slash)}/${sha256}.${release.targetPath.slice(slash + 1)}`;
    expect(await call('GET', '/tuf/targets/{path}', { params: { path: consistentPath }, token: null })).toEqual(
      readFirmwareManifest('cloud-messaging-opt-in.json'),
    );
  });

  it('answers the device and rollout routes as documented, through an install', async () => {
    const [keys] = await deviceKeys(1);
    const device = new TestDevice(server, keys, { model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in' });
    const nonce = await call<{ nonce: string }>('GET', '/device/v1/nonce', { token: null });
    const session = await call<{ token: string; deviceId: string }>('POST', '/device/v1/session', {
      token: null,
      body: { certificateChain: [device.certificatePem], nonce: nonce.nonce, signature: signNonce(keys.privateKeyPem, nonce.nonce), ...device.profile },
    });
    const rollout = await call<{ id: string }>('POST', '/admin/v1/rollouts', {
      body: {
        releaseId: release.id,
        name: 'contract',
        audience: { channels: ['beta'], firmware: '>=5.0.0' },
        stages: [
          { percent: 50, soakSeconds: 0 },
          { percent: 100, soakSeconds: 0 },
        ],
        policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95, inProgressTimeoutSeconds: 3600 },
      },
    });
    await call('POST', '/admin/v1/rollouts/{id}/{action}', { params: { id: rollout.id, action: 'start' } });
    await call('POST', '/admin/v1/rollouts/preview', {
      body: { releaseId: release.id, stages: [{ percent: 100, soakSeconds: 0 }], policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95 } },
    });
    // Both stages' cohorts together hold every bucket: the second holds the device if the first does not.
    let offer = await call<{ action: string; target?: { path: string } }>('GET', '/device/v1/update', { token: session.token });
    if (offer.action !== 'install') {
      await call('POST', '/admin/v1/rollouts/{id}/{action}', { params: { id: rollout.id, action: 'advance' }, body: { reason: 'contract' } });
      offer = await call('GET', '/device/v1/update', { token: session.token });
    }
    expect(offer.action).toBe('install');
    const target = await device.targetOf(rollout.id);
    for (const status of ['downloading', 'installing'])
      await call('POST', '/device/v1/status', { token: session.token, body: { rolloutId: rollout.id, status, target } });
    const outcomes = [{ key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' }];
    await call('POST', '/device/v1/status', { token: session.token, body: { rolloutId: rollout.id, status: 'succeeded', target, outcomes } });
    await call('GET', '/admin/v1/rollouts/{id}', { params: { id: rollout.id } });
    await call('GET', '/admin/v1/rollouts');
    // The clone overlaps the running original: it supersedes it (D4).
    await call('POST', '/admin/v1/rollouts/{id}/clone', { params: { id: rollout.id }, body: { name: 'contract clone', supersedes: rollout.id } });
    await call('GET', '/admin/v1/devices', { params: {} });
    await call('GET', '/admin/v1/devices/{id}', { params: { id: session.deviceId } });
    await call('GET', '/admin/v1/devices/{id}/events', { params: { id: session.deviceId } });
    await call('POST', '/admin/v1/devices/{id}/tags', { params: { id: session.deviceId }, body: { add: ['contract'] } });
    await call('POST', '/admin/v1/devices/tags', { body: { deviceIds: [session.deviceId], remove: ['contract'] } });
    await call('POST', '/admin/v1/groups', { body: { name: 'contract', deviceIds: [session.deviceId] } });
    await call('POST', '/admin/v1/groups/{name}/devices', { params: { name: 'contract' }, body: { deviceIds: ['0'.repeat(64)] } });
    await call('POST', '/admin/v1/groups/{name}/devices/remove', { params: { name: 'contract' }, body: { deviceIds: ['0'.repeat(64)] } });
    await call('GET', '/admin/v1/groups');
    await call('GET', '/admin/v1/groups/{name}', { params: { name: 'contract' } });
    await call('GET', '/admin/v1/rollouts/{id}/devices', { params: { id: rollout.id } });
    await call('GET', '/admin/v1/rollouts/{id}/history', { params: { id: rollout.id } });
  });

  it('answers the webhook routes as documented (D9)', async () => {
    const created = await call<{ subscription: { id: string } }>('POST', '/admin/v1/webhooks', {
      body: { url: 'http://127.0.0.1:9/hook', events: ['rollout.halted', 'tuf.expiry_warning'] },
    });
    const params = { id: created.subscription.id };
    await call('GET', '/admin/v1/webhooks');
    await call('GET', '/admin/v1/webhooks/{id}/deliveries', { params });
    await call('POST', '/admin/v1/webhooks/{id}/disable', { params });
  });

  it('answers the audit routes as documented', async () => {
    await call('GET', '/admin/v1/audit');
    await call('GET', '/admin/v1/audit/verify');
    await call('GET', '/admin/v1/audit/export');
  });

  it('answers the trust routes as documented, through a rotation that replaces a release signer (D7)', async () => {
    type Trust = { rootVersion: number; pending: { signing: { payloadBase64: string } } | null };
    await call('GET', '/admin/v1/trust');
    expect((await call<{ pending: unknown }>('GET', '/admin/v1/trust/pending')).pending).toBeNull();
    const root1 = parseRoot(fs.readFileSync(path.join(server.keysDir, '1.root.json'), 'utf8')).signed;
    const rootKey = fs.readFileSync(path.join(server.keysDir, 'private', 'root-1.key.pem'), 'utf8');
    const replacement = generateEd25519KeyPair();
    const roles = roleSetupsOf(root1);
    roles.targets = { keys: [roles.targets.keys[0], replacement.publicKey], threshold: 2 };
    const root2 = await signedRoot(roles, 2, [rootKey], new Date(Date.now() + 86_400_000 * 365));
    expect((await call<Trust>('POST', '/admin/v1/trust/root', { body: root2 })).pending).not.toBeNull();
    await call('GET', '/admin/v1/trust/pending');
    await call('POST', '/admin/v1/trust/pending/repropose');
    expect((await call<Trust>('POST', '/admin/v1/trust/pending/cancel')).pending).toBeNull();
    const pending = await call<Trust>('POST', '/admin/v1/trust/root', { body: root2 });
    // The new signer's key is registered to the person who uploads its signature (D5).
    const me = await call<{ user: { id: string } }>('GET', '/admin/v1/me');
    await call('POST', '/admin/v1/users/{id}/signing-keys', { params: { id: me.user.id }, body: { publicKeyPem: replacement.publicKeyPem } });
    const done = await call<Trust>('POST', '/admin/v1/trust/pending/signatures', {
      body: detachedSignature(replacement.privateKeyPem, pending.pending!.signing.payloadBase64),
    });
    expect(done).toMatchObject({ rootVersion: 2, pending: null });
  });

  it('called every operation the document names', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect([...called].sort()).toEqual(documented.sort());
  });
});
