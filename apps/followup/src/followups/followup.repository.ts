import { Injectable } from '@nestjs/common';
import { type StatementOptions, TenantDb } from '@mo/database';

export type FollowupStatus = 'scheduled' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'booked';

export interface Followup {
  followupId: string;
  holdId: string;
  phone: string;
  firstName: string | null;
  appointmentTypeId: string;
  appointmentTypeName: string;
  resourceId: string;
  resourceName: string;
  startsAt: Date;
  startsLocal: string;
  timezone: string;
  clinicName: string;
  status: FollowupStatus;
  dueAt: Date;
  bookingId: string | null;
  createdAt: Date;
}

const COLUMNS = `followup_id AS "followupId", hold_id AS "holdId", phone, first_name AS "firstName", appointment_type_id AS "appointmentTypeId",
  appointment_type_name AS "appointmentTypeName", resource_id AS "resourceId", resource_name AS "resourceName", starts_at AS "startsAt",
  starts_local AS "startsLocal", timezone, clinic_name AS "clinicName", status, due_at AS "dueAt", booking_id AS "bookingId", created_at AS "createdAt"`;

@Injectable()
export class FollowupRepository {
  constructor(private readonly db: TenantDb) {}

  /** False when the hold already has a follow-up: one per hold, whatever arrives twice. */
  async insert(f: Omit<Followup, 'bookingId' | 'createdAt'>, now: Date): Promise<boolean> {
    const inserted = await this.db.execute(
      `INSERT INTO followup.followups (org_id, followup_id, hold_id, phone, first_name, appointment_type_id, appointment_type_name, resource_id,
         resource_name, starts_at, starts_local, timezone, clinic_name, status, due_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
       ON CONFLICT (org_id, hold_id) DO NOTHING`,
      [
        this.db.orgId,
        f.followupId,
        f.holdId,
        f.phone,
        f.firstName,
        f.appointmentTypeId,
        f.appointmentTypeName,
        f.resourceId,
        f.resourceName,
        f.startsAt,
        f.startsLocal,
        f.timezone,
        f.clinicName,
        f.status,
        f.dueAt,
        now,
      ],
    );
    return inserted === 1;
  }

  async find(followupId: string, forUpdate: boolean): Promise<Followup | undefined> {
    const [row] = await this.db.query<Followup>(`SELECT ${COLUMNS} FROM followup.followups WHERE org_id = $1 AND followup_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [
      this.db.orgId,
      followupId,
    ]);
    return row;
  }

  /** Due follow-ups of the current tenant; SKIP LOCKED lets every followup instance share the work. */
  async claimDue(now: Date, limit: number): Promise<Followup[]> {
    return this.db.query<Followup>(
      `SELECT ${COLUMNS} FROM followup.followups WHERE org_id = $1 AND status = 'scheduled' AND due_at <= $2 ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [this.db.orgId, now, limit],
    );
  }

  /** The caller's newest follow-up still worth answering, locked so two replies cannot both act on it. */
  async latestForPhone(phone: string, since: Date): Promise<Followup | undefined> {
    const [row] = await this.db.query<Followup>(
      `SELECT ${COLUMNS} FROM followup.followups WHERE org_id = $1 AND phone = $2 AND created_at >= $3 AND status IN ('sent', 'sending', 'booked')
        ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [this.db.orgId, phone, since],
    );
    return row;
  }

  async update(
    followupId: string,
    changes: { status: FollowupStatus; dueAt?: Date; smsRequestId?: string; failureReason?: string; bookingId?: string },
    now: Date,
    options: StatementOptions = {},
  ): Promise<void> {
    await this.db.execute(
      `UPDATE followup.followups SET status = $3, due_at = coalesce($4, due_at), sms_request_id = coalesce($5, sms_request_id),
         failure_reason = coalesce($6, failure_reason), booking_id = coalesce($7, booking_id), updated_at = $8
       WHERE org_id = $1 AND followup_id = $2`,
      [this.db.orgId, followupId, changes.status, changes.dueAt ?? null, changes.smsRequestId ?? null, changes.failureReason ?? null, changes.bookingId ?? null, now],
      options,
    );
  }

  /**
   * Records the outcome of the follow-up SMS itself (not of later answers to replies), only moving
   * forward: a delivery failure reported after `sent` still marks it failed.
   */
  async settleSms(followupId: string, requestId: string, status: 'sent' | 'failed', reason: string | undefined, now: Date): Promise<void> {
    await this.db.execute(
      `UPDATE followup.followups SET status = $4, failure_reason = $5, updated_at = $6
        WHERE org_id = $1 AND followup_id = $2 AND sms_request_id = $3 AND status IN ('sending', 'sent')`,
      [this.db.orgId, followupId, requestId, status, reason ?? null, now],
      // Its handler's one write (SmsSent, SmsFailed): the message's COMMIT may go with it.
      { final: true },
    );
  }

  /** Counts one more text sent in answer to the caller; returns how many there have been. */
  async countReply(followupId: string, now: Date): Promise<number> {
    const [row] = await this.db.query<{ replies: number }>(
      `UPDATE followup.followups SET replies = replies + 1, updated_at = $3 WHERE org_id = $1 AND followup_id = $2 RETURNING replies`,
      [this.db.orgId, followupId, now],
    );
    return row?.replies ?? 0;
  }

  /** After START: follow-ups an opt-out stopped before they were sent go out again, if their slot is still ahead. */
  async restoreSuppressed(phone: string, dueAt: Date, now: Date): Promise<number> {
    return this.db.execute(
      `UPDATE followup.followups SET status = 'scheduled', due_at = $3, updated_at = $4
        WHERE org_id = $1 AND phone = $2 AND status = 'suppressed' AND sms_request_id IS NULL AND starts_at > $4`,
      [this.db.orgId, phone, dueAt, now],
    );
  }

  async suppressPending(phone: string, now: Date): Promise<number> {
    return this.db.execute(`UPDATE followup.followups SET status = 'suppressed', updated_at = $3 WHERE org_id = $1 AND phone = $2 AND status = 'scheduled'`, [
      this.db.orgId,
      phone,
      now,
    ]);
  }

  async orgsWithDue(now: Date): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM followup.orgs_with_due_followups($1, 500)`, [now]);
    return rows.map((r) => r.org_id);
  }
}
