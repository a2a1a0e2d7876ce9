import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { FollowupRepository } from './followup.repository';
import { FollowupService } from './followup.service';

export const SCHEDULER_INTERVAL_MS = Symbol('SCHEDULER_INTERVAL_MS');

/**
 * Sends follow-ups that waited for the clinic's sending hours. Schedules live in the database, so
 * they survive restarts; every instance runs one and SKIP LOCKED lets them share the work.
 */
@Injectable()
export class FollowupScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FollowupScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: TenantDb,
    private readonly followups: FollowupRepository,
    private readonly service: FollowupService,
    private readonly clock: Clock,
    @Inject(SCHEDULER_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  runOnce(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<number> {
    const now = this.clock.now();
    let handled = 0;
    try {
      for (const orgId of await this.followups.orgsWithDue(now)) {
        handled += await this.db.run(orgId, async () => {
          const due = await this.followups.claimDue(now, 50);
          for (const followup of due) await this.service.dispatch(followup);
          return due.length;
        });
      }
    } catch (error) {
      this.logger.warn(`follow-up pass failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return handled;
  }
}
