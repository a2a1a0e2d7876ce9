import { Inject, Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { TenantDb } from '@mo/database';
import { DeadLetterAdminService } from './dead-letter-admin.service';

export const JANITOR_APP = Symbol('DEAD_LETTER_JANITOR_APP');

/** The retention of a letter without a (known) tenant: tenancy.orgs' default. */
const DEFAULT_RETENTION_DAYS = 30;

/**
 * Each app drops its own dead letters once they are older than their tenant's retention, hourly,
 * with an audit row naming them (operator `retention-janitor`, via `janitor`). Instances of one app
 * may run it together: a letter held by one sweep is invisible to the other.
 */
@Injectable()
export class DeadLetterJanitor extends PeriodicPass {
  constructor(
    private readonly admin: DeadLetterAdminService,
    private readonly db: TenantDb,
    @Inject(JANITOR_APP) private readonly app: string,
  ) {
    super(3600_000, 'expiring dead letters');
  }

  protected async pass(): Promise<number> {
    const retention = new Map<string, number>();
    const retentionDays = async (orgId: string | null): Promise<number> => {
      if (!orgId || !/^[0-9a-f-]{36}$/i.test(orgId)) return DEFAULT_RETENTION_DAYS;
      if (!retention.has(orgId)) {
        const [row] = await this.db.run(orgId, () => this.db.query<{ retention_days: number }>(`SELECT retention_days FROM tenancy.orgs WHERE org_id = $1`, [orgId]));
        retention.set(orgId, row?.retention_days ?? DEFAULT_RETENTION_DAYS);
      }
      return retention.get(orgId)!;
    };
    const report = await this.admin.with((ops) => ops.expire(this.app, retentionDays, { operator: 'retention-janitor', via: 'janitor' }));
    return report?.ids.length ?? 0;
  }
}
