import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A challenge remembers the request that made its last attempt, so a code check the broker
 * delivers twice (a failover between handling and ack) is answered like the first copy instead of
 * counting again or finding the code used by itself. Nullable: existing rows made no such attempt.
 */
export class VerifyRequestIds1764000001900 implements MigrationInterface {
  name = 'VerifyRequestIds1764000001900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE otp_sms.challenges ADD COLUMN last_attempt_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE otp_sms.challenges DROP COLUMN last_attempt_id`);
  }
}
