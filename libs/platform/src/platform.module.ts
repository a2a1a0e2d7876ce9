import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CommonConfig } from '@mo/config';
import { DatabaseModule } from '@mo/database';
import { CorrelationInterceptor } from '@mo/http';
import { MessagingModule } from '@mo/messaging';
import { CoreModule } from './core.module';
import { ErrorFilter } from './error.filter';
import { HealthController } from './health.controller';
import { ShutdownState } from './shutdown-state';

export interface PlatformOptions {
  app: string;
  schema: string;
  config: CommonConfig;
}

/** What every app stands on: clock and ids, a tenant-scoped database, messaging, health. */
@Module({})
export class PlatformModule {
  static forRoot({ app, schema, config }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CoreModule,
        DatabaseModule.forRoot({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE, applicationName: app }),
        MessagingModule.forRoot({
          app,
          schema,
          url: config.AMQP_URL,
          prefix: config.AMQP_PREFIX,
          prefetch: config.AMQP_PREFETCH,
          retryDelaysMs: config.RETRY_DELAYS_MS,
        }),
      ],
      controllers: [HealthController],
      providers: [
        ShutdownState,
        { provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [ShutdownState],
    };
  }
}
