import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../clock/clock';
import { SERVER_CONFIG, type ServerConfig } from '../config/server.config';
import { TRUST_ANCHORS, type TrustAnchors } from '../keys/trust-anchors';
import { RANDOM, systemRandom, type Random } from '../random/random';

export interface AppDependencies {
  config: ServerConfig;
  clock: Clock;
  trust: TrustAnchors;
  random?: Random;
}

/**
 * What every feature reads and nobody owns: configuration, the clock, randomness and the trust anchors. They
 * come in from outside, so tests and `main.ts` build the same app (STYLE: config parsed once, time and keys as
 * inputs).
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    const providers = [
      { provide: SERVER_CONFIG, useValue: deps.config },
      { provide: CLOCK, useValue: deps.clock },
      { provide: TRUST_ANCHORS, useValue: deps.trust },
      { provide: RANDOM, useValue: deps.random ?? systemRandom },
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}
