import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction, isolateByTenant } from './support/sql';

/**
 * Voice platforms: a clinic's connection to Vapi, Retell or ElevenLabs; booking's record of each
 * tool call's first answer (per-call exactly-once); redaction's record of calls whose end it reported.
 */
export class VoicePlatforms1764000001400 implements MigrationInterface {
  name = 'VoicePlatforms1764000001400';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // The connection id is in the platform's URLs; the tenant is found from it, then everything is
      // read under that tenant's row-level security. Only a hash of the secret we issue is kept; the
      // key the platform signs with must be usable, so it is sealed.
      `CREATE TABLE tenancy.voice_connections (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id) ON DELETE CASCADE,
         connection_id uuid NOT NULL,
         platform text NOT NULL CHECK (platform IN ('vapi', 'retell', 'elevenlabs')),
         secret_sha256 bytea CHECK (length(secret_sha256) = 32),
         signing_key_sealed bytea,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (org_id, connection_id),
         UNIQUE (org_id, platform)
       )`,
      // Found across tenants by its id alone (random, so one tenant's); keys stay led by org_id.
      `CREATE INDEX voice_connections_id ON tenancy.voice_connections (connection_id)`,
      ...isolateByTenant('tenancy.voice_connections'),
      `GRANT SELECT ON tenancy.voice_connections TO mo_booking, mo_redaction`,
      `GRANT SELECT ON tenancy.voice_connections TO mo_discovery`,
      // The owner of a function must be able to create in its schema.
      `GRANT CREATE ON SCHEMA tenancy TO mo_discovery`,
      ...discoveryFunction(
        `tenancy.voice_connection_org(connection uuid)`,
        'uuid',
        `SELECT org_id FROM tenancy.voice_connections WHERE connection_id = connection LIMIT 1`,
        ['mo_booking', 'mo_redaction'],
      ),
      // One row per tool call id and one per (tool, canonical arguments); the first claim runs the tool
      // and stores its answer in the same transaction, so a concurrent repeat waits and replays it.
      `CREATE TABLE booking.voice_tool_calls (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         call_id text NOT NULL CHECK (length(call_id) BETWEEN 1 AND 128),
         dedupe_key text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 300),
         tool text NOT NULL,
         answer jsonb,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, call_id, dedupe_key)
       )`,
      `CREATE INDEX voice_tool_calls_created ON booking.voice_tool_calls (created_at)`,
      ...isolateByTenant('booking.voice_tool_calls'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON booking.voice_tool_calls TO mo_booking`,
      `GRANT SELECT, DELETE ON booking.voice_tool_calls TO mo_discovery`,
      ...discoveryFunction(
        // Like every pruning function (migration 1764000001310), the cutoff is the database's, never
        // the caller's: a tool call's answer matters only while its call lasts, so a day is plenty.
        `booking.voice_tool_calls_prune(max_rows int)`,
        'integer',
        `WITH doomed AS (
           SELECT org_id, call_id, dedupe_key FROM booking.voice_tool_calls
            WHERE created_at < now() - interval '1 day' LIMIT greatest(0, least(max_rows, 10000))
         ), gone AS (
           DELETE FROM booking.voice_tool_calls v USING doomed d
            WHERE v.org_id = d.org_id AND v.call_id = d.call_id AND v.dedupe_key = d.dedupe_key RETURNING 1
         ) SELECT count(*)::int FROM gone`,
        ['mo_booking'],
      ),
      `CREATE TABLE redaction.voice_calls_ended (
         org_id uuid NOT NULL REFERENCES tenancy.orgs (org_id),
         call_id text NOT NULL CHECK (length(call_id) BETWEEN 1 AND 128),
         platform text NOT NULL,
         ended_at timestamptz NOT NULL,
         PRIMARY KEY (org_id, call_id)
       )`,
      ...isolateByTenant('redaction.voice_calls_ended'),
      `GRANT SELECT, INSERT ON redaction.voice_calls_ended TO mo_redaction`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE redaction.voice_calls_ended`);
    await db.query(`DROP FUNCTION booking.voice_tool_calls_prune(int)`);
    await db.query(`DROP TABLE booking.voice_tool_calls`);
    await db.query(`DROP FUNCTION tenancy.voice_connection_org(uuid)`);
    await db.query(`DROP TABLE tenancy.voice_connections`);
  }
}
