import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateByTenant } from './support/sql';

/** Each clinic's Twilio account (token sealed), one-time-code challenges (code as HMAC only), and every SMS. */
export class OtpSms1764000000400 implements MigrationInterface {
  name = 'OtpSms1764000000400';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE otp_sms.twilio_accounts (
         org_id uuid PRIMARY KEY REFERENCES tenancy.orgs (org_id),
         account_sid text NOT NULL CHECK (account_sid ~ '^AC[0-9a-f]{32}$'),
         auth_token_sealed bytea NOT NULL,
         from_number text NOT NULL CHECK (from_number ~ '^\\+[1-9][0-9]{6,14}$'),
         daily_sms_cap int NOT NULL DEFAULT 2000 CHECK (daily_sms_cap > 0),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE otp_sms.challenges (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         challenge_id uuid NOT NULL,
         hold_id uuid NOT NULL,
         phone text NOT NULL,
         code_hmac bytea NOT NULL CHECK (length(code_hmac) = 32),
         status text NOT NULL CHECK (status IN ('active', 'used', 'void', 'locked', 'expired')),
         attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
         max_attempts int NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
         expires_at timestamptz NOT NULL,
         created_at timestamptz NOT NULL,
         message_id uuid,
         PRIMARY KEY (org_id, challenge_id),
         CHECK (attempts <= max_attempts)
       )`,
      // At most one live code per hold: a resend voids the old one in the same transaction.
      `CREATE UNIQUE INDEX challenges_one_active ON otp_sms.challenges (org_id, hold_id) WHERE status = 'active'`,
      `CREATE INDEX challenges_by_hold ON otp_sms.challenges (org_id, hold_id, created_at DESC)`,
      `CREATE TABLE otp_sms.messages (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         message_id uuid NOT NULL,
         purpose text CHECK (purpose IN ('otp', 'followup', 'confirmation')),
         hold_id uuid,
         followup_id uuid,
         to_phone text NOT NULL,
         twilio_sid text,
         status text NOT NULL,
         status_rank smallint NOT NULL,
         error_code int,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, message_id),
         UNIQUE (org_id, twilio_sid)
       )`,
      `CREATE INDEX messages_by_phone ON otp_sms.messages (org_id, to_phone, created_at)`,
      `CREATE INDEX messages_by_time ON otp_sms.messages (org_id, created_at)`,
      ...['otp_sms.twilio_accounts', 'otp_sms.challenges', 'otp_sms.messages'].flatMap(isolateByTenant),
      `GRANT SELECT ON otp_sms.twilio_accounts TO mo_otp_sms`,
      `GRANT SELECT, INSERT, UPDATE ON otp_sms.challenges, otp_sms.messages TO mo_otp_sms`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE otp_sms.messages, otp_sms.challenges, otp_sms.twilio_accounts`);
  }
}
