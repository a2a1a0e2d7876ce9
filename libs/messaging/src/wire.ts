import type { Options } from 'amqplib';
import { Envelope } from '@mo/contracts';

/** Our own headers. Attempts are counted here rather than read from `x-death`, which brokers rewrite. */
export const Headers = {
  attempts: 'x-mo-attempts',
  originalRoutingKey: 'x-mo-original-routing-key',
  firstFailureAt: 'x-mo-first-failure-at',
  lastFailureAt: 'x-mo-last-failure-at',
  error: 'x-mo-error',
  errorClass: 'x-mo-error-class',
  reason: 'x-mo-dead-letter-reason',
  consumer: 'x-mo-consumer',
  replayedFrom: 'x-replayed-from',
} as const;

export function envelopeProperties(envelope: Envelope, appId: string): Options.Publish {
  return {
    persistent: true,
    contentType: 'application/json',
    messageId: envelope.messageId,
    correlationId: envelope.correlationId,
    type: envelope.type,
    appId,
    timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000),
    headers: { 'x-mo-version': envelope.version, 'x-mo-org-id': envelope.orgId },
  };
}
