import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateByTenant } from './support/sql';

/**
 * Nonces of signed requests, kept for the signature tolerance window so a captured request cannot be
 * replayed: on any instance, since they live in the database. Expired rows are pruned by the next
 * claims of the same tenant, under its row-level security.
 */
export class RequestNonces1764000001300 implements MigrationInterface {
  name = 'RequestNonces1764000001300';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE tenancy.request_nonces (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id) ON DELETE CASCADE,
         nonce text NOT NULL CHECK (nonce ~ '^[A-Za-z0-9_-]{16,64}$'),
         expires_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, nonce)
       )`,
      `CREATE INDEX request_nonces_expiry ON tenancy.request_nonces (org_id, expires_at)`,
      ...isolateByTenant('tenancy.request_nonces'),
      `GRANT SELECT, INSERT, DELETE ON tenancy.request_nonces TO mo_booking, mo_redaction, mo_followup`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tenancy.request_nonces`);
  }
}
