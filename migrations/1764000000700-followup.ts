import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/** Caller memory, follow-ups with their schedule, and opt-outs; plus inbound SMS dedupe for otp-sms. */
export class Followup1764000000700 implements MigrationInterface {
  name = 'Followup1764000000700';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE otp_sms.inbound (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         message_sid text NOT NULL,
         received_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, message_sid)
       )`,
      ...isolateByTenant('otp_sms.inbound'),
      `GRANT SELECT, INSERT ON otp_sms.inbound TO mo_otp_sms`,

      `CREATE TABLE followup.settings (
         org_id uuid PRIMARY KEY REFERENCES tenancy.orgs (org_id),
         -- NULL: the default template of libs/templates.
         template text CHECK (length(template) BETWEEN 10 AND 480),
         quiet_start time NOT NULL DEFAULT '08:00',
         quiet_end time NOT NULL DEFAULT '20:00',
         retention_days int NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650),
         clinic_phone text,
         updated_at timestamptz NOT NULL DEFAULT now(),
         CHECK (quiet_end > quiet_start)
       )`,
      `CREATE TABLE followup.callers (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         phone text NOT NULL,
         first_name text,
         appointment_type_id uuid,
         appointment_type_name text,
         resource_id uuid,
         resource_name text,
         starts_at timestamptz,
         starts_local text,
         hold_id uuid,
         -- The call of the latest event; its redacted transcript is in followup.calls.
         last_call_id text,
         outcome text NOT NULL CHECK (outcome IN ('held', 'released', 'confirmed', 'missed')),
         reason text,
         event_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, phone)
       )`,
      `CREATE INDEX callers_updated ON followup.callers (updated_at)`,
      // Redacted transcripts by call: a transcript may arrive before or after the call's hold events.
      `CREATE TABLE followup.calls (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         call_id text NOT NULL,
         turns jsonb NOT NULL,
         seen_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, call_id)
       )`,
      `CREATE TABLE followup.followups (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         followup_id uuid NOT NULL,
         hold_id uuid NOT NULL,
         phone text NOT NULL,
         first_name text,
         appointment_type_id uuid NOT NULL,
         appointment_type_name text NOT NULL,
         resource_id uuid NOT NULL,
         resource_name text NOT NULL,
         starts_at timestamptz NOT NULL,
         starts_local text NOT NULL,
         timezone text NOT NULL,
         clinic_name text NOT NULL,
         status text NOT NULL CHECK (status IN ('scheduled', 'sending', 'sent', 'failed', 'suppressed', 'booked')),
         due_at timestamptz NOT NULL,
         sms_request_id uuid,
         failure_reason text,
         booking_id uuid,
         -- Texts we sent back to the caller's replies: capped, so an auto-responder cannot start a loop.
         replies int NOT NULL DEFAULT 0,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, followup_id),
         -- One follow-up per hold, however often ConfirmationMissed arrives and however many instances run.
         UNIQUE (org_id, hold_id)
       )`,
      `CREATE INDEX followups_due ON followup.followups (due_at) WHERE status = 'scheduled'`,
      `CREATE INDEX followups_by_phone ON followup.followups (org_id, phone, created_at DESC)`,
      `CREATE TABLE followup.opt_outs (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         phone text NOT NULL,
         opted_out boolean NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, phone)
       )`,
      // Every STOP and START, kept beyond memory retention: it is the proof of consent.
      `CREATE TABLE followup.consent_log (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         message_sid text NOT NULL,
         phone text NOT NULL,
         action text NOT NULL CHECK (action IN ('opt_out', 'opt_in')),
         keyword text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (org_id, message_sid)
       )`,
      ...['followup.settings', 'followup.callers', 'followup.calls', 'followup.followups', 'followup.opt_outs', 'followup.consent_log'].flatMap(isolateByTenant),
      `GRANT SELECT ON followup.settings TO mo_followup`,
      `GRANT SELECT, INSERT, UPDATE ON followup.callers, followup.calls, followup.followups, followup.opt_outs, followup.consent_log TO mo_followup`,
      `GRANT SELECT ON followup.followups, followup.settings TO mo_discovery`,
      `GRANT SELECT, DELETE ON followup.callers, followup.calls, followup.followups TO mo_discovery`,
      ...discoveryFunction(
        `followup.orgs_with_due_followups(due_by timestamptz, max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT org_id FROM followup.followups WHERE status = 'scheduled' AND due_at <= due_by LIMIT max_orgs`,
        ['mo_followup'],
      ),
      // Memory older than each tenant's retention; opt-outs and the consent log are kept.
      ...discoveryFunction(
        `followup.purge_expired(now_at timestamptz)`,
        'integer',
        `WITH callers AS (
           DELETE FROM followup.callers c USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE c.org_id = o.org_id AND c.updated_at < now_at - make_interval(days => coalesce(s.retention_days, 30)) RETURNING 1
         ), calls AS (
           DELETE FROM followup.calls c USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE c.org_id = o.org_id AND c.seen_at < now_at - make_interval(days => coalesce(s.retention_days, 30)) RETURNING 1
         ), followups AS (
           DELETE FROM followup.followups f USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE f.org_id = o.org_id AND f.updated_at < now_at - make_interval(days => coalesce(s.retention_days, 30))
              AND f.status NOT IN ('scheduled', 'sending') RETURNING 1
         ) SELECT ((SELECT count(*) FROM callers) + (SELECT count(*) FROM calls) + (SELECT count(*) FROM followups))::int`,
        ['mo_followup'],
      ),
      `GRANT USAGE ON SCHEMA tenancy TO mo_discovery`,
      `GRANT SELECT ON tenancy.orgs TO mo_discovery`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE followup.consent_log, followup.opt_outs, followup.followups, followup.calls, followup.callers, followup.settings, otp_sms.inbound`);
  }
}
