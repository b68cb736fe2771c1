import type { paths } from './schema';

/** The JSON body of a 200/201 answer, as the server's OpenAPI document declares it (D9). */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer B }
      ? JsonOf<B>
      : never
  : never;

export type Me = Ok<'/admin/v1/me', 'get'>;
export type Role = Me['user']['roles'][number];
export type RolloutSummary = Ok<'/admin/v1/rollouts', 'get'>[number];
export type RolloutView = Ok<'/admin/v1/rollouts/{id}', 'get'>;
export type StageCounts = Omit<RolloutView['totals'], 'health'>;
export type StageHealth = RolloutView['totals']['health'];
export type RolloutAction = paths['/admin/v1/rollouts/{id}/{action}']['post']['parameters']['path']['action'];
export type ReleaseSummary = Ok<'/admin/v1/releases', 'get'>[number];
export type ReleaseView = Ok<'/admin/v1/releases/{id}', 'get'>;
export type DevicePage = Ok<'/admin/v1/devices', 'get'>;
export type DeviceDetail = Ok<'/admin/v1/devices/{id}', 'get'>;
export type AuditEntry = Ok<'/admin/v1/audit', 'get'>[number];
export type AuditVerification = Ok<'/admin/v1/audit/verify', 'get'>;
export type TrustView = Ok<'/admin/v1/trust', 'get'>;
export type Health = Ok<'/health', 'get'>;
