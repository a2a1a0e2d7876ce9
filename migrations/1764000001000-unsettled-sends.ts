import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction } from './support/sql';

/**
 * otp-sms calls the SMS provider after the message row commits as `sending`. A crash before the
 * answer is stored leaves the row there; a sweeper finds such rows (across tenants, through a
 * discovery function) and reports them failed.
 */
export class UnsettledSends1764000001000 implements MigrationInterface {
  name = 'UnsettledSends1764000001000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE INDEX messages_sending ON otp_sms.messages (org_id, created_at) WHERE status = 'sending'`,
      `GRANT SELECT ON otp_sms.messages TO mo_discovery`,
      ...discoveryFunction(
        `otp_sms.orgs_with_unsettled_sends(older_than timestamptz, max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT org_id FROM otp_sms.messages WHERE status = 'sending' AND created_at < older_than LIMIT max_orgs`,
        ['mo_otp_sms'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION otp_sms.orgs_with_unsettled_sends(timestamptz, int)`);
    await db.query(`REVOKE SELECT ON otp_sms.messages FROM mo_discovery`);
    await db.query(`DROP INDEX otp_sms.messages_sending`);
  }
}
