import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { MessagingObserver, OutboxRow } from '@mo/messaging';

/** What the transport did with each message, by contract type. */
@Injectable()
export class MessagingMetrics extends MessagingObserver {
  private readonly publishedTotal: Counter<'type'>;
  private readonly consumedTotal: Counter<'type' | 'outcome'>;

  constructor(registry: Registry) {
    super();
    this.publishedTotal = new Counter({ name: 'mo_events_published_total', help: 'Messages the outbox relay published, confirmed by the broker', labelNames: ['type'], registers: [registry] });
    this.consumedTotal = new Counter({
      name: 'mo_events_consumed_total',
      help: 'Messages consumed, by outcome: handled, duplicate (absorbed by the inbox), retried, dead_lettered',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    });
  }

  override published(row: OutboxRow): void {
    this.publishedTotal.inc({ type: row.envelope.type });
  }

  override consumed(type: string, outcome: 'handled' | 'duplicate' | 'retried' | 'dead_lettered'): void {
    this.consumedTotal.inc({ type, outcome });
  }
}
