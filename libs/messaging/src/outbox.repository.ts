import { Envelope } from '@mo/contracts';
import { TenantDb } from '@mo/database';

export interface OutboxRow {
  id: string;
  aggregateId: string;
  routingKey: string;
  envelope: Envelope;
}

/**
 * Advisory-lock namespace for "this aggregate's events are being relayed"; any constant unique to the
 * outbox. Advisory locks are database-wide, so the key also names the schema: booking's relay and
 * otp-sms's relay publishing events of the same hold are different queues of work and must not wait
 * for each other (they did, for a whole poll interval, whenever their passes overlapped).
 */
const AGGREGATE_LOCK_CLASS = 0x0b0c;

export class OutboxRepository {
  private readonly table: string;

  constructor(
    private readonly db: TenantDb,
    private readonly schema: string,
  ) {
    this.table = `"${schema}".outbox`;
  }

  async insert(row: OutboxRow, final = false): Promise<void> {
    await this.db.execute(
      `INSERT INTO ${this.table} (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [this.db.orgId, row.id, row.aggregateId, row.routingKey, row.envelope],
      { final },
    );
  }

  /**
   * Claims the oldest unsent rows of the current tenant. SKIP LOCKED lets several relays share the
   * work; the per-aggregate advisory lock keeps one aggregate's rows with a single relay, so they are
   * published in order even when relays run side by side.
   */
  async claim(limit: number): Promise<OutboxRow[]> {
    return this.db.query<OutboxRow>(
      `SELECT o.id, o.aggregate_id AS "aggregateId", o.routing_key AS "routingKey", o.envelope
         FROM ${this.table} o
        WHERE o.org_id = $1 AND o.sent_at IS NULL AND o.failed_at IS NULL
          AND pg_try_advisory_xact_lock(${AGGREGATE_LOCK_CLASS}, hashtext('${this.schema}:' || o.org_id::text || o.aggregate_id))
        ORDER BY o.seq
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [this.db.orgId, limit],
    );
  }

  /** `final`: the transaction's last write, which may commit with it (TenantDb.endAtFinal). */
  async markSent(ids: readonly string[], sentAt: Date, final = false): Promise<void> {
    if (ids.length === 0) return;
    await this.db.execute(`UPDATE ${this.table} SET sent_at = $3 WHERE org_id = $1 AND id = ANY($2::uuid[])`, [this.db.orgId, ids, sentAt], { final });
  }

  /** Deletes delivered rows that must not outlive their delivery (`forgetOnceDelivered` contracts). */
  async forget(ids: readonly string[], final = false): Promise<void> {
    if (ids.length === 0) return;
    await this.db.execute(`DELETE FROM ${this.table} WHERE org_id = $1 AND id = ANY($2::uuid[])`, [this.db.orgId, ids], { final });
  }

  /**
   * An erasure's part of the outbox: deletes the tenant's rows about `aggregateIds` that are delivered
   * (or quarantined, never to be), and returns the aggregate of each row still to publish, which stays.
   */
  async eraseAbout(aggregateIds: readonly string[]): Promise<{ erased: number; pending: string[] }> {
    if (aggregateIds.length === 0) return { erased: 0, pending: [] };
    const erased = await this.db.execute(
      `DELETE FROM ${this.table} WHERE org_id = $1 AND aggregate_id = ANY($2::text[]) AND (sent_at IS NOT NULL OR failed_at IS NOT NULL)`,
      [this.db.orgId, aggregateIds],
    );
    const rows = await this.db.query<{ aggregate_id: string }>(`SELECT aggregate_id FROM ${this.table} WHERE org_id = $1 AND aggregate_id = ANY($2::text[])`, [
      this.db.orgId,
      aggregateIds,
    ]);
    return { erased, pending: rows.map((r) => r.aggregate_id) };
  }

  /** Takes a row the relay can never publish out of the queue of work, keeping it for an operator. */
  async quarantine(id: string, error: string, at: Date): Promise<void> {
    await this.db.execute(`UPDATE ${this.table} SET failed_at = $3, last_error = $4 WHERE org_id = $1 AND id = $2`, [
      this.db.orgId,
      id,
      at,
      error.slice(0, 1_000),
    ]);
  }

  /** Tenants with unsent rows, through the schema's SECURITY DEFINER discovery function. */
  async pendingOrgs(limit: number): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM "${this.schema}".outbox_pending_orgs($1)`, [limit]);
    return rows.map((r) => r.org_id);
  }

  /** The backlog across tenants, for metrics: unsent rows, the oldest one's age, and quarantined rows. */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number; quarantined: number }> {
    const [row] = await this.db.discover<{ count: string; oldest_age_seconds: number | null; quarantined: string }>(
      `SELECT count, oldest_age_seconds, quarantined FROM "${this.schema}".outbox_backlog()`,
    );
    return {
      count: Number(row?.count ?? 0),
      oldestAgeSeconds: Number(row?.oldest_age_seconds ?? 0),
      quarantined: Number(row?.quarantined ?? 0),
    };
  }

  /** Deletes rows delivered more than a day ago (by the database's clock), across tenants. */
  async pruneSent(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT "${this.schema}".outbox_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }
}

/**
 * SQL that inserts prepared outbox rows for every row `source` returns, taking org_id from it: for
 * writing a state change and its messages in one statement, e.g.
 * `WITH changed AS (INSERT ... RETURNING org_id) ${outboxInsertFrom('booking', 'changed', 9)}`.
 * Pass `outboxRecordset(rows)` as parameter `$param`.
 */
export function outboxInsertFrom(schema: string, source: string, param: number): string {
  return `INSERT INTO "${schema}".outbox (org_id, id, aggregate_id, routing_key, envelope)
    SELECT ${source}.org_id, m.id, m.aggregate_id, m.routing_key, m.envelope
      FROM ${source}, jsonb_to_recordset($${param}::jsonb) AS m(id uuid, aggregate_id text, routing_key text, envelope jsonb)
    RETURNING id`;
}

export function outboxRecordset(rows: readonly OutboxRow[]): string {
  return JSON.stringify(rows.map((r) => ({ id: r.id, aggregate_id: r.aggregateId, routing_key: r.routingKey, envelope: r.envelope })));
}
