import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CommonConfig, prefetchOf } from '@mo/config';
import { APPS } from '@mo/contracts';
import { DatabaseModule } from '@mo/database';
import { DeadLetterAdminModule } from '@mo/dead-letters';
import { CorrelationInterceptor } from '@mo/http';
import { MessagingModule } from '@mo/messaging';
import { MessagingMetrics, MetricsModule } from '@mo/metrics';
import { CoreModule } from './core.module';
import { ErrorFilter } from './error.filter';
import { HealthController } from './health.controller';
import { ShutdownState } from './shutdown-state';

export interface PlatformOptions {
  app: string;
  schema: string;
  config: CommonConfig;
}

/** What every app stands on: clock and ids, a tenant-scoped database, messaging, health, the operators' dead-letter API. */
@Module({})
export class PlatformModule {
  static forRoot({ app, schema, config }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CoreModule,
        MetricsModule.forRoot(app),
        DatabaseModule.forRoot({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE, applicationName: app, preparedStatements: config.DB_PREPARED_STATEMENTS === 'on' }),
        MessagingModule.forRoot({
          app,
          schema,
          url: config.AMQP_URL,
          prefix: config.AMQP_PREFIX,
          prefetch: prefetchOf(config),
          retryDelaysMs: config.RETRY_DELAYS_MS,
          observer: MessagingMetrics,
        }),
        DeadLetterAdminModule.forRoot({ app, broker: { url: config.ADMIN_AMQP_URL || config.AMQP_URL, prefix: config.AMQP_PREFIX, apps: APPS }, adminTokens: config.ADMIN_TOKENS }),
      ],
      controllers: [HealthController],
      providers: [
        ShutdownState,
        { provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [ShutdownState, DeadLetterAdminModule],
    };
  }
}
