import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/** Each app's schema, with the outbox and inbox its messaging needs. */
const APPS = [
  { schema: 'booking', role: 'mo_booking' },
  { schema: 'otp_sms', role: 'mo_otp_sms' },
  { schema: 'redaction', role: 'mo_redaction' },
  { schema: 'followup', role: 'mo_followup' },
] as const;

export class Messaging1764000000100 implements MigrationInterface {
  name = 'Messaging1764000000100';

  async up(db: QueryRunner): Promise<void> {
    for (const { schema, role } of APPS) {
      for (const sql of appSchema(schema, role)) await db.query(sql);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { schema } of APPS) await db.query(`DROP SCHEMA ${schema} CASCADE`);
  }
}

function appSchema(schema: string, role: string): string[] {
  return [
    `CREATE SCHEMA ${schema}`,
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, CREATE ON SCHEMA ${schema} TO mo_discovery`,
    `CREATE TABLE ${schema}.outbox (
       org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
       id uuid NOT NULL,
       seq bigint GENERATED ALWAYS AS IDENTITY,
       aggregate_id text NOT NULL,
       routing_key text NOT NULL,
       envelope jsonb NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       sent_at timestamptz,
       -- A row the relay could never encode is quarantined here instead of blocking its tenant.
       failed_at timestamptz,
       last_error text,
       PRIMARY KEY (org_id, id)
     )`,
    `CREATE INDEX outbox_unsent ON ${schema}.outbox (org_id, seq) WHERE sent_at IS NULL AND failed_at IS NULL`,
    `CREATE INDEX outbox_sent ON ${schema}.outbox (sent_at) WHERE sent_at IS NOT NULL`,
    ...isolateByTenant(`${schema}.outbox`),
    `GRANT SELECT, INSERT, UPDATE ON ${schema}.outbox TO ${role}`,
    `CREATE TABLE ${schema}.inbox (
       org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
       consumer text NOT NULL,
       message_id uuid NOT NULL,
       received_at timestamptz NOT NULL,
       PRIMARY KEY (org_id, consumer, message_id)
     )`,
    `CREATE INDEX inbox_received ON ${schema}.inbox (received_at)`,
    ...isolateByTenant(`${schema}.inbox`),
    `GRANT SELECT, INSERT ON ${schema}.inbox TO ${role}`,
    `GRANT SELECT, DELETE ON ${schema}.outbox, ${schema}.inbox TO mo_discovery`,
    ...discoveryFunction(
      `${schema}.outbox_pending_orgs(max_orgs int)`,
      'TABLE (org_id uuid)',
      `SELECT DISTINCT org_id FROM ${schema}.outbox WHERE sent_at IS NULL AND failed_at IS NULL LIMIT max_orgs`,
      [role],
    ),
    ...discoveryFunction(
      `${schema}.outbox_backlog()`,
      'TABLE (count bigint, oldest_age_seconds double precision, quarantined bigint)',
      `SELECT count(*) FILTER (WHERE failed_at IS NULL),
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE failed_at IS NULL)), 0)::double precision,
              count(*) FILTER (WHERE failed_at IS NOT NULL)
         FROM ${schema}.outbox WHERE sent_at IS NULL`,
      [role],
    ),
    ...discoveryFunction(
      `${schema}.outbox_prune(sent_before timestamptz, max_rows int)`,
      'integer',
      `WITH doomed AS (
         SELECT org_id, id FROM ${schema}.outbox WHERE sent_at < sent_before ORDER BY sent_at LIMIT max_rows
       ), gone AS (
         DELETE FROM ${schema}.outbox o USING doomed d WHERE o.org_id = d.org_id AND o.id = d.id RETURNING 1
       ) SELECT count(*)::int FROM gone`,
      [role],
    ),
    ...discoveryFunction(
      `${schema}.inbox_prune(received_before timestamptz, max_rows int)`,
      'integer',
      `WITH doomed AS (
         SELECT org_id, consumer, message_id FROM ${schema}.inbox WHERE received_at < received_before LIMIT max_rows
       ), gone AS (
         DELETE FROM ${schema}.inbox i USING doomed d
          WHERE i.org_id = d.org_id AND i.consumer = d.consumer AND i.message_id = d.message_id RETURNING 1
       ) SELECT count(*)::int FROM gone`,
      [role],
    ),
  ];
}
