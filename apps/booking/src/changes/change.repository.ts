import { Injectable } from '@nestjs/common';
import type { AbandonReason, ChangeKind } from '@mo/contracts';
import { TenantDb } from '@mo/database';
import { holdColumns, holdFactsOf, HoldRow } from '../holds/hold.repository';
import { ChangeState } from './change-saga';

/** A stored change: its saga state and the version that guards its next transition. */
export type StoredChange = Exclude<ChangeState, { status: 'NONE' }> & { version: number; correlationId: string };

interface ChangeRow {
  change_id: string;
  call_id: string;
  kind: ChangeKind;
  status: 'VERIFYING' | 'DONE' | 'ABANDONED';
  code_sent: boolean;
  abandon_reason: AbandonReason | null;
  confirms: string;
  expires_at: Date;
  version: number;
  correlation_id: string;
  booking: HoldRow;
  new_slot: HoldRow | null;
}

const prefixed = (alias: string) => `(SELECT to_jsonb(x) FROM (SELECT ${holdColumns(`${alias}.`)}) x)`;

const SELECT = `SELECT c.change_id, c.call_id, c.kind, c.status, c.code_sent, c.abandon_reason, c.confirms, c.expires_at, c.version,
         c.correlation_id, ${prefixed('b')} AS booking, CASE WHEN n.hold_id IS NULL THEN NULL ELSE ${prefixed('n')} END AS new_slot
    FROM booking.appointment_changes c
    JOIN booking.holds b ON b.org_id = c.org_id AND b.hold_id = c.booking_hold_id
    LEFT JOIN booking.holds n ON n.org_id = c.org_id AND n.hold_id = c.new_hold_id`;

@Injectable()
export class ChangeRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(state: Extract<ChangeState, { status: 'VERIFYING' }>, correlationId: string, now: Date): Promise<void> {
    const { change } = state;
    await this.db.execute(
      `INSERT INTO booking.appointment_changes (org_id, change_id, call_id, kind, booking_hold_id, new_hold_id, status, confirms,
         expires_at, correlation_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'VERIFYING', $7, $8, $9, $10, $10)`,
      [this.db.orgId, change.changeId, change.callId, change.kind, change.booking.hold.holdId, change.newSlot?.holdId ?? null, change.confirms, change.expiresAt, correlationId, now],
    );
  }

  /** The change, locked with its rows for a transition when `forUpdate`. Another tenant's is not found. */
  async find(changeId: string, forUpdate: boolean): Promise<StoredChange | undefined> {
    // Locked first, read after: a statement that waited for the lock would see the joined rows as they
    // were before the other transaction committed (only the locked row is re-read), so a replayed
    // confirm would miss the booking it made.
    if (forUpdate) await this.db.query(`SELECT 1 FROM booking.appointment_changes WHERE org_id = $1 AND change_id = $2 FOR UPDATE`, [this.db.orgId, changeId]);
    const [row] = await this.db.query<ChangeRow>(`${SELECT} WHERE c.org_id = $1 AND c.change_id = $2`, [this.db.orgId, changeId]);
    return row && toStored(row);
  }

  /** The open change of a booking's row, if one waits for its code. */
  async openForBooking(bookingHoldId: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ change_id: string }>(
      `SELECT change_id FROM booking.appointment_changes WHERE org_id = $1 AND booking_hold_id = $2 AND status = 'VERIFYING'`,
      [this.db.orgId, bookingHoldId],
    );
    return row?.change_id;
  }

  async openForCall(callId: string): Promise<StoredChange[]> {
    const rows = await this.db.query<ChangeRow>(`${SELECT} WHERE c.org_id = $1 AND c.call_id = $2 AND c.status = 'VERIFYING' FOR UPDATE OF c`, [this.db.orgId, callId]);
    return rows.map(toStored);
  }

  /** Due changes of the current tenant; SKIP LOCKED lets every booking instance sweep side by side. */
  async claimDue(now: Date, limit: number): Promise<StoredChange[]> {
    const rows = await this.db.query<ChangeRow>(
      `${SELECT} WHERE c.org_id = $1 AND c.status = 'VERIFYING' AND c.expires_at <= $2 ORDER BY c.expires_at LIMIT $3 FOR UPDATE OF c SKIP LOCKED`,
      [this.db.orgId, now, limit],
    );
    return rows.map(toStored);
  }

  /** Stores a transition only if the change is still in the state it was decided from. */
  async transition(before: StoredChange, after: ChangeState, now: Date): Promise<void> {
    if (after.status === 'NONE') throw new TypeError('a change cannot go back to NONE');
    const updated = await this.db.execute(
      `UPDATE booking.appointment_changes SET status = $3, code_sent = $4, abandon_reason = $5, updated_at = $6, version = version + 1
        WHERE org_id = $1 AND change_id = $2 AND version = $7`,
      [this.db.orgId, before.change.changeId, after.status, after.status === 'VERIFYING' ? after.codeSent : true, after.status === 'ABANDONED' ? after.reason : null, now, before.version],
    );
    if (updated !== 1) throw new Error(`change ${before.change.changeId} changed concurrently`);
  }

  async orgsWithDueChanges(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM booking.orgs_with_due_changes($1, $2)`, [now, limit]);
    return rows.map((r) => r.org_id);
  }
}

/** JSON has no dates: the hold row's instants come back as strings. */
const revive = (row: HoldRow): HoldRow => ({ ...row, starts_at: new Date(row.starts_at), ends_at: new Date(row.ends_at), expires_at: new Date(row.expires_at) });

function toStored(row: ChangeRow): StoredChange {
  const booked = revive(row.booking);
  const newSlot = row.new_slot ? revive(row.new_slot) : undefined;
  const change = {
    changeId: row.change_id,
    callId: row.call_id,
    kind: row.kind,
    booking: { hold: holdFactsOf(booked), bookingId: booked.booking_id! },
    ...(newSlot ? { newSlot: holdFactsOf(newSlot) } : {}),
    confirms: row.confirms,
    expiresAt: row.expires_at,
  };
  const meta = { version: row.version, correlationId: row.correlation_id };
  switch (row.status) {
    case 'VERIFYING':
      return { status: 'VERIFYING', change, codeSent: row.code_sent, ...meta };
    case 'DONE':
      return { status: 'DONE', change, ...(newSlot?.booking_id ? { newBookingId: newSlot.booking_id } : {}), ...meta };
    case 'ABANDONED':
      return { status: 'ABANDONED', change, reason: row.abandon_reason!, ...meta };
  }
}
