import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateByTenant } from './support/sql';

/** Redacted transcripts and the audit trail. No column here ever holds a raw value. */
export class Redaction1764000000600 implements MigrationInterface {
  name = 'Redaction1764000000600';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // A tenant's own contact details are never masked; extra terms are masked like the built-in ones.
      `CREATE TABLE redaction.policies (
         org_id uuid PRIMARY KEY REFERENCES tenancy.orgs (org_id),
         default_region text NOT NULL DEFAULT 'US' CHECK (default_region ~ '^[A-Z]{2}$'),
         allow_phones text[] NOT NULL DEFAULT '{}',
         allow_emails text[] NOT NULL DEFAULT '{}',
         allow_addresses text[] NOT NULL DEFAULT '{}',
         allow_terms text[] NOT NULL DEFAULT '{}',
         extra_conditions text[] NOT NULL DEFAULT '{}',
         extra_medications text[] NOT NULL DEFAULT '{}',
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      // The key of pseudonyms and audit fingerprints, sealed with the tenant secrets key.
      `CREATE TABLE redaction.keys (
         org_id uuid PRIMARY KEY REFERENCES tenancy.orgs (org_id),
         key_sealed bytea NOT NULL,
         created_at timestamptz NOT NULL
       )`,
      `CREATE TABLE redaction.transcripts (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         transcript_id uuid NOT NULL,
         call_id text NOT NULL CHECK (length(call_id) BETWEEN 1 AND 128),
         request_hmac bytea NOT NULL,
         turns jsonb NOT NULL,
         entity_counts jsonb NOT NULL,
         rules_version text NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, transcript_id),
         UNIQUE (org_id, call_id)
       )`,
      `CREATE TABLE redaction.audit (
         org_id uuid NOT NULL,
         transcript_id uuid NOT NULL,
         turn_index int NOT NULL CHECK (turn_index >= 0),
         span_start int NOT NULL CHECK (span_start >= 0),
         span_end int NOT NULL,
         entity_type text NOT NULL,
         rule_id text NOT NULL,
         rules_version text NOT NULL,
         value_hmac bytea NOT NULL CHECK (length(value_hmac) = 32),
         created_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, transcript_id, turn_index, span_start),
         FOREIGN KEY (org_id, transcript_id) REFERENCES redaction.transcripts (org_id, transcript_id) ON DELETE CASCADE,
         CHECK (span_end > span_start)
       )`,
      ...['redaction.policies', 'redaction.keys', 'redaction.transcripts', 'redaction.audit'].flatMap(isolateByTenant),
      `GRANT SELECT ON redaction.policies TO mo_redaction`,
      `GRANT SELECT, INSERT ON redaction.keys, redaction.transcripts, redaction.audit TO mo_redaction`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE redaction.audit, redaction.transcripts, redaction.keys, redaction.policies`);
  }
}
