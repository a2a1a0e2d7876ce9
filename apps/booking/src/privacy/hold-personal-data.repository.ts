import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

/** What a hold keeps of its caller once it is past retention or erased: nothing. */
const FORGET_CALLER = `caller_phone = '', caller_first_name = NULL`;

/**
 * A hold whose lifecycle is over and which is older than the tenant's retention (tenancy.orgs,
 * read under this tenant's row-level security, by the database's clock): released or cancelled
 * holds by their last change, bookings by the end of the appointment. Live holds and future
 * appointments keep their caller. The discovery function `booking.orgs_with_expired_personal_data`
 * applies the same rule to find the tenants.
 */
const PAST_RETENTION = `h.caller_phone <> ''
  AND ((h.status IN ('RELEASED', 'CANCELLED') AND h.updated_at < now() - make_interval(days => o.retention_days))
    OR (h.status = 'CONFIRMED' AND upper(h.during) < now() - make_interval(days => o.retention_days)))`;

/** The personal fields of booking.holds: the caller's phone and first name. */
@Injectable()
export class HoldPersonalDataRepository {
  constructor(private readonly db: TenantDb) {}

  /** Tenants with holds past their retention that still name a caller; ids only, across tenants. */
  async orgsWithExpired(limit: number): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM booking.orgs_with_expired_personal_data($1)`, [limit]);
    return rows.map((r) => r.org_id);
  }

  /** Clears the caller from up to `batch` of this tenant's holds past retention; how many it cleared. */
  forgetExpired(batch: number): Promise<number> {
    return this.db.execute(
      `UPDATE booking.holds SET ${FORGET_CALLER}
        WHERE (org_id, hold_id) IN (SELECT h.org_id, h.hold_id FROM booking.holds h JOIN tenancy.orgs o ON o.org_id = h.org_id WHERE ${PAST_RETENTION} LIMIT $1)`,
      [batch],
    );
  }

  /** The calls a caller made, for the other apps' part of an erasure. */
  async callIdsOf(phone: string): Promise<string[]> {
    const rows = await this.db.query<{ call_id: string }>(`SELECT DISTINCT call_id FROM booking.holds WHERE org_id = $1 AND caller_phone = $2 ORDER BY call_id`, [this.db.orgId, phone]);
    return rows.map((r) => r.call_id);
  }

  /**
   * Clears the caller from every settled hold and booking of theirs. A hold still in play (held,
   * waiting for its code, or reserved for a move) is left to settle and counted as deferred.
   */
  async erase(phone: string): Promise<{ changed: number; deferred: number }> {
    const changed = await this.db.execute(
      `UPDATE booking.holds SET ${FORGET_CALLER} WHERE org_id = $1 AND caller_phone = $2 AND status NOT IN ('HELD', 'OTP_SENT', 'RESERVED')`,
      [this.db.orgId, phone],
    );
    const [live] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.holds WHERE org_id = $1 AND caller_phone = $2`, [this.db.orgId, phone]);
    return { changed, deferred: live?.n ?? 0 };
  }
}
