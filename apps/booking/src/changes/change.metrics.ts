import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { Counter, Registry } from '@mo/metrics';

/** Change saga transitions, counted once their transaction commits; abandoned ones by reason. */
@Injectable()
export class ChangeMetrics {
  private readonly transitions: Counter<'kind' | 'to' | 'reason'>;

  constructor(
    registry: Registry,
    private readonly db: TenantDb,
  ) {
    this.transitions = new Counter({
      name: 'mo_change_transitions_total',
      help: 'Appointment change saga transitions, by kind (cancel, reschedule), state after and abandon reason',
      labelNames: ['kind', 'to', 'reason'],
      registers: [registry],
    });
  }

  transitioned(kind: string, to: string, reason = ''): void {
    this.db.afterCommit(() => this.transitions.inc({ kind, to, reason }));
  }
}
