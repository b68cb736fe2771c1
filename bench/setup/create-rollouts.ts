/**
 * The benchmark's rollouts, made through the admin API (published, TUF-signed releases; audited transitions):
 * - `fleet`: the Cloud Messaging opt-in at its last stage (100 %) for the whole stable/beta fleet on firmware
 *   < 5.9.0; the seeder gives it a device state for every one of the million devices;
 * - `beta`, `model`, `cohort`: running rollouts that do not offer anything to the polling devices (other channel,
 *   other model, a 1 % cohort the polling devices are chosen outside of), so a no-update poll still evaluates them;
 * - `offer`: a 10 % rollout for devices on 5.9.0, left in draft and started for the "10 % offers" run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AdminClient } from './admin-client';

export interface BenchRollouts {
  fleet: string;
  beta: string;
  model: string;
  cohort: string;
  offer: string;
}

export interface BenchAdmins {
  engineer: AdminClient;
  approver: AdminClient;
}

const POLICY = { maxFailureRate: 0.05, minSamples: 200, confidence: 0.95 };
const DAY = 24 * 3600;
const MANIFESTS = path.join(__dirname, '..', '..', 'firmware-manifests');

export async function createAdmins(admin: AdminClient): Promise<BenchAdmins> {
  // D5: the admin creates each person; each enrolls and makes a token of their own.
  const token = async (name: string, role: string) => {
    const created = await admin.call<{ enrollmentToken: { token: string } }>('POST', '/admin/v1/users', { name, roles: [role] });
    return (await admin.as(created.enrollmentToken.token).call<{ token: string }>('POST', '/admin/v1/me/tokens', { name: `${name}'s token` })).token;
  };
  return { engineer: admin.as(await token('bench-engineer', 'release-engineer')), approver: admin.as(await token('bench-approver', 'approver')) };
}

/** The whole-fleet rollout's manifest, as authored. */
export function optInManifest(): Record<string, unknown> & { stream: string; releaseCounter: number } {
  return JSON.parse(fs.readFileSync(path.join(MANIFESTS, 'cloud-messaging-opt-in.json'), 'utf8')) as Record<string, unknown> & {
    stream: string;
    releaseCounter: number;
  };
}

export async function createRollouts({ engineer, approver }: BenchAdmins): Promise<BenchRollouts> {
  const optIn = optInManifest();
  const publish = async (manifest: Record<string, unknown>) =>
    (await engineer.call<{ id: string; state: string }>('POST', '/admin/v1/releases', { manifest })).id;
  /** A second release stream: same migrations, its own id, stream and firmware. */
  const variant = (name: string) => ({
    ...optIn,
    id: `bench-${name}`,
    stream: `bench-${name}`,
    releaseCounter: 1,
    firmware: { version: '5.10.0' },
    appliesTo: { ...(optIn.appliesTo as object), firmware: '>=5.9.0 <5.10.0' },
  });
  const create = async (name: string, releaseId: string, audience: object, stages: { percent: number; soakSeconds: number }[]) =>
    (await engineer.call<{ id: string }>('POST', '/admin/v1/rollouts', { name, releaseId, audience, stages, policy: POLICY })).id;
  // Some audiences here match no device on purpose (another model, 5.9.0 before anyone runs it): their starts say so.
  const act = (id: string, action: string, as = engineer) =>
    as.call('POST', `/admin/v1/rollouts/${id}/${action}`, action === 'start' ? { allowEmptyAudience: true } : undefined);

  const fleet = await create(
    'bench: Cloud Messaging opt-in (whole fleet)',
    await publish(optIn),
    { channels: ['stable', 'beta'], firmware: '>=5.0.0 <5.9.0' },
    [
      { percent: 1, soakSeconds: 0 },
      { percent: 10, soakSeconds: 0 },
      { percent: 100, soakSeconds: 0 },
    ],
  );
  await act(fleet, 'start');
  await act(fleet, 'approve', approver);
  await act(fleet, 'advance');
  await act(fleet, 'advance');

  const held = [
    { percent: 1, soakSeconds: 30 * DAY },
    { percent: 100, soakSeconds: 0 },
  ];
  const beta = await create('bench: beta channel only', await publish(variant('beta')), { channels: ['beta'] }, [
    { percent: 10, soakSeconds: 30 * DAY },
    { percent: 100, soakSeconds: 0 },
  ]);
  const model = await create('bench: another model', await publish(variant('model')), { models: ['mi-5'] }, [
    { percent: 50, soakSeconds: 30 * DAY },
    { percent: 100, soakSeconds: 0 },
  ]);
  const cohort = await create('bench: 1% cohort', await publish(variant('cohort')), { firmware: '>=5.9.0' }, held);
  for (const id of [beta, model, cohort]) await act(id, 'start');
  const offer = await create('bench: 10% of 5.9.0 devices', await publish(variant('offer')), { firmware: '>=5.9.0' }, [
    { percent: 10, soakSeconds: 30 * DAY },
    { percent: 100, soakSeconds: 0 },
  ]);
  return { fleet, beta, model, cohort, offer };
}

/** Starts a draft rollout through the server at `url` (the one under test, not the setup server). */
export async function startRollout(url: string, { engineer }: BenchAdmins, id: string): Promise<void> {
  await new AdminClient(url, engineer.token).call('POST', `/admin/v1/rollouts/${id}/start`, { allowEmptyAudience: true });
}
