import { Inject, Injectable } from '@nestjs/common';
import { Clock, CorrelationContext } from '@mo/context';
import { TenantDb } from '@mo/database';
import { PeriodicPass } from '@mo/background';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository } from './hold.repository';

export const SWEEP_INTERVAL_MS = Symbol('SWEEP_INTERVAL_MS');
const BATCH = 50;

/**
 * Expires holds past their deadline. Every booking instance runs one; claims use SKIP LOCKED, so
 * they share the work, and when an instance dies the others still expire its holds in seconds.
 */
@Injectable()
export class HoldSweeper extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly clock: Clock,
    @Inject(SWEEP_INTERVAL_MS) intervalMs: number,
  ) {
    super(intervalMs, 'expiring holds');
  }

  /** One pass over every tenant with due holds; returns how many it expired. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const expire = async () => {
      const due = await this.holds.claimDue(now, BATCH);
      for (const stored of due) {
        await CorrelationContext.run({ correlationId: stored.correlationId }, () => this.transitions.apply(stored, { type: 'CheckExpiry' }));
      }
      return due.length;
    };
    return this.sweepTenants(this.db, await this.holds.orgsWithDueHolds(now, 500), expire, { batch: BATCH });
  }
}
