import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import type { CallerRecord } from './caller-calls';

/** What a hold keeps of its caller once it is past retention or erased: nothing. */
const FORGET_CALLER = `caller_phone = '', caller_first_name = NULL`;

/** A hold still in play: held, waiting for its code, or reserved for a move. */
const IN_PLAY = `'HELD', 'OTP_SENT', 'RESERVED'`;

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

  /**
   * The caller's holds, and the changes of their bookings, each by the aggregate booking's messages
   * about it carry and the call it belongs to.
   */
  recordsOf(phone: string): Promise<CallerRecord[]> {
    return this.db.query<CallerRecord>(
      `SELECT h.hold_id::text AS id, h.call_id AS "callId", h.status IN (${IN_PLAY}) AS live FROM booking.holds h WHERE h.org_id = $1 AND h.caller_phone = $2
       UNION ALL
       SELECT c.change_id::text, c.call_id, c.status = 'VERIFYING'
         FROM booking.holds h JOIN booking.appointment_changes c ON c.org_id = h.org_id AND c.booking_hold_id = h.hold_id
        WHERE h.org_id = $1 AND h.caller_phone = $2`,
      [this.db.orgId, phone],
    );
  }

  /**
   * Clears the caller from every settled hold and booking of theirs, and deletes the stored
   * Idempotency-Key replies and voice tool-call answers of their calls. The calls in `inProgress`
   * keep all of these, counted as deferred, until a rerun after they end.
   */
  async erase(phone: string, calls: readonly string[], inProgress: ReadonlySet<string>): Promise<{ changed: number; deferred: number }> {
    const [org, kept] = [this.db.orgId, [...inProgress]];
    const ended = calls.filter((call) => !inProgress.has(call));
    const changed = [
      await this.db.execute(`UPDATE booking.holds SET ${FORGET_CALLER} WHERE org_id = $1 AND caller_phone = $2 AND status NOT IN (${IN_PLAY}) AND call_id <> ALL($3::text[])`, [org, phone, kept]),
      await this.db.execute(`DELETE FROM booking.idempotency_keys WHERE org_id = $1 AND call_id = ANY($2::text[])`, [org, ended]),
      await this.db.execute(`DELETE FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = ANY($2::text[])`, [org, ended]),
    ];
    const [left] = await this.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM booking.holds WHERE org_id = $1 AND caller_phone = $2)
            + (SELECT count(*) FROM booking.idempotency_keys WHERE org_id = $1 AND call_id = ANY($3::text[]))
            + (SELECT count(*) FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = ANY($3::text[])) AS n`,
      [org, phone, kept],
    );
    return { changed: changed.reduce((a, b) => a + b, 0), deferred: Number(left?.n ?? 0) };
  }
}
