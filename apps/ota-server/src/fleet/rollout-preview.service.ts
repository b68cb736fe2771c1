import { Inject, Injectable } from '@nestjs/common';
import type { AudienceFilter } from '@app/rollout';
import { Storage } from '../database/storage.service';
import { DeviceRegistryService } from '../devices/device-registry.service';
import { notFound } from '../http/api-error';
import { RANDOM, Random } from '../random/random';
import { findRelease } from '../releases/release.repository';
import { CohortCensusService } from '../rollouts/cohort-census.service';
import type { CreateRolloutDto } from '../rollouts/dto/create-rollout.dto';
import type { RolloutPreviewDto } from './dto/fleet.dto';

/**
 * A plan's reach before it is created (D4: "its expected cohort is computed from the registered devices in the
 * audience"): the same registry walk as the engine's census, with a fresh salt as creating it would draw.
 */
@Injectable()
export class RolloutPreviewService {
  constructor(
    private readonly storage: Storage,
    private readonly census: CohortCensusService,
    private readonly registry: DeviceRegistryService,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async preview(dto: CreateRolloutDto): Promise<RolloutPreviewDto> {
    const release = await this.storage.read((tx) => findRelease(tx, dto.releaseId));
    if (!release) throw notFound(`release ${dto.releaseId}`);
    const audience = (dto.audience ?? {}) as AudienceFilter;
    // Devices seen since the last flush are buffered (D6): register them first, so the preview counts them.
    await this.registry.flush();
    const figures = await this.census.preview({ audience, stages: dto.stages, salt: this.random.hex(16) });
    const warnings: string[] = [];
    if (release.state !== 'published') warnings.push(`release ${release.id} is ${release.state}; only a published release can be rolled out`);
    if (figures.audience === 0) warnings.push('the audience matches no registered device: every stage would hold for lack of samples');
    else
      figures.perStage.forEach((n, i) => {
        if (n === 0) warnings.push(`stage ${i} (${dto.stages[i].percent}%) adds no registered device: it would hold for lack of samples`);
      });
    if (figures.audience > 0 && dto.stages[dto.stages.length - 1].percent < 100)
      warnings.push(`the last stage reaches ${dto.stages[dto.stages.length - 1].percent}% of the audience; the rest never gets the release`);
    return { audienceSize: figures.audience, stages: dto.stages.map((s, i) => ({ percent: s.percent, expectedDevices: figures.perStage[i] })), warnings };
  }
}
