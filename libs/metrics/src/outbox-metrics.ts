import { Injectable } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { OutboxRepository } from '@mo/messaging';

/** The outbox backlog, read across tenants (a discovery function) when Prometheus scrapes. */
@Injectable()
export class OutboxMetrics {
  constructor(registry: Registry, outbox: OutboxRepository) {
    let last: Promise<{ count: number; oldestAgeSeconds: number; quarantined: number }> | undefined;
    // The three gauges share one query per scrape.
    const read = () => (last ??= outbox.backlog().finally(() => setImmediate(() => (last = undefined))));
    const gauge = (name: string, help: string, pick: (b: Awaited<ReturnType<typeof read>>) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          this.set(pick(await read().catch(() => ({ count: NaN, oldestAgeSeconds: NaN, quarantined: NaN }))));
        },
      });
    gauge('mo_outbox_backlog', 'Committed messages not yet published', (b) => b.count);
    gauge('mo_outbox_oldest_age_seconds', 'Age of the oldest unpublished message (0 when none)', (b) => b.oldestAgeSeconds);
    gauge('mo_outbox_quarantined', 'Messages the relay could never publish; see last_error in the outbox', (b) => b.quarantined);
  }
}
