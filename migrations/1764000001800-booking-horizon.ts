import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far ahead a clinic takes bookings: availability and holds past it are refused, so a client
 * cannot hold a slot in the year 9999. Clinics that exist get the default, 365 days.
 */
export class BookingHorizon1764000001800 implements MigrationInterface {
  name = 'BookingHorizon1764000001800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE booking.clinic_settings ADD COLUMN booking_horizon_days int NOT NULL DEFAULT 365 CHECK (booking_horizon_days BETWEEN 1 AND 3650)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE booking.clinic_settings DROP COLUMN booking_horizon_days`);
  }
}
