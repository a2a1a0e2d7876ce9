import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

@Injectable()
export class NonceRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Records a signed request's nonce until `expiresAt`, in the current tenant transaction; false if
   * it was used before. Prunes a few of the tenant's expired nonces on the way, so the table stays small.
   */
  async claim(nonce: string, expiresAt: Date, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `WITH pruned AS (
         DELETE FROM tenancy.request_nonces WHERE ctid IN (
           SELECT ctid FROM tenancy.request_nonces WHERE org_id = $1 AND expires_at < $4 LIMIT 20))
       INSERT INTO tenancy.request_nonces (org_id, nonce, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [this.db.orgId, nonce, expiresAt, now],
    );
    return rows.length === 1;
  }
}
