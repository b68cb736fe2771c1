/**
 * D4: a report is bound to its offer. The server signs the release id into the manifest target's custom data and
 * names the release in its answers; the agent refuses an answer whose release is not the one signed into its
 * target, and every report names the target path and, once TUF has verified it, its SHA-256. A proxy on the
 * device's path records what the device sent, and plays the man in the middle where a test needs one. Each test
 * has a rollout to its own region, so their counts stay apart.
 */
import { parseTargets } from '@app/manifest';
import type { ReportedTarget } from '@app/protocol';
import { TufRepositoryService } from '../../ota-server/src/tuf/tuf-repository.service';
import { isClientError } from '../src/client/client-error';
import { DeviceClient } from '../src/client/device-client';
import {
  OPT_IN,
  STRICT,
  agentFor,
  makeDevice,
  publishRelease,
  rolloutView,
  serverStatus,
  snapshotOf,
  cancelLiveRollouts,
  startRollout,
  startWorld,
  type AgentWorld,
} from './agent-world';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from './recording-proxy';

const PATH = 'manifests/miui-settings/1.json';
const ANOTHER_RELEASE = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

const isPoll = (req: ProxiedRequest) => req.method === 'GET' && req.url.startsWith('/device/v1/update');
const isReport = (req: ProxiedRequest) => req.method === 'POST' && req.url === '/device/v1/status';

describe('reports bound to the offer (D4)', () => {
  let world: AgentWorld;
  let proxy: RecordingProxy;
  let releaseId: string;
  /** What the published targets metadata lists for the manifest. */
  let verified: Required<ReportedTarget>;

  beforeAll(async () => {
    world = await startWorld();
    releaseId = await publishRelease(world, OPT_IN);
    proxy = await startRecordingProxy(world.server.url);
    const listed = parseTargets(world.server.app.get(TufRepositoryService).state().targets).signed.targets[PATH];
    verified = { path: PATH, sha256: listed.hashes.sha256 };
  });
  beforeEach(() => {
    proxy.exchanges.length = 0;
    proxy.hooks = {};
  });
  afterAll(async () => {
    await proxy.close();
    await world.close();
  });

  const deviceIn = async (region: string, channel?: string) => {
    const device = await makeDevice(world, { profile: { region, ...(channel ? { channel } : {}) } });
    return { device, ...agentFor(world, device, { serverUrl: proxy.url }) };
  };
  const sentReports = () => proxy.reports().map((r) => [r.status, r.target]);

  it('signs the release id into the manifest target, and the install answer names the same release', () => {
    const listed = parseTargets(world.server.app.get(TufRepositoryService).state().targets).signed.targets[PATH];
    expect(listed.custom).toEqual({ kind: 'ota-manifest', id: 'cloud-messaging-opt-in', stream: 'miui-settings', releaseCounter: 1, releaseId });
  });

  it('names the target path and the verified SHA-256 in every report of an install', async () => {
    const rollout = await startRollout(world, releaseId, { regions: ['in'] });
    const { agent, events } = await deviceIn('in');

    expect(await agent.pollOnce()).toMatchObject({ rolloutId: rollout, status: 'succeeded' });

    expect(proxy.exchanges.find((e) => isPoll(e))?.answer).toMatchObject({ action: 'install', rolloutId: rollout, releaseId, target: { path: PATH } });
    expect(sentReports()).toEqual([
      ['downloading', verified],
      ['installing', verified],
      ['succeeded', verified],
    ]);
    expect(events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.target)).toEqual([verified, verified, verified]);
  });

  it('names the target of the offer it cancels, by path only (nothing was verified)', async () => {
    const halted = await startRollout(world, releaseId, { regions: ['my'] });
    const { device, agent } = await deviceIn('my');
    await new DeviceClient({ serverUrl: world.server.url, credentials: device.credentials(), profile: () => device.profile() }).poll();
    await world.server.admin('POST', `/admin/v1/rollouts/${halted}/halt`, { reason: 'support tickets' });

    expect(await agent.pollOnce()).toMatchObject({ action: 'cancel', status: 'cancelled' });

    expect(sentReports()).toEqual([['cancelled', { path: PATH }]]);
    expect(await serverStatus(world, halted, device.id)).toEqual({ status: 'cancelled', code: 'CANCELLED' });
  });

  describe('when the answer names another release than the one signed into its target', () => {
    it('refuses it with OFFER_MISMATCH before downloading, and changes nothing', async () => {
      const rollout = await startRollout(world, releaseId, { regions: ['sg'] });
      const { device, agent, events } = await deviceIn('sg');
      const before = await snapshotOf(device);
      proxy.hooks.rewrite = (req, answer) => (isPoll(req) ? { ...(answer as object), releaseId: ANOTHER_RELEASE } : answer);

      expect(await agent.pollOnce()).toMatchObject({ action: 'install', status: 'failed', code: 'OFFER_MISMATCH' });

      expect(await snapshotOf(device)).toEqual(before);
      expect(device.slotTable()).toMatchObject({ active: 'A', pending: null, lastInstall: null });
      expect(sentReports()).toEqual([['failed', verified]]);
      expect(events.at(-1)).toMatchObject({
        type: 'status',
        detail: expect.stringContaining(`signed for release ${ANOTHER_RELEASE}, got release "${releaseId}"`),
      });
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'failed', code: 'OFFER_MISMATCH' });
    });
  });

  describe('when a proxy swaps only the rollout id (release 1 offered as the rollout of release 2)', () => {
    it('the device installs the signed release 1, its reports to the other rollout are refused, and no rollout is skewed', async () => {
      const strictRelease = await publishRelease(world, STRICT);
      // Release 2's rollout is for another region: this device is not in it, and must not be counted in it.
      const other = await startRollout(world, strictRelease, { regions: ['cn'], channels: ['stable'] });
      const own = await startRollout(world, releaseId, { regions: ['global'], channels: ['stable'] });
      const { device, agent, events } = await deviceIn('global', 'stable');
      proxy.hooks.rewrite = (req, answer) =>
        isPoll(req) && (answer as { rolloutId?: string }).rolloutId === own ? { ...(answer as object), rolloutId: other } : answer;

      await agent.pollOnce();

      // Release 1 is what TUF verified and the device installed; every report names it, so the server refuses
      // them for release 2's rollout (409 REPORT_MISMATCH) and stores nothing there.
      expect(device.profile().firmwareVersion).toBe('5.9.0');
      expect(sentReports()).toEqual([
        ['downloading', verified],
        ['installing', verified],
        ['succeeded', verified],
      ]);
      expect(proxy.exchanges.filter(isReport).map((e) => [e.status, (e.answer as { code?: string }).code])).toEqual(Array(3).fill([409, 'REPORT_MISMATCH']));
      expect(events.filter((e) => e.type === 'status')).toEqual([]);
      const skewed = await rolloutView(world, other);
      expect({ totals: skewed.totals, outcomes: skewed.outcomes }).toMatchObject({ totals: { succeeded: 0, offered: 0 }, outcomes: {} });
      expect(await serverStatus(world, other, device.id)).toBeUndefined();

      // Without the man in the middle, the device's own rollout gets its report, outcomes once.
      proxy.hooks = {};
      expect(await agent.pollOnce()).toMatchObject({ rolloutId: own, status: 'succeeded' });
      const view = await rolloutView(world, own);
      expect(view.totals.succeeded).toBe(1);
      expect(view.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(1);
    });
  });

  describe('when the refusal comes before TUF has verified the target (a target the metadata does not list)', () => {
    it('reports the path only', async () => {
      await startRollout(world, releaseId, { regions: ['id'] });
      const { device, agent } = await deviceIn('id');
      const before = await snapshotOf(device);
      const missing = { path: 'manifests/miui-settings/9.json', stream: 'miui-settings', releaseCounter: 9 };
      proxy.hooks.rewrite = (req, answer) => (isPoll(req) ? { ...(answer as object), target: missing } : answer);

      expect(await agent.pollOnce()).toMatchObject({ status: 'failed', code: 'TARGET_NOT_FOUND' });

      // The server is free to refuse it (it is not the rollout's target): what matters is what the device claimed.
      expect(sentReports()).toEqual([['failed', { path: missing.path }]]);
      expect(await snapshotOf(device)).toEqual(before);
    });
  });

  describe('when the server refuses a report with REPORT_MISMATCH', () => {
    it('records each refusal as an event without retrying, and sends the kept outcomes when offered again', async () => {
      await cancelLiveRollouts(world);
      const rollout = await startRollout(world, releaseId, { regions: ['global'] });
      const { device, agent, events } = await deviceIn('global');
      proxy.hooks.intercept = (req) =>
        isReport(req) ? { status: 409, body: { code: 'REPORT_MISMATCH', message: 'the rollout ships another target' } } : undefined;

      expect(await agent.pollOnce()).toMatchObject({ status: 'succeeded' });

      expect(sentReports().map(([status]) => status)).toEqual(['downloading', 'installing', 'succeeded']);
      expect(events.filter((e) => e.type === 'report-refused')).toEqual(
        ['downloading', 'installing', 'succeeded'].map((status) => ({
          type: 'report-refused',
          rolloutId: rollout,
          status,
          target: verified,
          apiCode: 'REPORT_MISMATCH',
          detail: expect.stringContaining('409 REPORT_MISMATCH'),
        })),
      );
      expect(events.filter((e) => e.type === 'status')).toEqual([]);
      expect(device.lastInstall()).toMatchObject({ reported: false });

      proxy.hooks = {};
      expect(await agent.pollOnce()).toMatchObject({ action: 'install', rolloutId: rollout, status: 'succeeded' });
      expect(proxy.reports().at(-1)).toMatchObject({ status: 'succeeded', target: verified, outcomes: device.lastInstall()?.outcomes });
      expect(device.lastInstall()).toMatchObject({ reported: true });
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'succeeded', code: null });
    });
  });

  describe('when the final report is answered 503 (the storage is down)', () => {
    it('backs off, and sends it again with the kept outcomes when the install is offered again', async () => {
      await cancelLiveRollouts(world);
      const rollout = await startRollout(world, releaseId, { regions: ['cn'] });
      const { device, agent } = await deviceIn('cn');
      let refused = 0;
      proxy.hooks.intercept = (req) => {
        if (!isReport(req) || (req.body as { status: string }).status !== 'succeeded' || refused++ > 0) return undefined;
        return { status: 503, headers: { 'retry-after': '1' }, body: { code: 'STORAGE_UNAVAILABLE', message: 'nothing was stored; retry' } };
      };

      const error = await agent.pollOnce().catch((e: unknown) => e);
      expect(isClientError(error, 'OVERLOADED') && error.retryAfterSeconds).toBe(1);
      expect(device.profile().firmwareVersion).toBe('5.9.0');
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'installing', code: null });

      expect(await agent.pollOnce()).toMatchObject({ action: 'install', rolloutId: rollout, status: 'succeeded' });
      const [first, again] = proxy.reports().filter((r) => r.status === 'succeeded');
      expect(again).toEqual(first);
      expect(again).toMatchObject({ target: verified, outcomes: expect.arrayContaining([expect.objectContaining({ key: 'cloud_messaging.enabled' })]) });
      expect(await serverStatus(world, rollout, device.id)).toEqual({ status: 'succeeded', code: null });
      const view = await rolloutView(world, rollout);
      expect(view.totals.succeeded).toBe(1);
      expect(view.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(1);
    });
  });
});
