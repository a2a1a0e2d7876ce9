import { Inject, Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { TenantDb } from '@mo/database';

/** An app's personal fields that its tenants' retention ends (a repository; the SQL stays with the app). */
export interface ExpiringPersonalData {
  /** Tenants with rows past their retention that still hold personal data; ids only, across tenants. */
  orgsWithExpired(limit: number): Promise<string[]>;
  /** Clears up to `batch` rows of the current tenant past its retention; how many it cleared. */
  forgetExpired(batch: number): Promise<number>;
}

export const EXPIRING_PERSONAL_DATA = Symbol('EXPIRING_PERSONAL_DATA');

const BATCH = 500;

/** Clears an app's personal data past the tenant's retention, hourly, one tenant at a time under RLS. */
@Injectable()
export class RetentionJanitor extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    @Inject(EXPIRING_PERSONAL_DATA) private readonly data: ExpiringPersonalData,
  ) {
    super(3600_000, 'clearing personal data past retention');
  }

  protected async pass(): Promise<number> {
    return this.sweepTenants(this.db, await this.data.orgsWithExpired(BATCH), () => this.data.forgetExpired(BATCH), { batch: BATCH });
  }
}
