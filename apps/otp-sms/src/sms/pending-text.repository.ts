import { Injectable } from '@nestjs/common';
import { SmsPurpose } from '@mo/contracts';
import { TenantDb } from '@mo/database';

/** A pending text as its dispatcher claimed it: the message row's subject with the sealed body. */
export interface ClaimedText {
  messageId: string;
  purpose: SmsPurpose;
  to: string;
  holdId: string | null;
  followupId: string | null;
  changeId: string | null;
  correlationId: string | null;
  bodySealed: Buffer;
  /** This claim's number: 1 for the first, more after a crash left the text unanswered. */
  claims: number;
}

/** The SMS outbox: texts decided and committed, not yet answered by the provider. */
@Injectable()
export class PendingTextRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Any instance's poll may take it from `notBefore`; the instance that wrote it takes it at once,
   * with a claim of its own or (`claimed`) as the first claim, written with the text.
   */
  async insert(messageId: string, bodySealed: Buffer, createdAt: Date, notBefore: Date, claimed = false): Promise<void> {
    await this.db.execute(`INSERT INTO otp_sms.pending_texts (org_id, message_id, body_sealed, created_at, not_before, claims) VALUES ($1, $2, $3, $4, $5, $6)`, [
      this.db.orgId,
      messageId,
      bodySealed,
      createdAt,
      notBefore,
      claimed ? 1 : 0,
    ]);
  }

  /**
   * Claims the text until `leaseUntil`, if it is due, or if it was never claimed and `fresh` (the
   * kick of the transaction that wrote it). Two claims at once take turns on the row, and the second
   * finds it no longer due: one text, one sender, until its lease runs out.
   */
  async claim(messageId: string, now: Date, leaseUntil: Date, fresh: boolean): Promise<ClaimedText | undefined> {
    const [row] = await this.db.query<ClaimedText>(
      `UPDATE otp_sms.pending_texts p SET claims = p.claims + 1, not_before = $3
         FROM otp_sms.messages m
        WHERE p.org_id = $1 AND p.message_id = $2 AND m.org_id = p.org_id AND m.message_id = p.message_id
          AND (p.not_before <= $4 OR (p.claims = 0 AND $5))
       RETURNING m.message_id AS "messageId", m.purpose, m.to_phone AS "to", m.hold_id AS "holdId", m.followup_id AS "followupId",
                 m.change_id AS "changeId", m.correlation_id AS "correlationId", p.body_sealed AS "bodySealed", p.claims`,
      [this.db.orgId, messageId, leaseUntil, now, fresh],
    );
    return row;
  }

  /** Removes the text once its outcome is stored; false if that claim no longer holds it (a later claim does, or it is gone). */
  async settle(messageId: string, claims: number): Promise<boolean> {
    return (await this.db.execute(`DELETE FROM otp_sms.pending_texts WHERE org_id = $1 AND message_id = $2 AND claims = $3`, [this.db.orgId, messageId, claims])) > 0;
  }

  /** This tenant's texts due by `now`, oldest first. */
  async due(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.query<{ message_id: string }>(
      `SELECT message_id FROM otp_sms.pending_texts WHERE org_id = $1 AND not_before <= $2 ORDER BY not_before LIMIT $3`,
      [this.db.orgId, now, limit],
    );
    return rows.map((row) => row.message_id);
  }

  /** Tenants with texts due by `now`; across tenants, through a discovery function. */
  async orgsWithDue(now: Date, maxOrgs = 1_000): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM otp_sms.orgs_with_due_texts($1, $2)`, [now, maxOrgs]);
    return rows.map((row) => row.org_id);
  }
}
