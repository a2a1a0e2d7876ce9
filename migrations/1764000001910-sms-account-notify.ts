import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * otp-sms instances cache each clinic's Twilio account (sealed) and name; any change to either
 * notifies them on `sms_accounts` with the tenant id, so they drop their copy at once.
 */
export class SmsAccountNotify1764000001910 implements MigrationInterface {
  name = 'SmsAccountNotify1764000001910';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION otp_sms.notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM pg_notify('sms_accounts', (CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END)::text);
         RETURN NULL;
       END $fn$`,
      `CREATE TRIGGER account_changed AFTER INSERT OR UPDATE OR DELETE ON otp_sms.twilio_accounts FOR EACH ROW EXECUTE FUNCTION otp_sms.notify_account_change()`,
      `CREATE TRIGGER sms_account_changed AFTER UPDATE OF name OR DELETE ON tenancy.orgs FOR EACH ROW EXECUTE FUNCTION otp_sms.notify_account_change()`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER sms_account_changed ON tenancy.orgs`);
    await db.query(`DROP TRIGGER account_changed ON otp_sms.twilio_accounts`);
    await db.query(`DROP FUNCTION otp_sms.notify_account_change()`);
  }
}
