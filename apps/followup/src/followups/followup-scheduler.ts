import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { PeriodicPass } from '@mo/background';
import { FollowupRepository } from './followup.repository';
import { FollowupService } from './followup.service';

export const SCHEDULER_INTERVAL_MS = Symbol('SCHEDULER_INTERVAL_MS');

/**
 * Sends follow-ups that waited for the clinic's sending hours. Schedules live in the database, so
 * they survive restarts; every instance runs one and SKIP LOCKED lets them share the work.
 */
@Injectable()
export class FollowupScheduler extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly followups: FollowupRepository,
    private readonly service: FollowupService,
    private readonly clock: Clock,
    @Inject(SCHEDULER_INTERVAL_MS) intervalMs: number,
  ) {
    super(intervalMs, 'sending due follow-ups');
  }

  protected async pass(): Promise<number> {
    const now = this.clock.now();
    return this.sweepTenants(this.db, await this.followups.orgsWithDue(now), async () => {
      const due = await this.followups.claimDue(now, 50);
      for (const followup of due) await this.service.dispatch(followup);
      return due.length;
    });
  }
}
