export { installHttpMetrics } from './http-metrics';
export { MessagingMetrics } from './messaging-metrics';
export { MetricsModule } from './metrics.module';
export { Counter, Registry } from 'prom-client';
