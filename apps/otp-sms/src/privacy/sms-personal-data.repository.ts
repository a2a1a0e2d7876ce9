import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { recordErasureStep } from '@mo/privacy';

/** Older than the tenant's retention (tenancy.orgs under this tenant's RLS), by the database's clock. */
/**
 * A code stops being live when it is settled or past its expiry: an active code past its expiry can
 * confirm nothing, though its hold's release (which voids it) may come later.
 */
const SETTLED = (alias: string) => `(${alias}.status <> 'active' OR ${alias}.expires_at <= now())`;

const PAST_RETENTION = (alias: string) => `${alias}.created_at < now() - make_interval(days => o.retention_days)`;

/**
 * The personal fields of otp-sms: the phone a challenge was sent to and the number a message went to.
 * Codes are stored only as HMACs and message bodies not at all. The discovery function
 * `otp_sms.orgs_with_expired_personal_data` applies the same rules to find the tenants.
 */
@Injectable()
export class SmsPersonalDataRepository {
  constructor(private readonly db: TenantDb) {}

  async orgsWithExpired(limit: number): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM otp_sms.orgs_with_expired_personal_data($1)`, [limit]);
    return rows.map((r) => r.org_id);
  }

  /** Clears the phone from up to `batch` challenges and `batch` messages of this tenant past retention. */
  async forgetExpired(batch: number): Promise<number> {
    const challenges = await this.db.execute(
      `UPDATE otp_sms.challenges SET phone = '' WHERE (org_id, challenge_id) IN (
         SELECT c.org_id, c.challenge_id FROM otp_sms.challenges c JOIN tenancy.orgs o ON o.org_id = c.org_id
          WHERE c.phone <> '' AND ${SETTLED('c')} AND ${PAST_RETENTION('c')} LIMIT $1)`,
      [batch],
    );
    const messages = await this.db.execute(
      `UPDATE otp_sms.messages SET to_phone = '' WHERE (org_id, message_id) IN (
         SELECT m.org_id, m.message_id FROM otp_sms.messages m JOIN tenancy.orgs o ON o.org_id = m.org_id
          WHERE m.to_phone <> '' AND ${PAST_RETENTION('m')} LIMIT $1)`,
      [batch],
    );
    return Math.max(challenges, messages);
  }

  /** Clears the phone from every settled challenge and every message to it; a live code is deferred. */
  async erase(phone: string): Promise<{ changed: number; deferred: number }> {
    const challenges = await this.db.execute(`UPDATE otp_sms.challenges c SET phone = '' WHERE c.org_id = $1 AND c.phone = $2 AND ${SETTLED('c')}`, [this.db.orgId, phone]);
    const messages = await this.db.execute(`UPDATE otp_sms.messages SET to_phone = '' WHERE org_id = $1 AND to_phone = $2 AND status_rank > 0`, [this.db.orgId, phone]);
    const [left] = await this.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM otp_sms.challenges WHERE org_id = $1 AND phone = $2) + (SELECT count(*) FROM otp_sms.messages WHERE org_id = $1 AND to_phone = $2) AS n`,
      [this.db.orgId, phone],
    );
    return { changed: challenges + messages, deferred: Number(left?.n ?? 0) };
  }

  /** otp-sms's part of an erasure, recorded in the transaction that did it. */
  recordStep(erasureId: string, rowsChanged: number, deferred: number, at: Date): Promise<void> {
    return recordErasureStep(this.db, this.db.orgId, { erasureId, app: 'otp-sms', rowsChanged, deferred, at });
  }
}
