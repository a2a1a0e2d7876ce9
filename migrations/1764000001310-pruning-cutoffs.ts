import { MigrationInterface, QueryRunner } from 'typeorm';
import { discoveryFunction } from './support/sql';

const MESSAGING = [
  { schema: 'booking', role: 'mo_booking' },
  { schema: 'otp_sms', role: 'mo_otp_sms' },
  { schema: 'redaction', role: 'mo_redaction' },
  { schema: 'followup', role: 'mo_followup' },
];

/** The most rows one call deletes, whatever the caller asks for. */
const batch = (arg: string) => `greatest(0, least(${arg}, 10000))`;

/**
 * The pruning functions bypass row-level security, so they no longer take their cutoff from the
 * caller: `SELECT followup.purge_expired('9999-01-01')` deleted every tenant's caller memory. Each
 * cutoff is now the database's now() minus the retention, which is written here (or, for caller
 * memory, read from each tenant's settings).
 */
export class PruningCutoffs1764000001310 implements MigrationInterface {
  name = 'PruningCutoffs1764000001310';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      ...MESSAGING.flatMap(({ schema, role }) => [
        `DROP FUNCTION ${schema}.outbox_prune(timestamptz, int)`,
        `DROP FUNCTION ${schema}.inbox_prune(timestamptz, int)`,
        // Delivered rows are kept a day for inspection.
        ...discoveryFunction(
          `${schema}.outbox_prune(max_rows int)`,
          'integer',
          `WITH doomed AS (
             SELECT org_id, id FROM ${schema}.outbox WHERE sent_at < now() - interval '1 day' ORDER BY sent_at LIMIT ${batch('max_rows')}
           ), gone AS (
             DELETE FROM ${schema}.outbox o USING doomed d WHERE o.org_id = d.org_id AND o.id = d.id RETURNING 1
           ) SELECT count(*)::int FROM gone`,
          [role],
        ),
        // The inbox stops a redelivered or replayed message from acting twice: kept well beyond any
        // retry schedule or dead-letter replay an operator would run.
        ...discoveryFunction(
          `${schema}.inbox_prune(max_rows int)`,
          'integer',
          `WITH doomed AS (
             SELECT org_id, consumer, message_id FROM ${schema}.inbox WHERE received_at < now() - interval '30 days' LIMIT ${batch('max_rows')}
           ), gone AS (
             DELETE FROM ${schema}.inbox i USING doomed d
              WHERE i.org_id = d.org_id AND i.consumer = d.consumer AND i.message_id = d.message_id RETURNING 1
           ) SELECT count(*)::int FROM gone`,
          [role],
        ),
      ]),
      `DROP FUNCTION booking.idempotency_prune(timestamptz, int)`,
      // Idempotency keys protect the retries of one call: a day is plenty.
      ...discoveryFunction(
        `booking.idempotency_prune(max_rows int)`,
        'integer',
        `WITH doomed AS (
           SELECT org_id, idempotency_key FROM booking.idempotency_keys WHERE created_at < now() - interval '1 day' LIMIT ${batch('max_rows')}
         ), gone AS (
           DELETE FROM booking.idempotency_keys k USING doomed d WHERE k.org_id = d.org_id AND k.idempotency_key = d.idempotency_key RETURNING 1
         ) SELECT count(*)::int FROM gone`,
        ['mo_booking'],
      ),
      `DROP FUNCTION followup.purge_expired(timestamptz)`,
      // Memory older than each tenant's retention; opt-outs and the consent log are kept.
      ...discoveryFunction(
        `followup.purge_expired()`,
        'integer',
        `WITH callers AS (
           DELETE FROM followup.callers c USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE c.org_id = o.org_id AND c.updated_at < now() - make_interval(days => coalesce(s.retention_days, 30)) RETURNING 1
         ), calls AS (
           DELETE FROM followup.calls c USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE c.org_id = o.org_id AND c.seen_at < now() - make_interval(days => coalesce(s.retention_days, 30)) RETURNING 1
         ), followups AS (
           DELETE FROM followup.followups f USING tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id
            WHERE f.org_id = o.org_id AND f.updated_at < now() - make_interval(days => coalesce(s.retention_days, 30))
              AND f.status NOT IN ('scheduled', 'sending') RETURNING 1
         ) SELECT ((SELECT count(*) FROM callers) + (SELECT count(*) FROM calls) + (SELECT count(*) FROM followups))::int`,
        ['mo_followup'],
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('PruningCutoffs1764000001310 cannot be undone: the old functions took their cutoff from the caller');
  }
}
