import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, type TestServer } from '../apps/ota-server/test/harness';
import { pinnedTufClient } from '../apps/ota-server/test/tuf-device';
import { readFirmwareManifest } from '../apps/ota-server/test/harness';

/**
 * The README's "Keys and signing in production" walk-through, run as written (D7): the ceremony with ota-admin,
 * a server that holds only the online keys, two people signing a release, a lost release key replaced by a
 * root rotation and a re-sign, and an online key rotation. Then a device pinned to the ceremony's root 1
 * follows to root 3 and installs the release. Only the server start (another terminal in the README) and the
 * admin token it prints are the test's own.
 */

const REPO = path.join(__dirname, '..');

function readmeBlocks(): string[] {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Keys and signing in production'), readme.indexOf('## Running at scale'));
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
}

function bash(script: string, env: Record<string, string>, input = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { cwd: REPO, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(input);
  });
}

describe('README: keys and signing in production, run as written', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-readme-home-'));
  const ceremony = path.join(home, 'ota-ceremony');
  const [ceremonyBlock, startBlock, operationsBlock] = readmeBlocks();
  let server: TestServer;
  let operations: { code: number; out: string; err: string };

  beforeAll(async () => {
    const offline = await bash(ceremonyBlock, { HOME: home });
    expect([offline.code, offline.err]).toEqual([0, expect.not.stringMatching(/ota-admin: /)]);
    expect(startBlock).toContain('KEYS_DIR=~/ota-ceremony/server-keys');
    server = await startServer({ keysDir: path.join(ceremony, 'server-keys'), devTargetsSigning: false });
    // The README's shell keeps its variables from the first block; this one starts a new shell.
    const prelude = ceremonyBlock.slice(0, ceremonyBlock.indexOf('\n# 1.'));
    const script = operationsBlock.replace(/^export OTA_SERVER=.*$/m, `export OTA_SERVER=${server.url} OTA_TOKEN=${server.adminToken}`);
    operations = await bash(`${prelude}\n${script}`, { HOME: home }, 'y\n');
  }, 120_000);
  afterAll(() => server?.close());

  it('the ceremony leaves the server only the root, the first targets, the factory CA and the online keys', () => {
    expect(fs.readdirSync(path.join(ceremony, 'server-keys')).sort()).toEqual(['1.root.json', '1.targets.json', 'factory-ca.cert.pem', 'online']);
    expect(fs.readdirSync(path.join(ceremony, 'server-keys', 'online')).sort()).toEqual(['snapshot.pem', 'timestamp-2.pem', 'timestamp.pem']);
    expect(fs.statSync(path.join(ceremony, 'root-a', 'root.pem')).mode & 0o777).toBe(0o600);
  });

  it('runs every step without an error', () => {
    expect([operations.code, operations.err]).toEqual([0, expect.not.stringMatching(/ota-admin: /)]);
  });

  it('two people signed the release, and it says who', () => {
    // In signing order; the test server's clock stands still, so the two may tie and list by keyid.
    expect(operations.out).toMatch(/^\[ '(sara|tom)', '(sara|tom)' \]$/m);
    expect(operations.out).toContain("'sara'");
    expect(operations.out).toContain("'tom'");
    expect(operations.out).toContain('migrations (3, in this order, all or nothing)');
  });

  it('root 2 replaced the lost key after the re-sign, root 3 the timestamp key at once', async () => {
    const trust = await server.admin<{ rootVersion: number; roles: { targets: { keyids: string[] }; timestamp: { keyids: string[] } } }>(
      'GET',
      '/admin/v1/trust',
    );
    expect(trust.body.rootVersion).toBe(3);
    const keys = await server.admin<{ keyid: string; userName: string; revokedAt: string | null }[]>('GET', '/admin/v1/signing-keys');
    const tom = keys.body.find((k) => k.userName === 'tom')!;
    expect(tom.revokedAt).not.toBeNull();
    expect(trust.body.roles.targets.keyids).not.toContain(tom.keyid);
    expect(operations.out).toContain(trust.body.roles.timestamp.keyids[0]);
  });

  it('a device pinned to the ceremony root 1 follows to root 3 and installs the release', async () => {
    const device = pinnedTufClient(server.url, fs.readFileSync(path.join(ceremony, '1.root.json'), 'utf8'));
    expect(await device.download('manifests/miui-settings/1.json')).toEqual(readFirmwareManifest('cloud-messaging-opt-in.json'));
    expect(device.trustedRootVersion()).toBe(3);
  });
});
