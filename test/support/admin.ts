/**
 * The release engineer's side, through the admin API only (as the README's curl walk-through does): publish a
 * manifest from firmware-manifests/, create, start and approve rollouts, read rollout views and device records,
 * and drive a rollout in rounds on the server's manual clock.
 */
import type { DeviceProfile } from '@app/protocol';
import type { AudienceFilter, HealthPolicy, Stage } from '@app/rollout';
import { readFirmwareManifest } from '../../apps/ota-server/test/harness';
import type { FleetDevice } from './fleet';
import { pollRound } from './fleet';
import type { World } from './world';

export const OPT_IN = 'cloud-messaging-opt-in.json';
export const STRICT = 'cloud-messaging-opt-in-strict.json';
export const STREAM = 'miui-settings';

export interface Release {
  id: string;
  state: string;
  targetPath: string;
  releaseCounter: number;
}

/** The create-rollout body, in the rollout lib's own types. */
export interface RolloutPlan {
  releaseId: string;
  audience?: AudienceFilter;
  stages: Stage[];
  policy: HealthPolicy;
  /** D4: the overlapping rollout of the stream this one replaces (cancelled when this one starts). */
  supersedes?: string;
}

export interface RolloutView {
  id: string;
  state: 'draft' | 'running' | 'paused' | 'completed' | 'halted' | 'cancelled';
  stateReason: string | null;
  stageIndex: number;
  stages: (Stage & { counts: Record<string, number> })[];
  totals: Record<string, number>;
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

export interface DeviceRecord extends DeviceProfile {
  id: string;
  rollouts: { rolloutId: string; status: string; code: string | null; stageIndex: number }[];
}

/** Calls the admin API and insists on `status`; the error names the route and the body. */
export async function adminCall<T>(world: World, method: string, route: string, body?: unknown, token = world.engineer, status = [200, 201]): Promise<T> {
  const res = await world.server.admin<T>(method, route, body, token);
  if (!status.includes(res.status)) throw new Error(`${method} ${route}: expected ${status.join(' or ')}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Publishes a manifest (a file of firmware-manifests/ or a manifest object); dev targets key signs at once. */
export async function publish(world: World, manifest: string | object): Promise<Release> {
  const doc = typeof manifest === 'string' ? readFirmwareManifest(manifest) : manifest;
  const release = await adminCall<Release>(world, 'POST', '/admin/v1/releases', { manifest: doc });
  if (release.state !== 'published') throw new Error(`expected the release to publish at once, got ${release.state}`);
  return release;
}

/** Creates and starts a rollout as the release engineer; a stable-channel one is approved by the approver (D5). */
export async function startRollout(world: World, plan: RolloutPlan): Promise<string> {
  const created = await adminCall<RolloutView & { requiresApproval: boolean }>(world, 'POST', '/admin/v1/rollouts', plan);
  // The world's devices register on their first poll, after the start: the start says it knows (AUDIENCE_EMPTY otherwise).
  await adminCall(world, 'POST', `/admin/v1/rollouts/${created.id}/start`, { allowEmptyAudience: true });
  if (created.requiresApproval) await adminCall(world, 'POST', `/admin/v1/rollouts/${created.id}/approve`, undefined, world.approver);
  return created.id;
}

export function rolloutView(world: World, id: string): Promise<RolloutView> {
  return adminCall<RolloutView>(world, 'GET', `/admin/v1/rollouts/${id}`);
}

export function deviceRecord(world: World, deviceId: string): Promise<DeviceRecord> {
  return adminCall<DeviceRecord>(world, 'GET', `/admin/v1/devices/${deviceId}`);
}

/** What the server recorded for one device in one rollout (its history row), or undefined. */
export async function serverStatus(world: World, rolloutId: string, deviceId: string): Promise<{ status: string; code: string | null } | undefined> {
  const row = (await deviceRecord(world, deviceId)).rollouts.find((r) => r.rolloutId === rolloutId);
  return row && { status: row.status, code: row.code };
}

export interface RoundTrace {
  round: number;
  state: RolloutView['state'];
  stageIndex: number;
  percent: number;
}

const TERMINAL = ['completed', 'halted', 'cancelled'];

/**
 * Drives a rollout in rounds: every device polls once (and installs what it is offered), then the server clock
 * moves `stepSeconds` and one rollout-engine pass runs. Stops once the rollout ended, then lets every device poll
 * `settleRounds` more times (offered devices finish or cancel). Returns the state seen at each round.
 */
export async function driveRollout(
  world: World,
  rolloutId: string,
  devices: readonly FleetDevice[],
  o: { stepSeconds: number; maxRounds?: number; settleRounds?: number },
): Promise<{ trace: RoundTrace[]; view: RolloutView }> {
  const trace: RoundTrace[] = [];
  for (let round = 0; round < (o.maxRounds ?? 20); round += 1) {
    const view = await rolloutView(world, rolloutId);
    trace.push({ round, state: view.state, stageIndex: view.stageIndex, percent: view.stages[view.stageIndex].percent });
    if (TERMINAL.includes(view.state)) break;
    await pollRound(devices);
    world.server.clock.advanceSeconds(o.stepSeconds);
    await world.server.tick();
  }
  for (let i = 0; i < (o.settleRounds ?? 1); i += 1) await pollRound(devices);
  return { trace, view: await rolloutView(world, rolloutId) };
}
