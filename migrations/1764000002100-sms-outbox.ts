import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/**
 * otp-sms's send path becomes an outbox of texts. The consumer that decides a text writes it here
 * (body sealed) in its own transaction and acks; a dispatcher claims each pending text with a
 * lease, calls the provider holding no connection, and deletes the row in the transaction that
 * stores the provider's answer. A crash before that leaves the row, and its lease runs out: the
 * text is sent (at least once), not lost.
 *
 * A code's subject (a hold or an appointment change) gets a state row: SlotHeld or ChangeRequested
 * issues a code only from `none`, and a release, expiry or confirmation leaves `closed`, a
 * tombstone that a SlotHeld handled after it decides nothing on.
 */
export class SmsOutbox1764000002100 implements MigrationInterface {
  name = 'SmsOutbox1764000002100';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE otp_sms.pending_texts (
         org_id uuid NOT NULL,
         message_id uuid NOT NULL,
         body_sealed bytea NOT NULL,
         claims int NOT NULL DEFAULT 0 CHECK (claims >= 0),
         not_before timestamptz NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, message_id),
         FOREIGN KEY (org_id, message_id) REFERENCES otp_sms.messages (org_id, message_id) ON DELETE CASCADE
       )`,
      `CREATE INDEX pending_texts_due ON otp_sms.pending_texts (org_id, not_before)`,
      `CREATE TABLE otp_sms.code_subjects (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         subject_id uuid NOT NULL,
         state text NOT NULL CHECK (state IN ('none', 'issued', 'closed')),
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, subject_id)
       )`,
      // Subjects that already have a code were issued one.
      `INSERT INTO otp_sms.code_subjects (org_id, subject_id, state, updated_at)
       SELECT org_id, hold_id, CASE WHEN bool_or(status = 'active') THEN 'issued' ELSE 'closed' END, max(created_at)
         FROM otp_sms.challenges GROUP BY org_id, hold_id`,
      ...['otp_sms.pending_texts', 'otp_sms.code_subjects'].flatMap(isolateByTenant),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON otp_sms.pending_texts, otp_sms.code_subjects TO mo_otp_sms`,
      `GRANT SELECT ON otp_sms.pending_texts TO mo_discovery`,
      ...discoveryFunction(
        `otp_sms.orgs_with_due_texts(due_by timestamptz, max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT org_id FROM otp_sms.pending_texts WHERE not_before <= due_by LIMIT max_orgs`,
        ['mo_otp_sms'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION otp_sms.orgs_with_due_texts(timestamptz, int)`);
    await db.query(`DROP TABLE otp_sms.code_subjects, otp_sms.pending_texts`);
  }
}
