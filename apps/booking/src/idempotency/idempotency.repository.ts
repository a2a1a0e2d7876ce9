import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

export interface StoredResponse {
  requestSha256: Buffer;
  status: number | null;
  body: unknown;
}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Claims a key for this transaction. A concurrent request with the same key waits here on the
   * unique index until this transaction ends, then finds the stored response.
   */
  async claim(key: string, callId: string, requestSha256: Buffer, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO booking.idempotency_keys (org_id, idempotency_key, call_id, request_sha256, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [this.db.orgId, key, callId, requestSha256, now],
    );
    return rows.length === 1;
  }

  async find(key: string): Promise<StoredResponse | undefined> {
    const [row] = await this.db.query<{ request_sha256: Buffer; status_code: number | null; response: unknown }>(
      `SELECT request_sha256, status_code, response FROM booking.idempotency_keys WHERE org_id = $1 AND idempotency_key = $2`,
      [this.db.orgId, key],
    );
    return row && { requestSha256: row.request_sha256, status: row.status_code, body: row.response };
  }

  async complete(key: string, status: number, body: unknown): Promise<void> {
    await this.db.execute(`UPDATE booking.idempotency_keys SET status_code = $3, response = $4 WHERE org_id = $1 AND idempotency_key = $2`, [
      this.db.orgId,
      key,
      status,
      JSON.stringify(body),
    ]);
  }

  /** Forgets keys older than a day by the database's clock, across tenants, through the discovery function. */
  async prune(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT booking.idempotency_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }
}
