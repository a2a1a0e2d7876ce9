import { DynamicModule, Global, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { MessagingMetrics } from './messaging-metrics';
import { MetricsController } from './metrics.controller';
import { OutboxMetrics } from './outbox-metrics';

/**
 * One Prometheus registry per app instance (never prom-client's global one: tests run several apps
 * in one process), labelled with the app, served at `GET /metrics`.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        {
          provide: Registry,
          useFactory: () => {
            const registry = new Registry();
            registry.setDefaultLabels({ app });
            collectDefaultMetrics({ register: registry });
            return registry;
          },
        },
        MessagingMetrics,
        OutboxMetrics,
      ],
      exports: [Registry, MessagingMetrics],
    };
  }
}
