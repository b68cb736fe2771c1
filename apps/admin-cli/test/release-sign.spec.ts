import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalBytes, generateEd25519KeyPair } from '@app/manifest';
import { readFirmwareManifest, startServer, type TestServer } from '../../ota-server/test/harness';
import type { ReleaseView } from '../src/client/api-types';
import { cli, tempDir } from './run-cli';
import { startTamperingProxy, type TamperingProxy } from './tampering-proxy';

const MANIFESTS = path.join(__dirname, '../../../firmware-manifests');
const OPT_IN = path.join(MANIFESTS, 'cloud-messaging-opt-in.json');
const STRICT = path.join(MANIFESTS, 'cloud-messaging-opt-in-strict.json');

/** Two release signers (threshold 2) whose keys the server does not hold (D3 production shape). */
describe('ota-admin release sign against a real server', () => {
  let server: TestServer;
  let proxy: TamperingProxy;
  let env: Record<string, string>;
  let signerKeys: string[];
  /** Each signer's own configuration: the key is registered to them, so only their token may upload its signature (D5). */
  let signerEnv: Record<string, string>[];
  const dir = tempDir('ota-admin-sign-');

  /** An admin creates the signer and registers their public key; the signer enrolls and makes their own token. */
  async function enrollSigner(name: string, role: string, privateKeyFile: string): Promise<Record<string, string>> {
    const created = await cli(['users', 'create', name, '--role', role, '--json'], { env });
    expect(created.code).toBe(0);
    const { user, enrollmentToken } = JSON.parse(created.out) as { user: { id: string }; enrollmentToken: { token: string } };
    const own = await cli(['tokens', 'create', '--name', `${name}'s laptop`, '--json'], { env: { ...env, OTA_TOKEN: enrollmentToken.token } });
    expect(own.code).toBe(0);
    const shown = await cli(['keys', 'show', privateKeyFile, '--json'], { env });
    const publicFile = `${privateKeyFile}.pub`;
    fs.writeFileSync(publicFile, (JSON.parse(shown.out) as { publicKeyPem: string }).publicKeyPem);
    const registered = await cli(['signing-keys', 'register', '--user', user.id, '--key', publicFile], { env });
    expect([registered.code, registered.err]).toEqual([0, '']);
    return { OTA_SERVER: server.url, OTA_TOKEN: (JSON.parse(own.out) as { token: string }).token };
  }

  beforeAll(async () => {
    server = await startServer({ targetsKeys: 2, targetsThreshold: 2, withholdTargetsKeys: 2, devTargetsSigning: false });
    proxy = await startTamperingProxy(server.url);
    env = { OTA_SERVER: server.url, OTA_TOKEN: server.adminToken };
    signerKeys = server.withheldTargetsKeys.map((pem, i) => {
      const file = path.join(dir, `signer-${i + 1}.pem`);
      fs.writeFileSync(file, pem, { mode: 0o600 });
      return file;
    });
    signerEnv = [await enrollSigner('rita', 'release-engineer', signerKeys[0]!), await enrollSigner('sam', 'approver', signerKeys[1]!)];
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  const release = async (id: string) => (await server.admin<ReleaseView>('GET', `/admin/v1/releases/${id}`)).body;
  const create = async (file: string): Promise<string> => {
    const { code, out } = await cli(['release', 'create', file, '--json'], { env });
    expect(code).toBe(0);
    return (JSON.parse(out) as ReleaseView).id;
  };

  it('two signers review and sign; the release publishes at the second signature', async () => {
    const id = await create(OPT_IN);
    expect((await cli(['release', 'list'], { env })).out).toContain(id);

    // The admin token holds no registered key: the server refuses its upload of rita's signature.
    const notOwner = await cli(['release', 'sign', id, '--key', signerKeys[0]!, '--yes'], { env });
    expect([notOwner.code, notOwner.err]).toEqual([1, expect.stringMatching(/^ota-admin: NOT_KEY_OWNER: /m)]);

    const first = await cli(['release', 'sign', id, '--key', signerKeys[0]!, '--manifest', OPT_IN, '--yes'], { env: signerEnv[0] });
    expect(first.err).not.toMatch(/ota-admin: [A-Z_]+:/);
    expect(first.code).toBe(0);
    // What the signer approves, in words (D7).
    expect(first.out).toContain('You are asked to sign targets metadata v2');
    expect(first.out).toContain('+ added: manifests/miui-settings/1.json');
    expect(first.out).toContain('stream miui-settings, release counter 1, firmware 5.9.0');
    expect(first.out).toContain(
      'audience: models mi-3, mi-4, redmi-1s, redmi-note; firmware >=5.0.0 <5.9.0; channels stable, beta; regions cn, in, sg, my, id, global',
    );
    expect(first.out).toContain('1. set the factory default of cloud_messaging.enabled to false (new users and after a factory reset; current values stay)');
    expect(first.out).toMatch(/2\. FORCE cloud_messaging\.encrypt_identifiers to true, overriding user choices; reason: "Identifiers kept/);
    expect(first.out).toContain('1 of 2 valid signatures; threshold not met yet');
    expect((await release(id)).state).toBe('proposed');

    const second = await cli(['release', 'sign', id, '--key', signerKeys[1]!, '--yes'], { env: signerEnv[1] });
    expect(second.code).toBe(0);
    expect(second.out).toContain(`threshold met, release ${id} is published`);
    const published = await release(id);
    expect(published.state).toBe('published');
    // Who signed with which key, as the release shows it.
    const shown = JSON.parse((await cli(['release', 'show', id, '--json'], { env })).out) as { signatures: { userName: string }[] };
    // Both people, in signing order (the test server's clock stands still, so the two may tie and list by keyid).
    expect(shown.signatures.map((sig) => sig.userName).sort()).toEqual(['rita', 'sam']);
  });

  describe('when the proposal adds the strict manifest', () => {
    let id: string;
    beforeAll(async () => {
      id = await create(STRICT);
    });
    afterEach(() => {
      proxy.rewrite = undefined;
      proxy.posts.length = 0;
    });
    const signVia = (url: string, extra: string[] = [], input?: string) =>
      cli(['release', 'sign', id, '--key', signerKeys[0]!, ...extra], { env: { ...signerEnv[0], OTA_SERVER: url }, input });

    it('names the ops against the published v2: setIfNotUserChosen keeps choices', async () => {
      const { code, out } = await signVia(server.url, ['--manifest', STRICT], 'n\n');
      expect(code).toBe(1); // declined below; the review itself passed
      expect(out).toContain('1 added, 0 changed, 0 removed, 1 unchanged');
      expect(out).toContain('set cloud_messaging.enabled to false where the user has not chosen (keeps existing choices)');
    });

    it('refuses a payload that is not the canonical JSON of what it shows, and uploads nothing', async () => {
      proxy.rewrite = (view) => {
        const signing = view.signing as { payloadBase64: string };
        const shown = Buffer.from(signing.payloadBase64, 'base64').toString('utf8');
        const other = shown.replace(/"version":(\d+)/, (_, v: string) => `"version":${Number(v) + 1}`);
        expect(other).not.toBe(shown);
        signing.payloadBase64 = Buffer.from(other).toString('base64');
        return view;
      };
      const { code, err } = await signVia(proxy.url, ['--yes']);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: PAYLOAD_MISMATCH: /m);
      expect(proxy.posts).toEqual([]);
    });

    it('refuses shown metadata that differs from the payload, and uploads nothing', async () => {
      proxy.rewrite = (view) => {
        (view.signing as { signed: { expires: string } }).signed.expires = '2099-01-01T00:00:00Z';
        return view;
      };
      const { code, err } = await signVia(proxy.url, ['--yes']);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: PAYLOAD_MISMATCH: /m);
      expect(proxy.posts).toEqual([]);
    });

    it('refuses a manifest shown that is not the one whose hash is signed, even with a consistent payload', async () => {
      proxy.rewrite = (view) => {
        (view.manifest as { firmware: { version: string } }).firmware.version = '5.9.9';
        return view;
      };
      const { code, err } = await signVia(proxy.url, ['--yes']);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: CONTENT_MISMATCH: manifests\/miui-settings\/2\.json/m);
      expect(proxy.posts).toEqual([]);
    });

    it('checks the server-sent contents: right bytes pass the review, other bytes are refused', async () => {
      const bytes = (version: string) => {
        const doc = readFirmwareManifest('cloud-messaging-opt-in-strict.json') as { firmware: { version: string } };
        doc.firmware.version = version;
        return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`).toString('base64');
      };
      const withContents = (b64: string) => (view: Record<string, unknown>) => {
        (view.signing as { contents: Record<string, string> }).contents = { 'manifests/miui-settings/2.json': b64 };
        return view;
      };
      proxy.rewrite = withContents(bytes('5.9.1'));
      const passed = await signVia(proxy.url, [], 'n\n');
      expect(passed.err).toMatch(/ota-admin: DECLINED: /);
      expect(passed.err).not.toContain('sent no target contents');
      expect(passed.out).toContain('firmware 5.9.1 after install');

      proxy.rewrite = withContents(bytes('5.9.9'));
      const refused = await signVia(proxy.url, ['--yes']);
      expect(refused.err).toMatch(/^ota-admin: CONTENT_MISMATCH: /m);
      expect(proxy.posts).toEqual([]);
    });

    it("refuses when the signer's own manifest file is not the one proposed", async () => {
      const { code, err } = await signVia(proxy.url, ['--manifest', OPT_IN, '--yes']);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: MANIFEST_MISMATCH: .*cloud-messaging-opt-in\.json matches none/m);
      expect(proxy.posts).toEqual([]);
    });

    it('refuses a key that the current root does not list as a targets key', async () => {
      const stranger = path.join(dir, 'stranger.pem');
      fs.writeFileSync(stranger, generateEd25519KeyPair().privateKeyPem);
      const { code, err } = await cli(['release', 'sign', id, '--key', stranger, '--yes'], { env: { ...signerEnv[0], OTA_SERVER: proxy.url } });
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: KEY_NOT_IN_ROOT: /m);
      expect(proxy.posts).toEqual([]);
    });

    it('uploads nothing when the signer declines at the confirmation', async () => {
      const { code, out, err } = await signVia(proxy.url, [], 'n\n');
      expect(out).toContain('Sign targets v3');
      expect(code).toBe(1);
      expect(err).toMatch(/ota-admin: DECLINED: not signed/);
      expect(proxy.posts).toEqual([]);
      expect((await release(id)).signing?.validKeyIds).toEqual([]);
    });

    it('signs when the signer confirms', async () => {
      const { code, out } = await signVia(proxy.url, [], 'y\n');
      expect(code).toBe(0);
      expect(out).toContain('1 of 2 valid signatures');
      expect(proxy.posts).toEqual([`POST /admin/v1/releases/${id}/signatures`]);
      // The signature covers the canonical bytes of the metadata shown.
      const view = await release(id);
      expect(view.signing?.payloadBase64).toBe(canonicalBytes(view.signing?.signed, 'targets').toString('base64'));
    });
  });

  describe('when the server refuses', () => {
    it('prints its code and message and exits 1', async () => {
      const { code, err } = await cli(['release', 'show', '00000000-0000-4000-8000-000000000000'], { env });
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: NOT_FOUND: release 00000000-0000-4000-8000-000000000000 not found\n$/m);
      const badToken = await cli(['release', 'list'], { env: { ...env, OTA_TOKEN: 'wrong-token' } });
      expect(badToken.code).toBe(1);
      expect(badToken.err).toMatch(/^ota-admin: [A-Z_]+: /m);
    });
  });
});
