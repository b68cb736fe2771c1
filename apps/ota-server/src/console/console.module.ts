import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { SERVER_CONFIG, type ServerConfig } from '../config/server.config';
import { registerConsoleRoutes } from './console-routes';

/** D9: serves the built web console (apps/console) at /console, beside the API it calls; not in the OpenAPI document. */
@Module({})
export class ConsoleModule implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    registerConsoleRoutes(this.adapter.httpAdapter.getInstance<FastifyInstance>(), this.config.consoleDir);
  }
}
