import { TenantDb } from '@mo/database';

export class InboxRepository {
  constructor(
    private readonly db: TenantDb,
    private readonly schema: string,
  ) {}

  /**
   * Records that `consumer` has handled `messageId`, in the handler's own transaction. False means it
   * already had: a concurrent duplicate blocks on the primary key until the first one commits or
   * rolls back, so two deliveries of one message can never both take effect.
   */
  async record(consumer: string, messageId: string, receivedAt: Date): Promise<boolean> {
    const inserted = await this.db.execute(
      `INSERT INTO "${this.schema}".inbox (org_id, consumer, message_id, received_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [this.db.orgId, consumer, messageId, receivedAt],
    );
    return inserted === 1;
  }

  /** Deletes inbox rows past their retention (30 days, by the database's clock), across tenants, through the discovery function. */
  async prune(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT "${this.schema}".inbox_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }
}
