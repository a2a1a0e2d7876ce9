import { MigrationInterface, QueryRunner } from 'typeorm';

/** A tenant may require signed request bodies; its secret is stored sealed (AES-256-GCM). */
export class RequestSigning1764000000200 implements MigrationInterface {
  name = 'RequestSigning1764000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenancy.orgs ADD COLUMN signing_secret_sealed bytea`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenancy.orgs DROP COLUMN signing_secret_sealed`);
  }
}
