import { Inject, Injectable } from '@nestjs/common';
import { Clock, CorrelationContext } from '@mo/context';
import { TenantDb } from '@mo/database';
import { PeriodicPass } from '@mo/background';
import { SWEEP_INTERVAL_MS } from '../holds/hold-sweeper';
import { ChangeTransitions } from './change-transitions';
import { ChangeRepository } from './change.repository';

const BATCH = 50;

/** Abandons changes past their deadline, freeing their new slots; shared by every booking instance through SKIP LOCKED. */
@Injectable()
export class ChangeSweeper extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly changes: ChangeRepository,
    private readonly transitions: ChangeTransitions,
    private readonly clock: Clock,
    @Inject(SWEEP_INTERVAL_MS) intervalMs: number,
  ) {
    super(intervalMs, 'expiring appointment changes');
  }

  /** One pass over every tenant with due changes; returns how many it abandoned. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const expire = async () => {
      const due = await this.changes.claimDue(now, BATCH);
      for (const stored of due) {
        await CorrelationContext.run({ correlationId: stored.correlationId }, () => this.transitions.apply(stored, { type: 'Expire' }));
      }
      return due.length;
    };
    return this.sweepTenants(this.db, await this.changes.orgsWithDueChanges(now, 500), expire, { batch: BATCH });
  }
}
