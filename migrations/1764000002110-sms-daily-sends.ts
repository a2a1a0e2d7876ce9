import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateByTenant } from './support/sql';

/**
 * A clinic's daily SMS cap becomes a counter per day, spent by the last statement of the
 * transaction that decides a text: the row lock that serialises a clinic's texts is held for that
 * statement and the commit, where a tenant-wide advisory lock was held from the count to the commit.
 */
export class SmsDailySends1764000002110 implements MigrationInterface {
  name = 'SmsDailySends1764000002110';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE otp_sms.daily_sends (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         day date NOT NULL,
         sent int NOT NULL CHECK (sent >= 0),
         PRIMARY KEY (org_id, day)
       )`,
      // Today's sends so far (UTC), as the cap counted them.
      `INSERT INTO otp_sms.daily_sends (org_id, day, sent)
       SELECT org_id, (now() AT TIME ZONE 'UTC')::date, count(*) FROM otp_sms.messages
        WHERE purpose IS NOT NULL AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
        GROUP BY org_id`,
      ...isolateByTenant('otp_sms.daily_sends'),
      `GRANT SELECT, INSERT, UPDATE ON otp_sms.daily_sends TO mo_otp_sms`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE otp_sms.daily_sends`);
  }
}
