import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { TenantDb } from '@mo/database';
import { SmsPersonalDataRepository } from './sms-personal-data.repository';

const BATCH = 500;

/** Clears phones from challenges and messages past the tenant's retention, hourly, one tenant at a time under RLS. */
@Injectable()
export class RetentionJanitor extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly sms: SmsPersonalDataRepository,
  ) {
    super(3600_000, 'clearing personal data past retention');
  }

  protected async pass(): Promise<number> {
    return this.sweepTenants(this.db, await this.sms.orgsWithExpired(500), () => this.sms.forgetExpired(BATCH), { batch: BATCH });
  }
}
