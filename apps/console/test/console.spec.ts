/**
 * D9 end to end in real Chromium: a release engineer signs in with her token, starts a rollout and watches it
 * advance while real agents install (the page polls), halts it, and finds the devices that failed with their
 * codes; a second person, an approver, signs in and approves the stable rollout she created (D5). Each main page
 * passes axe with no serious or critical violation, and nothing is loaded from anywhere but the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_MIX, planFleet } from '../../device-agent/src/fleet/fleet-plan';
import { OPT_IN, adminCall, publish, rolloutView, type RolloutView } from '../../../test/support/admin';
import { manufactureFleet, pollRound, specFromPlan, type FleetDevice } from '../../../test/support/fleet';
import { startWorld, type World } from '../../../test/support/world';
import { evidenceDir, launchChromium, screenshot, seriousViolations } from './support/browser';
import { CONSOLE_DIST } from './support/build';

const FAILING_MODEL = 'redmi-note';
/** Generous for a loaded 2-core machine; every wait is for an element or a text, never a fixed time. */
const WAIT = { timeout: 20_000 };

describe('the console, in Chromium', () => {
  let world: World;
  let browser: Browser;
  let page: Page;
  let shots: string;
  let devices: FleetDevice[];
  let releaseId: string;
  let betaRollout: string;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWorld({ env: { CONSOLE_DIR: CONSOLE_DIST } }), launchChromium()]);
    shots = evidenceDir();
    // Beta devices, half of one model whose new firmware does not boot: they fall back and report BOOT_FAILED.
    const plans = planFleet(
      16,
      { ...DEFAULT_MIX, models: ['mi-4', FAILING_MODEL], channels: ['beta'], failModels: [FAILING_MODEL], failRate: 1, factoryReset: 0 },
      5,
    );
    devices = await manufactureFleet(world, plans.map(specFromPlan));
    releaseId = (await publish(world, OPT_IN)).id;
    betaRollout = await createRollout('beta', 'opt-in to beta');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(world.server.url) && !r.url().startsWith('data:')) offOrigin.push(r.url());
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  /** As the release engineer (world.engineer, alice): a draft with a lenient policy, so it advances despite failures. */
  async function createRollout(channel: string, name: string): Promise<string> {
    const created = await adminCall<RolloutView>(world, 'POST', '/admin/v1/rollouts', {
      releaseId,
      name,
      audience: { channels: [channel] },
      stages: [
        { percent: 50, soakSeconds: 60 },
        { percent: 100, soakSeconds: 60 },
      ],
      policy: { maxFailureRate: 0.95, minSamples: 3, confidence: 0.9, allowSmallCohort: true },
    });
    return created.id;
  }

  async function signIn(token: string, name: string): Promise<void> {
    await page.goto(`${world.server.url}/console/`);
    await page.getByLabel('Admin token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('who').getByText(name, { exact: true }).waitFor(WAIT);
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin token').waitFor(WAIT);
  }

  async function openRollout(name: string): Promise<void> {
    await page.getByRole('link', { name: 'Rollouts', exact: true }).click();
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor(WAIT);
  }

  /** Confirms an action in its dialog, with a reason when given. */
  async function act(label: string, reason?: string): Promise<void> {
    await page.getByRole('group', { name: 'Rollout actions' }).getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(WAIT);
    if (reason !== undefined) await dialog.getByLabel(/Reason/).fill(reason);
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
  }

  const badge = () => page.getByRole('heading', { level: 1 }).locator('.badge');

  async function expectAccessible(name: string): Promise<void> {
    // The pointer off the charts: no tooltip over the evidence.
    await page.mouse.move(0, 0);
    await screenshot(page, shots, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('signs the release engineer in with her token and lists the rollouts at a glance', async () => {
    await signIn(world.engineer, 'alice');
    const row = page.locator(`tr[data-rollout="${betaRollout}"]`);
    await row.getByText('draft').waitFor(WAIT);
    expect(await row.getByRole('link').textContent()).toBe('opt-in to beta');
    await expectAccessible('rollouts');
  });

  it('starts the rollout after a confirmation, and follows it to its next stage while the agents install', async () => {
    // The fleet is online before the start (a start into an audience with no registered device is AUDIENCE_EMPTY).
    await pollRound(devices);
    await openRollout('opt-in to beta');
    await act('Start');
    await badge().getByText('running').waitFor(WAIT);

    await pollRound(devices);
    world.server.clock.advanceSeconds(120);
    await world.server.tick();
    expect((await rolloutView(world, betaRollout)).stageIndex).toBe(1);
    // The page polls: stage 2 becomes the current one without a reload.
    await page.locator('li[data-stage="1"][aria-current="step"]').waitFor(WAIT);

    await pollRound(devices);
    const view = await rolloutView(world, betaRollout);
    const all = view.totals as unknown as { health: { failures: number; samples: number } };
    expect(all.health.samples).toBe(devices.length);
    await page.locator('[data-section="failure-rate"] tr', { hasText: 'All' }).getByText(`${all.health.failures} / ${all.health.samples}`).waitFor(WAIT);
    await page.getByTestId('cloud-messaging').waitFor(WAIT);
    await expectAccessible('rollout-running');
  });

  it('halts it only with a reason, and shows why it halted', async () => {
    await page.getByRole('group', { name: 'Rollout actions' }).getByRole('button', { name: 'Halt', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Halt', exact: true }).click();
    // The reason is required: the dialog stays open and nothing was sent.
    expect(await dialog.isVisible()).toBe(true);
    expect((await rolloutView(world, betaRollout)).state).toBe('running');
    await dialog.getByLabel(/Reason/).fill(`BOOT_FAILED on ${FAILING_MODEL}`);
    await dialog.getByRole('button', { name: 'Halt', exact: true }).click();
    await badge().getByText('halted').waitFor(WAIT);
    await page.getByTestId('state-reason').getByText(`BOOT_FAILED on ${FAILING_MODEL}`).waitFor(WAIT);
    expect((await rolloutView(world, betaRollout)).state).toBe('halted');
  });

  it('lists the devices that failed with their codes, and opens one with its history', async () => {
    const failed = devices.filter((d) => d.spec.profile.model === FAILING_MODEL);
    expect(failed.length).toBeGreaterThan(2);
    const section = page.locator('[data-section="problem-devices"]');
    for (const d of failed) await section.locator(`tr[data-device="${d.id}"]`).getByText('BOOT_FAILED').waitFor(WAIT);
    expect(await section.locator('tbody tr').count()).toBe(failed.length);
    await section.getByLabel('Code').selectOption('BOOT_FAILED');
    expect(await section.locator('tbody tr').count()).toBe(failed.length);

    await section.locator(`tr[data-device="${failed[0].id}"]`).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Device/ }).waitFor(WAIT);
    await page.locator('[data-section="device-rollouts"]').getByText('BOOT_FAILED').waitFor(WAIT);
    await page
      .locator('[data-section="device-history"]')
      .getByText(/Not available|rolled-back/)
      .first()
      .waitFor(WAIT);
    await expectAccessible('device');
  });

  it('shows who signed the release with which key', async () => {
    await page.getByRole('link', { name: 'Releases', exact: true }).click();
    await page.getByRole('link', { name: 'cloud-messaging-opt-in' }).click();
    const signatures = page.locator('[data-section="signatures"] tbody tr');
    await signatures.first().waitFor(WAIT);
    expect(await signatures.count()).toBeGreaterThan(0);
    await expectAccessible('release');
  });

  it('lists the devices, the audit log with its verification, and the key expiries', async () => {
    await page.getByRole('link', { name: 'Devices', exact: true }).click();
    await page.locator('main tbody tr').first().waitFor(WAIT);
    await expectAccessible('devices');

    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByText('rollout.halt').first().waitFor(WAIT);
    await page.getByRole('button', { name: 'Verify the hash chain' }).click();
    await page
      .getByTestId('audit-verification')
      .getByText(/The chain holds: \d+ entries verified/)
      .waitFor(WAIT);
    await expectAccessible('audit');

    await page.getByRole('link', { name: 'Keys', exact: true }).click();
    for (const role of ['root', 'targets', 'snapshot', 'timestamp']) await page.locator(`tr[data-role="${role}"]`).getByText('ok').waitFor(WAIT);
    await expectAccessible('keys');
  });

  it('lets a second person, an approver, approve the stable rollout the engineer created; not the engineer herself', async () => {
    const stableRollout = await createRollout('stable', 'opt-in to stable');
    // No stable device here: the rollout only serves the approval (its devices would register later).
    await adminCall(world, 'POST', `/admin/v1/rollouts/${stableRollout}/start`, { allowEmptyAudience: true });
    await openRollout('opt-in to stable');
    const actions = page.getByRole('group', { name: 'Rollout actions' });
    await actions.getByRole('button', { name: 'Halt', exact: true }).waitFor(WAIT);
    expect(await actions.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page.getByTestId('approval').filter({ hasText: "waiting for a second person's approval" }).waitFor(WAIT);

    await signOut();
    await signIn(world.approver, 'bob');
    await openRollout('opt-in to stable');
    // An approver approves; steering is the release engineer's.
    expect(await actions.getByRole('button', { name: 'Halt', exact: true }).count()).toBe(0);
    await act('Approve');
    await page.getByTestId('approval').filter({ hasText: 'approved by bob' }).waitFor(WAIT);
    expect((await rolloutView(world, stableRollout)).state).toBe('running');
    await expectAccessible('rollout-approved');
  });

  it('loaded nothing from anywhere but the server, and threw no error', () => {
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the README screenshot beside its source when asked (UPDATE_CONSOLE_SCREENSHOT=1)', () => {
    const running = path.join(shots, 'rollout-running.png');
    expect(fs.existsSync(running)).toBe(true);
    if (process.env.UPDATE_CONSOLE_SCREENSHOT === '1') fs.copyFileSync(running, path.join(__dirname, '..', 'screenshot.png'));
  });
});
