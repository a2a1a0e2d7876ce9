import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/** Clinic schedules, holds and bookings. No two live holds or bookings of one resource may overlap. */
export class Booking1764000000300 implements MigrationInterface {
  name = 'Booking1764000000300';

  async up(db: QueryRunner): Promise<void> {
    const tenantTables = [
      'booking.clinic_settings',
      'booking.resources',
      'booking.appointment_types',
      'booking.appointment_type_resources',
      'booking.working_hours',
      'booking.closures',
      'booking.holds',
      'booking.idempotency_keys',
    ];
    const statements = [
      // Trusted since PostgreSQL 13, so the database owner may create it.
      `CREATE EXTENSION IF NOT EXISTS btree_gist`,
      `CREATE TABLE booking.clinic_settings (
         org_id uuid PRIMARY KEY REFERENCES tenancy.orgs (org_id),
         hold_ttl_seconds int NOT NULL DEFAULT 300 CHECK (hold_ttl_seconds BETWEEN 30 AND 3600),
         slot_step_minutes int NOT NULL DEFAULT 15 CHECK (slot_step_minutes BETWEEN 5 AND 240)
       )`,
      `CREATE TABLE booking.resources (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         resource_id uuid NOT NULL,
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
         kind text NOT NULL CHECK (kind IN ('practitioner', 'room')),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (org_id, resource_id),
         UNIQUE (org_id, name)
       )`,
      `CREATE TABLE booking.appointment_types (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         appointment_type_id uuid NOT NULL,
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
         duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (org_id, appointment_type_id),
         UNIQUE (org_id, name)
       )`,
      // No rows for a type means any resource can do it.
      `CREATE TABLE booking.appointment_type_resources (
         org_id uuid NOT NULL,
         appointment_type_id uuid NOT NULL,
         resource_id uuid NOT NULL,
         PRIMARY KEY (org_id, appointment_type_id, resource_id),
         FOREIGN KEY (org_id, appointment_type_id) REFERENCES booking.appointment_types (org_id, appointment_type_id) ON DELETE CASCADE,
         FOREIGN KEY (org_id, resource_id) REFERENCES booking.resources (org_id, resource_id) ON DELETE CASCADE
       )`,
      // Wall-clock hours in the clinic's time zone; ISO weekday (1 = Monday).
      `CREATE TABLE booking.working_hours (
         org_id uuid NOT NULL,
         resource_id uuid NOT NULL,
         weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
         opens time NOT NULL,
         closes time NOT NULL CHECK (closes > opens),
         PRIMARY KEY (org_id, resource_id, weekday, opens),
         FOREIGN KEY (org_id, resource_id) REFERENCES booking.resources (org_id, resource_id) ON DELETE CASCADE
       )`,
      // A closure without a resource closes the whole clinic.
      `CREATE TABLE booking.closures (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         closure_id uuid NOT NULL,
         resource_id uuid,
         during tstzrange NOT NULL CHECK (NOT isempty(during)),
         reason text NOT NULL DEFAULT '',
         PRIMARY KEY (org_id, closure_id),
         FOREIGN KEY (org_id, resource_id) REFERENCES booking.resources (org_id, resource_id) ON DELETE CASCADE
       )`,
      `CREATE INDEX closures_during ON booking.closures USING gist (org_id, during)`,
      `CREATE TABLE booking.holds (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         hold_id uuid NOT NULL,
         call_id text NOT NULL CHECK (length(call_id) BETWEEN 1 AND 128),
         resource_id uuid NOT NULL,
         appointment_type_id uuid NOT NULL,
         during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
         -- The offer as it was spoken: names and label are kept even if the clinic renames things later.
         resource_name text NOT NULL,
         appointment_type_name text NOT NULL,
         starts_local text NOT NULL,
         timezone text NOT NULL,
         clinic_name text NOT NULL,
         caller_phone text NOT NULL,
         caller_first_name text,
         -- Carried into events the sweeper emits later, so one call can be followed end to end.
         correlation_id text NOT NULL,
         status text NOT NULL CHECK (status IN ('HELD', 'OTP_SENT', 'CONFIRMED', 'RELEASED')),
         release_reason text CHECK (release_reason IN ('sms_failed', 'otp_locked', 'expired', 'call_ended', 'cancelled')),
         booking_id uuid,
         expires_at timestamptz NOT NULL,
         version int NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, hold_id),
         FOREIGN KEY (org_id, resource_id) REFERENCES booking.resources (org_id, resource_id),
         FOREIGN KEY (org_id, appointment_type_id) REFERENCES booking.appointment_types (org_id, appointment_type_id),
         CHECK ((status = 'RELEASED') = (release_reason IS NOT NULL)),
         CHECK ((status = 'CONFIRMED') = (booking_id IS NOT NULL)),
         -- The guarantee against double booking, whatever the number of booking instances.
         CONSTRAINT holds_no_overlap EXCLUDE USING gist (org_id WITH =, resource_id WITH =, during WITH &&)
           WHERE (status IN ('HELD', 'OTP_SENT', 'CONFIRMED'))
       )`,
      `CREATE UNIQUE INDEX holds_booking ON booking.holds (org_id, booking_id) WHERE booking_id IS NOT NULL`,
      `CREATE INDEX holds_pending_by_call ON booking.holds (org_id, call_id) WHERE status IN ('HELD', 'OTP_SENT')`,
      `CREATE INDEX holds_pending_by_deadline ON booking.holds (expires_at) WHERE status IN ('HELD', 'OTP_SENT')`,
      `CREATE TABLE booking.idempotency_keys (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
         request_sha256 bytea NOT NULL,
         status_code int,
         response jsonb,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, idempotency_key)
       )`,
      `CREATE INDEX idempotency_keys_created ON booking.idempotency_keys (created_at)`,
      ...tenantTables.flatMap(isolateByTenant),
      `GRANT SELECT ON booking.clinic_settings, booking.resources, booking.appointment_types,
             booking.appointment_type_resources, booking.working_hours, booking.closures TO mo_booking`,
      `GRANT SELECT, INSERT, UPDATE ON booking.holds, booking.idempotency_keys TO mo_booking`,
      `GRANT SELECT ON booking.holds TO mo_discovery`,
      `GRANT SELECT, DELETE ON booking.idempotency_keys TO mo_discovery`,
      ...discoveryFunction(
        `booking.orgs_with_due_holds(due_by timestamptz, max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT org_id FROM booking.holds WHERE status IN ('HELD', 'OTP_SENT') AND expires_at <= due_by LIMIT max_orgs`,
        ['mo_booking'],
      ),
      ...discoveryFunction(
        `booking.idempotency_prune(created_before timestamptz, max_rows int)`,
        'integer',
        `WITH doomed AS (
           SELECT org_id, idempotency_key FROM booking.idempotency_keys WHERE created_at < created_before LIMIT max_rows
         ), gone AS (
           DELETE FROM booking.idempotency_keys k USING doomed d
            WHERE k.org_id = d.org_id AND k.idempotency_key = d.idempotency_key RETURNING 1
         ) SELECT count(*)::int FROM gone`,
        ['mo_booking'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['idempotency_keys', 'holds', 'closures', 'working_hours', 'appointment_type_resources', 'appointment_types', 'resources', 'clinic_settings']) {
      await db.query(`DROP TABLE booking.${table}`);
    }
    await db.query(`DROP FUNCTION booking.orgs_with_due_holds(timestamptz, int), booking.idempotency_prune(timestamptz, int)`);
  }
}
