import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction } from './support/sql';

/**
 * otp_sms.code_subjects kept one row per hold and change forever. A subject that will never be
 * issued a code (closed, or never opened because its SlotHeld came after its expiry) is pruned a day
 * after its last change, by the database's clock like every pruning function: a SlotHeld handled
 * that late is refused because its hold has expired (`otp/code-subject.ts`, TOMBSTONE_DAYS), so the
 * tombstone is no longer needed. Subjects with a code issued are kept until they close.
 */
export class CodeSubjectPruning1764000002210 implements MigrationInterface {
  name = 'CodeSubjectPruning1764000002210';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE INDEX code_subjects_settled ON otp_sms.code_subjects (updated_at) WHERE state <> 'issued'`,
      `GRANT SELECT, DELETE ON otp_sms.code_subjects TO mo_discovery`,
      ...discoveryFunction(
        `otp_sms.code_subjects_prune(max_rows int)`,
        'integer',
        `WITH doomed AS (
           SELECT org_id, subject_id FROM otp_sms.code_subjects
            WHERE state <> 'issued' AND updated_at < now() - interval '1 day' LIMIT greatest(0, least(max_rows, 10000))
         ), gone AS (
           DELETE FROM otp_sms.code_subjects s USING doomed d WHERE s.org_id = d.org_id AND s.subject_id = d.subject_id RETURNING 1
         ) SELECT count(*)::int FROM gone`,
        ['mo_otp_sms'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION otp_sms.code_subjects_prune(int)`);
    await db.query(`REVOKE SELECT, DELETE ON otp_sms.code_subjects FROM mo_discovery`);
    await db.query(`DROP INDEX otp_sms.code_subjects_settled`);
  }
}
