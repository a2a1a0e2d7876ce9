import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { type ErasureRequest, type ErasureStatus, erasureStatus, recordDeadLettersErased, recordErasureStep, requestCallerErasure } from '@mo/privacy';

/** The erasure ledger (ops.caller_erasures and its steps) as booking writes and reads it, under the tenant's RLS. */
@Injectable()
export class CallerErasureRepository {
  constructor(private readonly db: TenantDb) {}

  async tenantExists(): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM tenancy.orgs WHERE org_id = $1`, [this.db.orgId])).length === 1;
  }

  request(request: Omit<ErasureRequest, 'orgId'>): Promise<void> {
    return requestCallerErasure(this.db, { ...request, orgId: this.db.orgId });
  }

  deadLettersErased(erasureId: string, count: number): Promise<void> {
    return recordDeadLettersErased(this.db, this.db.orgId, erasureId, count);
  }

  step(erasureId: string, rowsChanged: number, deferred: number, at: Date): Promise<void> {
    return recordErasureStep(this.db, this.db.orgId, { erasureId, app: 'booking', rowsChanged, deferred, at });
  }

  status(erasureId: string): Promise<ErasureStatus | undefined> {
    return erasureStatus(this.db, this.db.orgId, erasureId);
  }
}
