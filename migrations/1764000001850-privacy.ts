import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLES, discoveryFunction, isolateByTenant } from './support/sql';

/** The most tenants one discovery call names, whatever the caller asks for. */
const orgs = (arg: string) => `greatest(0, least(${arg}, 10000))`;
const cutoff = (alias: string) => `now() - make_interval(days => ${alias}.retention_days)`;

/**
 * Erasure and retention. The tenant's retention moves to tenancy.orgs, where every app reads it under
 * its own row-level security (it was followup's setting alone); erasures leave an audit trail in ops;
 * a STOP outlives an erasure as an HMAC of the phone. The discovery functions added here only name
 * tenants: the personal fields are cleared by each app per tenant, under RLS.
 */
export class Privacy1764000001850 implements MigrationInterface {
  name = 'Privacy1764000001850';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE ops.dlq_audit DROP CONSTRAINT dlq_audit_action_check`,
      `ALTER TABLE ops.dlq_audit ADD CONSTRAINT dlq_audit_action_check CHECK (action IN ('replay', 'purge', 'reveal', 'erase', 'expire'))`,
      `ALTER TABLE ops.dlq_audit DROP CONSTRAINT dlq_audit_via_check`,
      `ALTER TABLE ops.dlq_audit ADD CONSTRAINT dlq_audit_via_check CHECK (via IN ('cli', 'api', 'janitor'))`,

      `ALTER TABLE tenancy.orgs ADD COLUMN retention_days int NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650)`,
      // Existing clinics keep the retention they chose for follow-up memory. Both tables force
      // row-level security even on their owner, so the backfill lifts it inside this transaction.
      `ALTER TABLE tenancy.orgs NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE followup.settings NO FORCE ROW LEVEL SECURITY`,
      `UPDATE tenancy.orgs o SET retention_days = s.retention_days FROM followup.settings s WHERE s.org_id = o.org_id`,
      `ALTER TABLE tenancy.orgs FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE followup.settings FORCE ROW LEVEL SECURITY`,
      `DROP FUNCTION followup.purge_expired()`,
      `ALTER TABLE followup.settings DROP COLUMN retention_days`,
      ...discoveryFunction(
        `followup.purge_expired()`,
        'integer',
        `WITH callers AS (
           DELETE FROM followup.callers c USING tenancy.orgs o WHERE c.org_id = o.org_id AND c.updated_at < ${cutoff('o')} RETURNING 1
         ), calls AS (
           DELETE FROM followup.calls c USING tenancy.orgs o WHERE c.org_id = o.org_id AND c.seen_at < ${cutoff('o')} RETURNING 1
         ), followups AS (
           DELETE FROM followup.followups f USING tenancy.orgs o
            WHERE f.org_id = o.org_id AND f.updated_at < ${cutoff('o')} AND f.status NOT IN ('scheduled', 'sending') RETURNING 1
         ) SELECT ((SELECT count(*) FROM callers) + (SELECT count(*) FROM calls) + (SELECT count(*) FROM followups))::int`,
        ['mo_followup'],
      ),

      // Who asked to erase which caller (as an HMAC), and each app's part, committed with its work.
      `CREATE TABLE ops.caller_erasures (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         erasure_id uuid NOT NULL,
         phone_hmac bytea NOT NULL CHECK (length(phone_hmac) = 32),
         operator text NOT NULL CHECK (length(operator) BETWEEN 1 AND 200),
         via text NOT NULL CHECK (via IN ('cli', 'api')),
         requested_at timestamptz NOT NULL,
         -- Dead letters of this tenant that named the phone, dropped by the requester (audited in ops.dlq_audit).
         dead_letters int CHECK (dead_letters >= 0),
         PRIMARY KEY (org_id, erasure_id)
       )`,
      `CREATE TABLE ops.caller_erasure_steps (
         org_id uuid NOT NULL,
         erasure_id uuid NOT NULL,
         app text NOT NULL CHECK (app IN ('booking', 'otp-sms', 'redaction', 'followup')),
         rows_changed int NOT NULL CHECK (rows_changed >= 0),
         -- Rows of a call still in progress (a live hold, a code, a text being sent): a rerun erases them.
         deferred int NOT NULL CHECK (deferred >= 0),
         completed_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, erasure_id, app),
         FOREIGN KEY (org_id, erasure_id) REFERENCES ops.caller_erasures (org_id, erasure_id)
       )`,
      ...['ops.caller_erasures', 'ops.caller_erasure_steps'].flatMap(isolateByTenant),
      `GRANT SELECT, INSERT, UPDATE (dead_letters) ON ops.caller_erasures TO mo_booking`,
      // A replayed command adds to its app's step (INSERT … ON CONFLICT DO UPDATE reads and updates it).
      `GRANT SELECT, INSERT, UPDATE (rows_changed, deferred, completed_at) ON ops.caller_erasure_steps TO ${APP_ROLES.join(', ')}`,

      // A STOP kept after the phone is erased: the HMAC matches the same phone texting again.
      `ALTER TABLE followup.consent_log ALTER COLUMN phone DROP NOT NULL`,
      `ALTER TABLE followup.consent_log ADD COLUMN phone_hmac bytea CHECK (length(phone_hmac) = 32)`,
      `ALTER TABLE followup.consent_log ADD CONSTRAINT consent_log_names_a_phone CHECK (phone IS NOT NULL OR phone_hmac IS NOT NULL)`,
      `CREATE TABLE followup.erased_opt_outs (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         phone_hmac bytea NOT NULL CHECK (length(phone_hmac) = 32),
         opted_out boolean NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, phone_hmac)
       )`,
      ...isolateByTenant('followup.erased_opt_outs'),
      `GRANT SELECT, INSERT, UPDATE ON followup.erased_opt_outs TO mo_followup`,
      `GRANT DELETE ON followup.callers, followup.calls, followup.opt_outs TO mo_followup`,
      `GRANT DELETE ON redaction.transcripts, redaction.audit TO mo_redaction`,
      `GRANT UPDATE (turns) ON redaction.transcripts TO mo_redaction`,

      // Retention: which tenants have rows past it that still carry a phone. Names tenants only.
      `GRANT SELECT ON otp_sms.challenges TO mo_discovery`,
      ...discoveryFunction(
        `booking.orgs_with_expired_personal_data(max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT h.org_id FROM booking.holds h JOIN tenancy.orgs o ON o.org_id = h.org_id
          WHERE h.caller_phone <> ''
            AND ((h.status IN ('RELEASED', 'CANCELLED') AND h.updated_at < ${cutoff('o')}) OR (h.status = 'CONFIRMED' AND upper(h.during) < ${cutoff('o')}))
          LIMIT ${orgs('max_orgs')}`,
        ['mo_booking'],
      ),
      ...discoveryFunction(
        `otp_sms.orgs_with_expired_personal_data(max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT org_id FROM (
           SELECT c.org_id FROM otp_sms.challenges c JOIN tenancy.orgs o ON o.org_id = c.org_id
            WHERE c.phone <> '' AND (c.status <> 'active' OR c.expires_at <= now()) AND c.created_at < ${cutoff('o')}
           UNION
           SELECT m.org_id FROM otp_sms.messages m JOIN tenancy.orgs o ON o.org_id = m.org_id
            WHERE m.to_phone <> '' AND m.created_at < ${cutoff('o')}
         ) due LIMIT ${orgs('max_orgs')}`,
        ['mo_otp_sms'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('Privacy1764000001850 cannot be undone: erased and expired personal data is gone');
  }
}
