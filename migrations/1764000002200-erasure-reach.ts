import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_SCHEMAS } from './support/sql';

/**
 * An erasure reaches the rows that name a caller only by what they are about: outbox rows by their
 * aggregate (a hold, a change, a phone), stored Idempotency-Key replies by the call that made the
 * request, voice tool-call answers by their call (their primary key). Each app deletes its own
 * delivered rows under its tenant's row-level security, so its role may now delete from its outbox.
 */
export class ErasureReach1764000002200 implements MigrationInterface {
  name = 'ErasureReach1764000002200';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      ...APP_SCHEMAS.flatMap(({ schema, role }) => [
        `CREATE INDEX outbox_by_aggregate ON ${schema}.outbox (org_id, aggregate_id)`,
        `GRANT DELETE ON ${schema}.outbox TO ${role}`,
      ]),
      // Null for keys stored before this migration: they are pruned within a day.
      `ALTER TABLE booking.idempotency_keys ADD COLUMN call_id text CHECK (length(call_id) BETWEEN 1 AND 128)`,
      `CREATE INDEX idempotency_keys_by_call ON booking.idempotency_keys (org_id, call_id) WHERE call_id IS NOT NULL`,
      `GRANT DELETE ON booking.idempotency_keys TO mo_booking`,
      `CREATE INDEX appointment_changes_by_booking ON booking.appointment_changes (org_id, booking_hold_id)`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX booking.appointment_changes_by_booking`,
      `REVOKE DELETE ON booking.idempotency_keys FROM mo_booking`,
      `ALTER TABLE booking.idempotency_keys DROP COLUMN call_id`,
      ...APP_SCHEMAS.flatMap(({ schema, role }) => [`REVOKE DELETE ON ${schema}.outbox FROM ${role}`, `DROP INDEX ${schema}.outbox_by_aggregate`]),
    ];
    for (const sql of statements) await db.query(sql);
  }
}
