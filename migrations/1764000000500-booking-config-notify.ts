import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'tenancy.orgs',
  'booking.clinic_settings',
  'booking.resources',
  'booking.appointment_types',
  'booking.appointment_type_resources',
  'booking.working_hours',
  'booking.closures',
];

/**
 * Booking instances cache each clinic's schedule; any change to it notifies them on the
 * `booking_config` channel with the tenant id, so they drop their copy at once.
 */
export class BookingConfigNotify1764000000500 implements MigrationInterface {
  name = 'BookingConfigNotify1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION booking.notify_config_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify('booking_config', (CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END)::text);
        RETURN NULL;
      END $fn$`);
    for (const table of TABLES) {
      await db.query(`CREATE TRIGGER config_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION booking.notify_config_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`DROP TRIGGER config_changed ON ${table}`);
    await db.query(`DROP FUNCTION booking.notify_config_change()`);
  }
}
