import { Injectable } from '@nestjs/common';
import { SmsPurpose } from '@mo/contracts';
import { TenantDb } from '@mo/database';
import { Counter, Registry } from '@mo/metrics';

/** SMS outcomes by purpose, counted once the transaction that recorded them commits. */
@Injectable()
export class SmsMetrics {
  private readonly outcomes: Counter<'purpose' | 'outcome' | 'reason'>;
  private readonly storeRetries: Counter<'purpose'>;
  private readonly swept: Counter<'purpose'>;

  constructor(
    registry: Registry,
    private readonly db: TenantDb,
  ) {
    this.outcomes = new Counter({
      name: 'mo_sms_total',
      help: 'SMS outcomes: accepted by the provider, delivered, failed (with the reason), or canceled before sending (its code voided)',
      labelNames: ['purpose', 'outcome', 'reason'],
      registers: [registry],
    });
    this.swept = new Counter({
      name: 'mo_sms_unsettled_swept_total',
      help: "Sends a crash left without the provider's answer, reported failed by the sweeper",
      labelNames: ['purpose'],
      registers: [registry],
    });
    this.storeRetries = new Counter({
      name: 'mo_sms_store_retries_total',
      help: "Provider answers whose storing had to wait for the database (a restart, a lost connection)",
      labelNames: ['purpose'],
      registers: [registry],
    });
  }

  recorded(purpose: SmsPurpose, outcome: 'accepted' | 'delivered' | 'failed' | 'canceled', reason = ''): void {
    this.db.afterCommit(() => this.outcomes.inc({ purpose, outcome, reason }));
  }

  /** Counted at once: it happens outside any transaction. */
  storeRetried(purpose: SmsPurpose): void {
    this.storeRetries.inc({ purpose });
  }

  sweptUnsettled(purpose: SmsPurpose | 'unknown'): void {
    this.db.afterCommit(() => this.swept.inc({ purpose }));
  }
}
