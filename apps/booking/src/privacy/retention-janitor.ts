import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { TenantDb } from '@mo/database';
import { HoldPersonalDataRepository } from './hold-personal-data.repository';

const BATCH = 500;

/** Clears the caller from holds and bookings past the tenant's retention, hourly, one tenant at a time under RLS. */
@Injectable()
export class RetentionJanitor extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly holds: HoldPersonalDataRepository,
  ) {
    super(3600_000, 'clearing personal data past retention');
  }

  protected async pass(): Promise<number> {
    return this.sweepTenants(this.db, await this.holds.orgsWithExpired(500), () => this.holds.forgetExpired(BATCH), { batch: BATCH });
  }
}
