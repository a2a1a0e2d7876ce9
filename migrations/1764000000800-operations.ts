import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLES } from './support/sql';

/** The operators' audit trail of dead-letter replays and purges. Not tenant data: one row may span tenants. */
export class Operations1764000000800 implements MigrationInterface {
  name = 'Operations1764000000800';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE SCHEMA ops`,
      `CREATE TABLE ops.dlq_audit (
         audit_id uuid PRIMARY KEY,
         started_at timestamptz NOT NULL,
         finished_at timestamptz,
         operator text NOT NULL CHECK (length(operator) BETWEEN 1 AND 200),
         via text NOT NULL CHECK (via IN ('cli', 'api')),
         action text NOT NULL CHECK (action IN ('replay', 'purge')),
         filter jsonb NOT NULL,
         dry_run boolean NOT NULL,
         -- 'started' until the run ends: a run that died midway stays visible.
         outcome text NOT NULL CHECK (outcome IN ('started', 'completed', 'stopped')),
         message_count int NOT NULL,
         message_ids text[] NOT NULL,
         error text
       )`,
      `CREATE INDEX dlq_audit_started ON ops.dlq_audit (started_at)`,
      `GRANT USAGE ON SCHEMA ops TO ${APP_ROLES.join(', ')}`,
      // Apps write the trail of their admin API; nobody but the owner reads or deletes it.
      `GRANT INSERT, SELECT (audit_id), UPDATE (finished_at, outcome, message_count, message_ids, error) ON ops.dlq_audit TO ${APP_ROLES.join(', ')}`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA ops CASCADE`);
  }
}
