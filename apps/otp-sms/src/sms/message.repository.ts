import { Injectable } from '@nestjs/common';
import { SmsPurpose } from '@mo/contracts';
import { TenantDb } from '@mo/database';

/** The advisory lock class of per-phone send locks (the outbox uses another). */
const PHONE_LOCK_CLASS = 0x0515;

const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

/** Twilio's statuses, ranked; a message's status only ever moves to a higher rank. */
export const STATUS_RANK: Record<string, number> = {
  sending: 0,
  accepted: 1,
  scheduled: 1,
  queued: 1,
  sent: 2,
  delivered: 3,
  undelivered: 3,
  failed: 3,
  canceled: 3,
  read: 3,
};

export interface NewMessage {
  messageId: string;
  purpose: SmsPurpose;
  holdId?: string;
  followupId?: string;
  changeId?: string;
  to: string;
  createdAt: Date;
  correlationId?: string;
}

export interface StatusChange {
  purpose: SmsPurpose | null;
  holdId: string | null;
  followupId: string | null;
  changeId: string | null;
  correlationId: string | null;
  /** True when this callback created the row: the message is not ours (a rolled-back send), so it means nothing. */
  orphan: boolean;
}

@Injectable()
export class MessageRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(message: NewMessage): Promise<void> {
    await this.db.execute(
      `INSERT INTO otp_sms.messages (org_id, message_id, purpose, hold_id, followup_id, change_id, to_phone, status, status_rank, created_at, updated_at, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $9, $6, 'sending', 0, $7, $7, $8)`,
      [this.db.orgId, message.messageId, message.purpose, message.holdId ?? null, message.followupId ?? null, message.to, message.createdAt, message.correlationId ?? null, message.changeId ?? null],
    );
  }

  /**
   * Moves a message forward, creating the row if the callback is the first to know it. A callback
   * racing our own uncommitted insert waits on the primary key, then updates; a late or repeated
   * status (not a higher rank) changes nothing and returns undefined.
   */
  /** `final`: the caller writes nothing after it, so it may commit with it (TenantDb.endAtFinal). */
  async advance(messageId: string, change: { status: string; sid?: string; errorCode?: number; to?: string; at: Date }, final = false): Promise<StatusChange | undefined> {
    const rank = STATUS_RANK[change.status];
    if (rank === undefined) return undefined;
    const [row] = await this.db.query<{ purpose: SmsPurpose | null; hold_id: string | null; followup_id: string | null; change_id: string | null; correlation_id: string | null; inserted: boolean }>(
      `INSERT INTO otp_sms.messages AS m (org_id, message_id, to_phone, twilio_sid, status, status_rank, error_code, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (org_id, message_id) DO UPDATE
          SET status = EXCLUDED.status, status_rank = EXCLUDED.status_rank, updated_at = EXCLUDED.updated_at,
              twilio_sid = coalesce(m.twilio_sid, EXCLUDED.twilio_sid), error_code = coalesce(EXCLUDED.error_code, m.error_code)
        WHERE m.status_rank < EXCLUDED.status_rank
       RETURNING m.purpose, m.hold_id, m.followup_id, m.change_id, m.correlation_id, (xmax = 0) AS inserted`,
      [this.db.orgId, messageId, change.to ?? '', change.sid ?? null, change.status, rank, change.errorCode ?? null, change.at],
      { final },
    );
    return row && { purpose: row.purpose, holdId: row.hold_id, followupId: row.followup_id, changeId: row.change_id, correlationId: row.correlation_id, orphan: row.inserted };
  }

  async exists(messageId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM otp_sms.messages WHERE org_id = $1 AND message_id = $2`, [this.db.orgId, messageId]);
    return rows.length > 0;
  }

  /** Locks one phone's sends until the transaction ends; SendLimits owns the locks. */
  async lockPhone(phone: string): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(${PHONE_LOCK_CLASS}, hashtext($1 || ':' || $2))`, [this.db.orgId, phone]);
  }

  /**
   * Sends of `purpose` to this phone since `phoneSince` (the per-phone limit) and the tenant's sends
   * on the day starting `day` (the daily cap), in one round trip. Run it in a statement after the
   * phone's lock: a statement sees what was committed when it began.
   */
  async countsFor(phone: string, purpose: SmsPurpose, phoneSince: Date, day: Date): Promise<{ toPhone: number; ofTenant: number }> {
    const [row] = await this.db.query<{ to_phone: number; of_tenant: number }>(
      `SELECT (SELECT count(*) FROM otp_sms.messages WHERE org_id = $1 AND to_phone = $2 AND purpose = $3 AND created_at >= $4)::int AS to_phone,
              coalesce((SELECT sent FROM otp_sms.daily_sends WHERE org_id = $1 AND day = $5::date), 0) AS of_tenant`,
      [this.db.orgId, phone, purpose, phoneSince, isoDay(day)],
    );
    return { toPhone: row?.to_phone ?? 0, ofTenant: row?.of_tenant ?? 0 };
  }

  /** The tenant's sends on the day starting `day`, as last committed. */
  async sentToday(day: Date): Promise<number> {
    const [row] = await this.db.query<{ sent: number }>(`SELECT sent FROM otp_sms.daily_sends WHERE org_id = $1 AND day = $2::date`, [this.db.orgId, isoDay(day)]);
    return row?.sent ?? 0;
  }

  /** One more send on the day starting `day`, unless `cap` were passed; false if it would be. Locks the day's row until the transaction ends. */
  async spendDailySend(day: Date, cap: number): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO otp_sms.daily_sends AS d (org_id, day, sent) VALUES ($1, $2::date, 1)
       ON CONFLICT (org_id, day) DO UPDATE SET sent = d.sent + 1 WHERE d.sent < $3
       RETURNING d.sent`,
      [this.db.orgId, isoDay(day), cap],
    );
    return rows.length > 0;
  }

  /** Tenants with a send whose provider answer was never stored (a crash mid-send); across tenants. */
  async orgsWithUnsettled(olderThan: Date, maxOrgs = 1_000): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM otp_sms.orgs_with_unsettled_sends($1, $2)`, [olderThan, maxOrgs]);
    return rows.map((row) => row.org_id);
  }

  /** This tenant's sends still `sending` since before `olderThan` with no pending text, locked until the transaction ends. */
  async claimUnsettled(olderThan: Date, limit: number): Promise<UnsettledSend[]> {
    return this.db.query<UnsettledSend>(
      `SELECT message_id AS "messageId", purpose, hold_id AS "holdId", followup_id AS "followupId", change_id AS "changeId" FROM otp_sms.messages
        WHERE org_id = $1 AND status = 'sending' AND created_at < $2
          AND NOT EXISTS (SELECT 1 FROM otp_sms.pending_texts p WHERE p.org_id = messages.org_id AND p.message_id = messages.message_id)
        ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [this.db.orgId, olderThan, limit],
    );
  }
}

export interface UnsettledSend {
  messageId: string;
  purpose: SmsPurpose | null;
  holdId: string | null;
  followupId: string | null;
  changeId: string | null;
}
