import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { Counter, Registry } from '@mo/metrics';

/** Hold saga transitions, counted once their transaction commits (a rolled-back one never happened). */
@Injectable()
export class SagaMetrics {
  private readonly transitions: Counter<'from' | 'to'>;

  constructor(
    registry: Registry,
    private readonly db: TenantDb,
  ) {
    this.transitions = new Counter({ name: 'mo_saga_transitions_total', help: 'Hold saga transitions, by state before and after', labelNames: ['from', 'to'], registers: [registry] });
  }

  transitioned(from: string, to: string): void {
    this.db.afterCommit(() => this.transitions.inc({ from, to }));
  }
}
