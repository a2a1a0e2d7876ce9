import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/**
 * A booking's life after confirmation: a caller cancels or moves it, confirmed by a code.
 *
 * A move reserves its new slot as a `RESERVED` row of booking.holds, so the same exclusion
 * constraint that guards holds and bookings claims it; the constraint is re-created here with that
 * status in its predicate (one ALTER TABLE, so no transaction ever sees the table without it). A
 * cancelled or moved booking, and a reservation given up, become `CANCELLED` and free the slot.
 */
export class AppointmentChanges1764000001500 implements MigrationInterface {
  name = 'AppointmentChanges1764000001500';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE booking.holds
         DROP CONSTRAINT holds_status_check,
         DROP CONSTRAINT holds_check1,
         DROP CONSTRAINT holds_no_overlap,
         ADD CONSTRAINT holds_status_check CHECK (status IN ('HELD', 'OTP_SENT', 'CONFIRMED', 'RELEASED', 'RESERVED', 'CANCELLED')),
         ADD CONSTRAINT holds_booked_has_booking CHECK (status <> 'CONFIRMED' OR booking_id IS NOT NULL),
         ADD CONSTRAINT holds_unbooked_has_none CHECK (status NOT IN ('HELD', 'OTP_SENT', 'RESERVED', 'RELEASED') OR booking_id IS NULL),
         ADD CONSTRAINT holds_no_overlap EXCLUDE USING gist (org_id WITH =, resource_id WITH =, during WITH &&)
           WHERE (status IN ('HELD', 'OTP_SENT', 'CONFIRMED', 'RESERVED'))`,
      `CREATE INDEX holds_booked_by_phone ON booking.holds (org_id, caller_phone, lower(during)) WHERE status = 'CONFIRMED'`,
      `ALTER TABLE booking.clinic_settings ADD COLUMN min_notice_hours int NOT NULL DEFAULT 0 CHECK (min_notice_hours BETWEEN 0 AND 720)`,
      `CREATE TABLE booking.appointment_changes (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         change_id uuid NOT NULL,
         call_id text NOT NULL CHECK (length(call_id) BETWEEN 1 AND 128),
         kind text NOT NULL CHECK (kind IN ('cancel', 'reschedule')),
         -- The booking's row in booking.holds, and for a move the row reserving the new slot.
         booking_hold_id uuid NOT NULL,
         new_hold_id uuid,
         status text NOT NULL CHECK (status IN ('VERIFYING', 'DONE', 'ABANDONED')),
         code_sent boolean NOT NULL DEFAULT false,
         abandon_reason text CHECK (abandon_reason IN ('sms_failed', 'otp_locked', 'expired', 'call_ended')),
         -- What the code confirms, as the SMS says it.
         confirms text NOT NULL,
         expires_at timestamptz NOT NULL,
         correlation_id text NOT NULL,
         version int NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, change_id),
         FOREIGN KEY (org_id, booking_hold_id) REFERENCES booking.holds (org_id, hold_id),
         FOREIGN KEY (org_id, new_hold_id) REFERENCES booking.holds (org_id, hold_id),
         CHECK ((kind = 'reschedule') = (new_hold_id IS NOT NULL)),
         CHECK ((status = 'ABANDONED') = (abandon_reason IS NOT NULL))
       )`,
      // One open change per booking: a second request while one waits for its code is refused.
      `CREATE UNIQUE INDEX appointment_changes_one_open ON booking.appointment_changes (org_id, booking_hold_id) WHERE status = 'VERIFYING'`,
      `CREATE INDEX appointment_changes_open_by_call ON booking.appointment_changes (org_id, call_id) WHERE status = 'VERIFYING'`,
      `CREATE INDEX appointment_changes_due ON booking.appointment_changes (expires_at) WHERE status = 'VERIFYING'`,
      ...isolateByTenant('booking.appointment_changes'),
      `GRANT SELECT, INSERT, UPDATE ON booking.appointment_changes TO mo_booking`,
      `GRANT SELECT ON booking.appointment_changes TO mo_discovery`,
      ...discoveryFunction(
        `booking.orgs_with_due_changes(due_by timestamptz, max_orgs int)`,
        'TABLE (org_id uuid)',
        `SELECT DISTINCT org_id FROM booking.appointment_changes WHERE status = 'VERIFYING' AND expires_at <= due_by LIMIT max_orgs`,
        ['mo_booking'],
      ),
      // A change's code: the challenge's subject id is the change's, its SMS has purpose `change`.
      `ALTER TABLE otp_sms.messages ADD COLUMN change_id uuid`,
      `ALTER TABLE otp_sms.messages DROP CONSTRAINT messages_purpose_check,
         ADD CONSTRAINT messages_purpose_check CHECK (purpose IN ('otp', 'change', 'followup', 'confirmation'))`,
      `ALTER TABLE followup.callers DROP CONSTRAINT callers_outcome_check,
         ADD CONSTRAINT callers_outcome_check CHECK (outcome IN ('held', 'released', 'confirmed', 'missed', 'cancelled', 'rescheduled'))`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE followup.callers DROP CONSTRAINT callers_outcome_check,
         ADD CONSTRAINT callers_outcome_check CHECK (outcome IN ('held', 'released', 'confirmed', 'missed'))`,
      `ALTER TABLE otp_sms.messages DROP CONSTRAINT messages_purpose_check,
         ADD CONSTRAINT messages_purpose_check CHECK (purpose IN ('otp', 'followup', 'confirmation'))`,
      `ALTER TABLE otp_sms.messages DROP COLUMN change_id`,
      `DROP FUNCTION booking.orgs_with_due_changes(timestamptz, int)`,
      `DROP TABLE booking.appointment_changes`,
      `ALTER TABLE booking.clinic_settings DROP COLUMN min_notice_hours`,
      `DROP INDEX booking.holds_booked_by_phone`,
      `ALTER TABLE booking.holds
         DROP CONSTRAINT holds_no_overlap, DROP CONSTRAINT holds_unbooked_has_none, DROP CONSTRAINT holds_booked_has_booking, DROP CONSTRAINT holds_status_check,
         ADD CONSTRAINT holds_status_check CHECK (status IN ('HELD', 'OTP_SENT', 'CONFIRMED', 'RELEASED')),
         ADD CONSTRAINT holds_check1 CHECK ((status = 'CONFIRMED') = (booking_id IS NOT NULL)),
         ADD CONSTRAINT holds_no_overlap EXCLUDE USING gist (org_id WITH =, resource_id WITH =, during WITH &&) WHERE (status IN ('HELD', 'OTP_SENT', 'CONFIRMED'))`,
    ];
    for (const sql of statements) await db.query(sql);
  }
}
