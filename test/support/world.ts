/**
 * One end-to-end world: a real server (apps/ota-server/test/harness.ts: real modules and migrations, a fresh sqlite
 * file, real keys, a ManualClock starting at the real now), the two people a stable-channel release needs (a
 * release engineer and a second-person approver, D5), and what a factory needs to make devices for it: the
 * factory CA and the pinned 1.root.json the firmware ships (D3).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addUser, startServer, type TestServer, type TestServerOptions } from '../../apps/ota-server/test/harness';

export interface World {
  /** Replaced by `restart()`: always read it through the world. */
  server: TestServer;
  factoryCa: { certPem: string; privateKeyPem: string };
  pinnedRootJson: string;
  /** The server TLS CA the firmware pins when the server speaks HTTPS (`tls` option; D5 transport). */
  pinnedServerCaPem?: string;
  devicesDir: string;
  /** Admin tokens: a release engineer drives releases and rollouts, an approver approves (D5). */
  engineer: string;
  approver: string;
  /** The next index into the device key pool: every device of one world has its own key. */
  nextKey: number;
  /** Stops the server and starts another on the same database and keys (a restart; the URL changes). */
  restart(): Promise<void>;
  /** Stops the server (flushing its buffers and checkpointing its database) and keeps the devices. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export async function startWorld(options: TestServerOptions = {}): Promise<World> {
  const server = await startServer(options);
  const read = (file: string) => fs.readFileSync(path.join(server.keysDir, file), 'utf8');
  const token = async (name: string, role: string) => (await addUser(server, name, [role])).token;
  let serverRunning = true;
  const world: World = {
    server,
    factoryCa: { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') },
    pinnedRootJson: read('1.root.json'),
    pinnedServerCaPem: server.tlsCaPem,
    devicesDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ota-e2e-devices-')),
    engineer: await token('alice', 'release-engineer'),
    approver: await token('bob', 'approver'),
    nextKey: 0,
    restart: async () => {
      await world.stopServer();
      world.server = await startServer({ ...options, shareWith: world.server });
      serverRunning = true;
    },
    stopServer: async () => {
      if (!serverRunning) return;
      serverRunning = false;
      await world.server.close();
    },
    close: async () => {
      await world.stopServer();
      fs.rmSync(world.devicesDir, { recursive: true, force: true });
      // The harness's temporary directory (keys, database, log): startServer made it with mkdtemp.
      const serverDir = path.dirname(world.server.keysDir);
      if (path.basename(serverDir).startsWith('ota-server-') && path.dirname(serverDir) === os.tmpdir()) fs.rmSync(serverDir, { recursive: true, force: true });
    },
  };
  return world;
}
