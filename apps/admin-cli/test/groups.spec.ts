import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer, type TestServer } from '../../ota-server/test/harness';
import { TestDevice } from '../../ota-server/test/test-device';
import { cli, tempDir } from './run-cli';

/** Device groups and tags (D8) from the CLI against a real server: create from a CSV or ids, list, show, tag. */
describe('ota-admin groups and devices tag against a real server', () => {
  let server: TestServer;
  let env: Record<string, string>;
  let devices: TestDevice[];
  beforeAll(async () => {
    server = await startServer();
    env = { OTA_SERVER: server.url, OTA_TOKEN: server.adminToken };
    devices = await TestDevice.fleet(server, 3, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }));
  });
  afterAll(() => server.close());

  it('creates groups from a CSV with a deviceId column and from ids given, then lists and shows them', async () => {
    const csv = path.join(tempDir('ota-groups-'), 'lab.csv');
    fs.writeFileSync(csv, `site,deviceId\nsz,${devices[0].id}\nsz,${devices[1].id}\n\n`);
    const made = await cli(['groups', 'create', 'lab', '--csv', csv], { env });
    expect([made.code, made.out.trim()]).toEqual([0, 'group lab: 2 device id(s), 2 registered']);
    const plain = path.join(tempDir('ota-groups-'), 'plain.csv');
    fs.writeFileSync(plain, `${devices[2].id}\n`);
    const mixed = await cli(['groups', 'create', 'pilot', '--csv', plain, '--device', 'cd'.repeat(32), '--json'], { env });
    expect(JSON.parse(mixed.out)).toMatchObject({ name: 'pilot', size: 2, registered: 1 });
    expect((await cli(['groups', 'list'], { env })).out).toMatch(/lab\W+2\W+2\W+admin[\s\S]*pilot\W+2\W+1\W/);
    const shown = await cli(['groups', 'show', 'lab'], { env });
    expect(shown.out.trim().split('\n').slice(1)).toEqual([devices[0].id, devices[1].id].sort());
  });

  it('refuses a malformed id (the server says which) and a create without ids', async () => {
    const bad = await cli(['groups', 'create', 'bad', '--device', 'nope'], { env });
    expect([bad.code, bad.err]).toEqual([1, expect.stringMatching(/VALIDATION_FAILED/)]);
    expect((await cli(['groups', 'create', 'empty'], { env })).code).toBe(2);
  });

  it('tags and untags a device', async () => {
    const tagged = await cli(['devices', 'tag', devices[0].id, '--add', 'field', 'lab'], { env });
    expect([tagged.code, tagged.out.trim()]).toEqual([0, `${devices[0].id}: field, lab`]);
    const untagged = await cli(['devices', 'tag', devices[0].id, '--remove', 'lab', '--json'], { env });
    expect(JSON.parse(untagged.out)).toEqual({ deviceId: devices[0].id, tags: ['field'], registered: true });
  });
});
