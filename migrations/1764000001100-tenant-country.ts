import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLES } from './support/sql';
import { TIMEZONE_COUNTRIES } from './support/timezone-countries';

/**
 * A clinic's country (ISO 3166 alpha-2): redaction reads national phone formats and postcodes as
 * its. It defaults from the clinic's time zone (IANA zone.tab), or US where a zone names no country
 * (UTC), and replaces redaction.policies.default_region, which said the same thing a second time.
 */
export class TenantCountry1764000001100 implements MigrationInterface {
  name = 'TenantCountry1764000001100';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE tenancy.timezone_countries (timezone text PRIMARY KEY, country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'))`,
      `INSERT INTO tenancy.timezone_countries (timezone, country) VALUES ${TIMEZONE_COUNTRIES.map(([zone, country]) => `('${zone}', '${country}')`).join(', ')}`,
      `GRANT SELECT ON tenancy.timezone_countries TO ${APP_ROLES.join(', ')}`,
      `ALTER TABLE tenancy.orgs ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$')`,
      `CREATE FUNCTION tenancy.default_country() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.country IS NULL THEN
           NEW.country := COALESCE((SELECT country FROM tenancy.timezone_countries WHERE timezone = NEW.timezone), 'US');
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER orgs_default_country BEFORE INSERT OR UPDATE ON tenancy.orgs FOR EACH ROW EXECUTE FUNCTION tenancy.default_country()`,
      `UPDATE tenancy.orgs o SET country = COALESCE(
         (SELECT p.default_region FROM redaction.policies p WHERE p.org_id = o.org_id AND p.default_region <> 'US'),
         (SELECT z.country FROM tenancy.timezone_countries z WHERE z.timezone = o.timezone),
         'US')`,
      `ALTER TABLE tenancy.orgs ALTER COLUMN country SET NOT NULL`,
      `ALTER TABLE redaction.policies DROP COLUMN default_region`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE redaction.policies ADD COLUMN default_region text NOT NULL DEFAULT 'US' CHECK (default_region ~ '^[A-Z]{2}$')`);
    await db.query(`UPDATE redaction.policies p SET default_region = o.country FROM tenancy.orgs o WHERE o.org_id = p.org_id`);
    await db.query(`DROP TRIGGER orgs_default_country ON tenancy.orgs`);
    await db.query(`DROP FUNCTION tenancy.default_country()`);
    await db.query(`ALTER TABLE tenancy.orgs DROP COLUMN country`);
    await db.query(`DROP TABLE tenancy.timezone_countries`);
  }
}
