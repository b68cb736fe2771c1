import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli, UsageError } from '../src/cli';
import { planFleet } from '../src/fleet/fleet-plan';
import { OPT_IN, publishRelease, startRollout, startWorld, type AgentWorld } from './agent-world';

/** Runs the CLI as `ota-agent ...` does and returns its exit code and output. */
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const code = await runCli(args, out);
  return { code, out: text };
}

describe('ota-agent CLI', () => {
  let world: AgentWorld;

  beforeAll(async () => {
    world = await startWorld();
    await startRollout(world, await publishRelease(world, OPT_IN), { channels: ['beta'] });
  });
  afterAll(() => world.close());

  it('fleet: runs N real agents against the server and prints the summary tables', async () => {
    const dir = path.join(world.devicesDir, 'fleet');
    const { code, out } = await cli([
      'fleet',
      '--server',
      world.server.url,
      '--devices',
      '8',
      '--channels',
      'beta',
      '--user-enabled',
      '0.5',
      '--duration',
      '4',
      '--time-scale',
      '0.01',
      '--dir',
      dir,
      '--keys',
      world.server.keysDir,
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^succeeded\s+8$/m);
    // The outcome table counts each device once per key and op.
    const kept = Number(/setFactoryDefault skipped:user-choice\s+(\d+)/.exec(out)?.[1] ?? 0);
    const applied = Number(/cloud_messaging\.enabled\s+setFactoryDefault applied\s+(\d+)/.exec(out)?.[1] ?? 0);
    expect(kept + applied).toBe(8);
    expect(kept).toBe(
      planFleet(8, { models: [], firmware: [], regions: [], channels: [], failRate: 0, failModels: [], userEnabled: 0.5, factoryReset: 0.1 }).filter(
        (d) => d.userEnabled,
      ).length,
    );
    expect(out).toMatch(/^model\s+succeeded$/m);
  });

  it('inspect: prints settings with their source and consent records', async () => {
    const device = path.join(world.devicesDir, 'fleet', 'device-0');
    const { code, out } = await cli(['inspect', '--dir', device]);
    expect(code).toBe(0);
    expect(out).toMatch(/firmware 5\.9\.0, channel beta/);
    expect(out).toMatch(/^cloud_messaging\.encrypt_identifiers\s+true\s+migration\s+true\s+-$/m);
    expect(out).toMatch(/releases applied: miui-settings #1/);
    // The hardware identity stays on the device: inspect shows settings, never the IMEI.
    const hardware = JSON.parse(fs.readFileSync(path.join(device, 'hardware.json'), 'utf8')) as { imei: string };
    expect(out).not.toContain(hardware.imei);
  });

  describe('--help', () => {
    it.each(['device', 'fleet', 'inspect'])("%s --help prints that command's usage and exits 0", async (command) => {
      for (const args of [
        [command, '--help'],
        [command, '--server', 'x', '-h'],
        ['help', command],
      ]) {
        const { code, out } = await cli(args);
        expect(code).toBe(0);
        expect(out.startsWith(`ota-agent ${command} `)).toBe(true);
      }
    });

    it('prints every command for ota-agent --help, and the real binary prints usage, never a stack', () => {
      const bin = path.resolve(__dirname, '..', 'bin', 'ota-agent.js');
      for (const args of [['--help'], ['fleet', '--help'], ['device', '--help'], ['inspect', '--help']]) {
        const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        expect(run.stdout).toMatch(args.length === 1 ? /ota-agent device .*\n {2}ota-agent fleet .*\n(.*\n)* {2}ota-agent inspect/ : /^ota-agent \w+ /);
      }
      const unknown = spawnSync(process.execPath, [bin, 'fleet', '--bogus'], { encoding: 'utf8' });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(/^ota-agent: Unknown option '--bogus'\n\nota-agent fleet --server URL/);
      expect(unknown.stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('when the arguments are wrong', () => {
    it.each([
      [['fleet', '--devices', '3'], /--server URL and --devices N/],
      [['fleet', '--server', 'http://127.0.0.1:1', '--devices', '3', '--fail-rate', '2'], /--fail-rate must be a probability/],
      [['inspect'], /inspect needs --dir/],
      [['reboot'], /unknown command "reboot"/],
      [['inspect', '--dir'], /--dir <value>/],
    ])('%j is a usage error', async (args, message) => {
      await expect(cli(args)).rejects.toThrow(UsageError);
      await expect(cli(args)).rejects.toThrow(message);
    });
  });
});
