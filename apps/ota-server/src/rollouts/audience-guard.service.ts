import { Injectable } from '@nestjs/common';
import type { AudienceFilter, Stage } from '@app/rollout';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { ApiError } from '../http/api-error';
import { CohortCensusService } from './cohort-census.service';
import type { RolloutEntity } from './rollout.entity';

/**
 * D4, D8: a rollout whose audience matches no registered device would hold for ever for lack of samples (a
 * mistyped group or tag reaches nobody, silently): its start is refused. Counted by the census walk, the same
 * one the preview shows, with the rollout's own salt.
 */
@Injectable()
export class AudienceGuard {
  constructor(
    private readonly census: CohortCensusService,
    private readonly registry: DeviceRegistryService,
  ) {}

  async refuseEmpty(r: RolloutEntity): Promise<void> {
    if (r.state !== 'draft') return;
    // Devices seen since the last flush are buffered (D6): register them first, so they count.
    await this.registry.flush();
    const figures = await this.census.preview({ audience: JSON.parse(r.audience) as AudienceFilter, stages: JSON.parse(r.stages) as Stage[], salt: r.salt });
    if (figures.audience === 0)
      throw new ApiError(409, 'AUDIENCE_EMPTY', 'the audience matches no registered device (check its groups, tags and other criteria with the preview)');
  }
}
