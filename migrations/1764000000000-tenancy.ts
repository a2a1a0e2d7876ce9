import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLES, isolateByTenant } from './support/sql';

export class Tenancy1764000000000 implements MigrationInterface {
  name = 'Tenancy1764000000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE SCHEMA tenancy`,
      `GRANT USAGE ON SCHEMA tenancy TO ${APP_ROLES.join(', ')}`,
      `CREATE TABLE tenancy.orgs (
         org_id uuid PRIMARY KEY,
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
         timezone text NOT NULL CHECK (length(timezone) BETWEEN 1 AND 64),
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...isolateByTenant('tenancy.orgs'),
      `GRANT SELECT ON tenancy.orgs TO ${APP_ROLES.join(', ')}`,
      // Only a hash of the key's secret is stored; the key names its tenant and its row, so a lookup
      // runs under that tenant's row-level security and compares hashes in constant time.
      `CREATE TABLE tenancy.api_keys (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id) ON DELETE CASCADE,
         key_id uuid NOT NULL,
         secret_sha256 bytea NOT NULL CHECK (length(secret_sha256) = 32),
         label text NOT NULL DEFAULT '',
         created_at timestamptz NOT NULL DEFAULT now(),
         revoked_at timestamptz,
         PRIMARY KEY (org_id, key_id)
       )`,
      ...isolateByTenant('tenancy.api_keys'),
      `GRANT SELECT ON tenancy.api_keys TO mo_booking, mo_redaction, mo_followup`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA tenancy CASCADE`);
  }
}
