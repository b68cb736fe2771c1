import * as fs from 'node:fs';
import * as path from 'node:path';
import { adoptRepository, ed25519Signer, generateEd25519KeyPair, initRepository, tufKeyFromPublicPem } from '@app/manifest';
import { cli, tempDir } from './run-cli';

/** The offline ceremony (D7): no server anywhere in this file. */
describe('ota-admin root and targets ceremony', () => {
  const dir = tempDir('ota-admin-root-');
  const at = (name: string) => path.join(dir, name);
  const keyIdOf = (name: string) => tufKeyFromPublicPem(fs.readFileSync(at(`${name}.pem.pub`), 'utf8')).keyID;

  beforeAll(async () => {
    for (const name of ['root-a', 'root-b', 'root-c', 'root-d', 'signer-1', 'signer-2', 'signer-3', 'snapshot', 'timestamp']) {
      expect((await cli(['keys', 'generate', '--out', at(`${name}.pem`)])).code).toBe(0);
    }
  });

  const init = () =>
    cli([
      'root', 'init', '--out', at('1.root.json'),
      '--root-key', at('root-a.pem.pub'), at('root-b.pem.pub'), at('root-c.pem.pub'), '--root-threshold', '2',
      '--targets-key', at('signer-1.pem.pub'), '--targets-key', at('signer-2.pem.pub'), '--targets-threshold', '2',
      '--snapshot-key', at('snapshot.pem.pub'), '--timestamp-key', at('timestamp.pem.pub'),
    ]); // prettier-ignore

  it('init writes an unsigned root with the keys and thresholds given, as libs/manifest writes roots', async () => {
    expect((await init()).code).toBe(0);
    const root = JSON.parse(fs.readFileSync(at('1.root.json'), 'utf8'));
    expect(root.signatures).toEqual([]);
    expect(root.signed).toMatchObject({ _type: 'root', version: 1, consistent_snapshot: true });
    expect(root.signed.roles.root).toEqual({ keyids: [keyIdOf('root-a'), keyIdOf('root-b'), keyIdOf('root-c')], threshold: 2 });
    expect(root.signed.roles.targets).toEqual({ keyids: [keyIdOf('signer-1'), keyIdOf('signer-2')], threshold: 2 });
    const days = (Date.parse(root.signed.expires) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThanOrEqual(365);

    const k = generateEd25519KeyPair();
    const signer = ed25519Signer(k.privateKeyPem);
    const reference = await initRepository({
      roles: {
        root: { keys: [k.publicKey], threshold: 1 },
        targets: { keys: [k.publicKey], threshold: 1 },
        snapshot: { keys: [k.publicKey], threshold: 1 },
        timestamp: { keys: [k.publicKey], threshold: 1 },
      },
      signers: { root: [signer], targets: [signer], snapshot: signer, timestamp: signer },
      now: new Date(),
    });
    expect(root.signed.spec_version).toBe(JSON.parse(reference.roots[0]!).signed.spec_version);
  });

  describe('when init is run again on the same file', () => {
    it('refuses to overwrite the ceremony file', async () => {
      const { code, err } = await init();
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: FILE_EXISTS: /);
    });
  });

  it('verify reports thresholds while keyholders sign, and exits non-zero until 2 of 3 have', async () => {
    const unsigned = await cli(['root', 'verify', at('1.root.json')]);
    expect(unsigned.code).toBe(1);
    expect(unsigned.out).toContain('own root keys (root v1): 0 of 2 needed: NOT met');

    expect((await cli(['root', 'sign', at('1.root.json'), '--key', at('root-a.pem')])).code).toBe(0);
    const half = await cli(['root', 'verify', at('1.root.json')]);
    expect(half.code).toBe(1);
    expect(half.out).toContain('own root keys (root v1): 1 of 2 needed: NOT met');
    expect(half.err).toMatch(/^ota-admin: THRESHOLD_NOT_MET: /);

    const second = await cli(['root', 'sign', at('1.root.json'), '--key', at('root-c.pem')]);
    expect(second.out).toContain('own root keys (root v1): 2 of 2 needed: met');
    const full = await cli(['root', 'verify', at('1.root.json'), '--json']);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.out).checks[0].status).toMatchObject({ threshold: 2, thresholdMet: true, validKeyIds: [keyIdOf('root-a'), keyIdOf('root-c')] });
  });

  describe('when a key that the root does not list signs', () => {
    it('refuses and leaves the file as it was', async () => {
      const before = fs.readFileSync(at('1.root.json'), 'utf8');
      const { code, err } = await cli(['root', 'sign', at('1.root.json'), '--key', at('signer-1.pem')]);
      expect(code).toBe(1);
      expect(err).toMatch(/^ota-admin: KEY_NOT_IN_ROOT: /);
      expect(fs.readFileSync(at('1.root.json'), 'utf8')).toBe(before);
    });
  });

  it('targets init + sign by two signers: the server adopts the ceremony files (1.root.json, 1.targets.json)', async () => {
    expect((await cli(['targets', 'init', '--out', at('1.targets.json')])).code).toBe(0);
    for (const signer of ['signer-1', 'signer-2']) {
      const { code, out } = await cli(['targets', 'sign', at('1.targets.json'), '--key', at(`${signer}.pem`), '--root', at('1.root.json')]);
      expect(code).toBe(0);
      expect(out).toContain(signer === 'signer-1' ? '1 of 2 needed: NOT met' : '2 of 2 needed: met');
    }
    const stranger = await cli(['targets', 'sign', at('1.targets.json'), '--key', at('root-a.pem'), '--root', at('1.root.json')]);
    expect(stranger.err).toMatch(/^ota-admin: KEY_NOT_IN_ROOT: /);
    const online = (name: string) => ed25519Signer(fs.readFileSync(at(`${name}.pem`), 'utf8'));
    const state = await adoptRepository({
      roots: [fs.readFileSync(at('1.root.json'), 'utf8')],
      targets: fs.readFileSync(at('1.targets.json'), 'utf8'),
      signers: { snapshot: online('snapshot'), timestamp: online('timestamp') },
      now: new Date(),
    });
    expect(JSON.parse(state.timestamp).signed.version).toBe(1);
  });

  it('rotate writes root v2 that verifies against v1 once both key sets have signed', async () => {
    const rotated = await cli([
      'root', 'rotate', '--from', at('1.root.json'), '--out', at('2.root.json'),
      '--add-key', `root=${at('root-d.pem.pub')}`, '--remove-key', `root=${keyIdOf('root-a')}`,
      '--add-key', `targets=${at('signer-3.pem.pub')}`, '--remove-key', `targets=${keyIdOf('signer-1')}`, '--threshold', 'root=2',
    ]); // prettier-ignore
    expect(rotated.code).toBe(0);
    expect(rotated.out).toContain('re-signed');
    const root2 = JSON.parse(fs.readFileSync(at('2.root.json'), 'utf8'));
    expect(root2.signed.version).toBe(2);
    expect(root2.signed.roles.root.keyids).toEqual([keyIdOf('root-b'), keyIdOf('root-c'), keyIdOf('root-d')]);
    expect(root2.signed.roles.targets.keyids).toEqual([keyIdOf('signer-2'), keyIdOf('signer-3')]);

    const v = () => cli(['root', 'verify', at('2.root.json'), '--previous', at('1.root.json')]);
    expect((await cli(['root', 'verify', at('2.root.json')])).code).toBe(1); // the previous root was not checked
    // root-a left in v2 but may still sign for v1's threshold; root-d is new and signs for v2's.
    expect((await cli(['root', 'sign', at('2.root.json'), '--key', at('root-a.pem')])).err).toMatch(/KEY_NOT_IN_ROOT/);
    for (const key of ['root-a', 'root-b'])
      expect((await cli(['root', 'sign', at('2.root.json'), '--key', at(`${key}.pem`), '--previous', at('1.root.json')])).code).toBe(0);
    const partly = await v();
    expect(partly.code).toBe(1);
    expect(partly.out).toContain('own root keys (root v2): 1 of 2 needed: NOT met');
    expect(partly.out).toContain('previous root keys (root v1): 2 of 2 needed: met');

    expect((await cli(['root', 'sign', at('2.root.json'), '--key', at('root-d.pem'), '--previous', at('1.root.json')])).code).toBe(0);
    const done = await v();
    expect(done.code).toBe(0);
    expect(done.out).toContain('own root keys (root v2): 2 of 2 needed: met');

    // The server's adoption checks the same chain (TUF 5.3), with the new targets keys.
    const targets = await cli(['targets', 'sign', at('1.targets.json'), '--key', at('signer-3.pem'), '--root', at('2.root.json')]);
    expect(targets.out).toContain('2 of 2 needed: met');
    const online = (name: string) => ed25519Signer(fs.readFileSync(at(`${name}.pem`), 'utf8'));
    await expect(
      adoptRepository({
        roots: [fs.readFileSync(at('1.root.json'), 'utf8'), fs.readFileSync(at('2.root.json'), 'utf8')],
        targets: fs.readFileSync(at('1.targets.json'), 'utf8'),
        signers: { snapshot: online('snapshot'), timestamp: online('timestamp') },
        now: new Date(),
      }),
    ).resolves.toBeDefined();
  });

  describe('when rotate is asked for an impossible threshold', () => {
    it('refuses as a usage error and writes nothing', async () => {
      const { code, err } = await cli(['root', 'rotate', '--from', at('1.root.json'), '--out', at('x.root.json'), '--threshold', 'targets=3']);
      expect(code).toBe(2);
      expect(err).toContain('targets: expected a threshold between 1 and 2');
      expect(fs.existsSync(at('x.root.json'))).toBe(false);
    });
  });
});
