import { MigrationInterface, QueryRunner } from 'typeorm';

/** The correlation id of the request that caused an SMS, so its status callbacks can carry it on. */
export class MessageCorrelation1764000000900 implements MigrationInterface {
  name = 'MessageCorrelation1764000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE otp_sms.messages ADD COLUMN correlation_id text CHECK (length(correlation_id) <= 128)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE otp_sms.messages DROP COLUMN correlation_id`);
  }
}
