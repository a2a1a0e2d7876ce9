import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys may expire, and every instance hears at once when a key is revoked or a tenant's
 * signing secret changes (`tenant_credentials` carries the tenant id), so its key cache never
 * serves a revoked key for longer than the notification takes.
 */
export class ApiKeyExpiry1764000001320 implements MigrationInterface {
  name = 'ApiKeyExpiry1764000001320';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE tenancy.api_keys ADD COLUMN expires_at timestamptz`,
      `CREATE FUNCTION tenancy.notify_credentials_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM pg_notify('tenant_credentials', (CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END)::text);
         RETURN NULL;
       END $fn$`,
      `CREATE TRIGGER credentials_changed AFTER UPDATE OR DELETE ON tenancy.api_keys FOR EACH ROW EXECUTE FUNCTION tenancy.notify_credentials_change()`,
      `CREATE TRIGGER credentials_changed AFTER UPDATE OF signing_secret_sealed OR DELETE ON tenancy.orgs FOR EACH ROW EXECUTE FUNCTION tenancy.notify_credentials_change()`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER credentials_changed ON tenancy.orgs`);
    await db.query(`DROP TRIGGER credentials_changed ON tenancy.api_keys`);
    await db.query(`DROP FUNCTION tenancy.notify_credentials_change()`);
    await db.query(`ALTER TABLE tenancy.api_keys DROP COLUMN expires_at`);
  }
}
