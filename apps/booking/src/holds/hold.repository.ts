import { Injectable } from '@nestjs/common';
import type { ReleaseReason } from '@mo/contracts';
import { StatementOptions, TenantDb } from '@mo/database';
import { outboxInsertFrom, outboxRecordset, OutboxRow } from '@mo/messaging';
import { HoldFacts, HoldState } from './hold-saga';

/** A stored hold: its saga state, the version that guards its next transition, and its call's correlation id. */
export type StoredHold = Exclude<HoldState, { status: 'NONE' }> & { version: number; correlationId: string };

/** Another transaction moved the hold first; the caller reloads and decides again. */
export class ConcurrentTransitionError extends Error {
  constructor(holdId: string) {
    super(`hold ${holdId} changed concurrently`);
    this.name = 'ConcurrentTransitionError';
  }
}

export interface HoldRow {
  hold_id: string;
  call_id: string;
  resource_id: string;
  resource_name: string;
  appointment_type_id: string;
  appointment_type_name: string;
  starts_at: Date;
  ends_at: Date;
  starts_local: string;
  timezone: string;
  clinic_name: string;
  caller_phone: string;
  caller_first_name: string | null;
  status: 'HELD' | 'OTP_SENT' | 'CONFIRMED' | 'RELEASED' | 'RESERVED' | 'CANCELLED';
  release_reason: ReleaseReason | null;
  booking_id: string | null;
  expires_at: Date;
  version: number;
  correlation_id: string;
}

/** Every column a hold's facts and state are read from; `h.` when the query names the table so. */
export const holdColumns = (h = '') => `${h}hold_id, ${h}call_id, ${h}resource_id, ${h}resource_name, ${h}appointment_type_id, ${h}appointment_type_name,
  lower(${h}during) AS starts_at, upper(${h}during) AS ends_at, ${h}starts_local, ${h}timezone, ${h}clinic_name, ${h}caller_phone,
  ${h}caller_first_name, ${h}status, ${h}release_reason, ${h}booking_id, ${h}expires_at, ${h}version, ${h}correlation_id`;
const COLUMNS = holdColumns();

/** A hold the caller may still confirm (or let expire): the statuses a call's earlier holds are released from. */
const PENDING = `status IN ('HELD', 'OTP_SENT')`;

/**
 * SQL, true in the current transaction when hold `hold` exists and is its call's only pending one
 * (so placing it released nothing); the arguments are the embedding statement's placeholders.
 */
export const placedAloneSql = (org: string, call: string, hold: string): string =>
  `EXISTS (SELECT 1 FROM booking.holds WHERE org_id = ${org} AND hold_id = ${hold})
   AND NOT EXISTS (SELECT 1 FROM booking.holds WHERE org_id = ${org} AND call_id = ${call} AND hold_id <> ${hold} AND ${PENDING})`;

@Injectable()
export class HoldRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Claims the slot and writes its messages, in one statement: the hottest write of the product.
   * The exclusion constraint decides: with ON CONFLICT DO NOTHING an overlapping live hold makes the
   * insert return no row, so no message is written, and the transaction stays usable. It is a
   * final statement unless told otherwise: where the request's handler allows it (TenantDb.endAtFinal),
   * the transaction commits with it, in the same round trip.
   */
  async insert(
    state: { status: 'HELD'; hold: HoldFacts } | { status: 'CONFIRMED'; hold: HoldFacts; bookingId: string },
    correlationId: string,
    now: Date,
    messages: readonly OutboxRow[],
    options: StatementOptions = { final: true },
  ): Promise<boolean> {
    const { hold } = state;
    const rows = await this.db.query(
      `WITH claimed AS (
         INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name,
           appointment_type_name, starts_local, timezone, clinic_name, caller_phone, caller_first_name, status, expires_at,
           created_at, updated_at, correlation_id, booking_id)
         VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), $8, $9, $10, $11, $12, $13, $14, $19, $15, $16, $16, $17, $20)
         ON CONFLICT DO NOTHING
         RETURNING org_id)
       ${outboxInsertFrom('booking', 'claimed', 18)}`,
      [
        this.db.orgId,
        hold.holdId,
        hold.callId,
        hold.resourceId,
        hold.appointmentTypeId,
        hold.startsAt,
        hold.endsAt,
        hold.resourceName,
        hold.appointmentTypeName,
        hold.startsLocal,
        hold.timezone,
        hold.clinicName,
        hold.callerPhone,
        hold.callerFirstName ?? null,
        hold.expiresAt,
        now,
        correlationId,
        outboxRecordset(messages),
        state.status,
        state.status === 'CONFIRMED' ? state.bookingId : null,
      ],
      options,
    );
    return rows.length === messages.length && rows.length > 0;
  }

  /** The hold, locked for a transition when `forUpdate`. Another tenant's hold is simply not found. */
  async find(holdId: string, forUpdate: boolean): Promise<StoredHold | undefined> {
    const [row] = await this.db.query<HoldRow>(
      `SELECT ${COLUMNS} FROM booking.holds WHERE org_id = $1 AND hold_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [this.db.orgId, holdId],
    );
    return row && toStored(row);
  }

  async confirmedForCall(callId: string): Promise<StoredHold | undefined> {
    const [row] = await this.db.query<HoldRow>(`SELECT ${COLUMNS} FROM booking.holds WHERE org_id = $1 AND call_id = $2 AND status = 'CONFIRMED'`, [
      this.db.orgId,
      callId,
    ]);
    return row && toStored(row);
  }

  async pendingForCall(callId: string): Promise<StoredHold[]> {
    const rows = await this.db.query<HoldRow>(
      `SELECT ${COLUMNS} FROM booking.holds WHERE org_id = $1 AND call_id = $2 AND ${PENDING} FOR UPDATE`,
      [this.db.orgId, callId],
    );
    return rows.map(toStored).filter((h) => h !== undefined);
  }

  /** Due holds of the current tenant; SKIP LOCKED lets every booking instance sweep side by side. */
  async claimDue(now: Date, limit: number): Promise<StoredHold[]> {
    const rows = await this.db.query<HoldRow>(
      `SELECT ${COLUMNS} FROM booking.holds
        WHERE org_id = $1 AND ${PENDING} AND expires_at <= $2
        ORDER BY expires_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [this.db.orgId, now, limit],
    );
    return rows.map(toStored).filter((h) => h !== undefined);
  }

  /**
   * Stores a transition only if the hold is still in the state it was decided from, with its
   * prepared outbox rows in the same statement (one round trip, as the claim does). `final` when the
   * use case writes nothing after it (see TenantDb.endAtFinal).
   */
  async transition(before: StoredHold, after: HoldState, now: Date, messages: readonly OutboxRow[] = [], options: StatementOptions = {}): Promise<void> {
    if (after.status === 'NONE') throw new TypeError('a hold cannot go back to NONE');
    const update = `UPDATE booking.holds
          SET status = $3, release_reason = $4, booking_id = $5, updated_at = $6, version = version + 1
        WHERE org_id = $1 AND hold_id = $2 AND status = $7 AND version = $8`;
    const params = [
      this.db.orgId,
      before.hold.holdId,
      after.status,
      after.status === 'RELEASED' ? after.reason : null,
      after.status === 'CONFIRMED' ? after.bookingId : null,
      now,
      before.status,
      before.version,
    ];
    const moved =
      messages.length === 0
        ? (await this.db.execute(update, params, options)) === 1
        : (await this.db.query(`WITH moved AS (${update} RETURNING org_id) ${outboxInsertFrom('booking', 'moved', 9)}`, [...params, outboxRecordset(messages)], options))
            .length === messages.length;
    if (!moved) throw new ConcurrentTransitionError(before.hold.holdId);
  }

  /** Tenants with holds due by `now`, through the discovery function. */
  async orgsWithDueHolds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.discover<{ org_id: string }>(`SELECT org_id FROM booking.orgs_with_due_holds($1, $2)`, [now, limit]);
    return rows.map((r) => r.org_id);
  }
}

/** A row's facts, whatever its status. */
export function holdFactsOf(row: HoldRow): HoldFacts {
  return {
    holdId: row.hold_id,
    callId: row.call_id,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    appointmentTypeId: row.appointment_type_id,
    appointmentTypeName: row.appointment_type_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    startsLocal: row.starts_local,
    timezone: row.timezone,
    clinicName: row.clinic_name,
    callerPhone: row.caller_phone,
    ...(row.caller_first_name ? { callerFirstName: row.caller_first_name } : {}),
    expiresAt: row.expires_at,
  };
}

/** A hold saga state; rows of a change (RESERVED, CANCELLED) are not holds, so they are not found. */
function toStored(row: HoldRow): StoredHold | undefined {
  const hold = holdFactsOf(row);
  const meta = { version: row.version, correlationId: row.correlation_id };
  switch (row.status) {
    case 'HELD':
    case 'OTP_SENT':
      return { status: row.status, hold, ...meta };
    case 'CONFIRMED':
      return { status: 'CONFIRMED', hold, bookingId: row.booking_id!, ...meta };
    case 'RELEASED':
      return { status: 'RELEASED', hold, reason: row.release_reason!, ...meta };
    default:
      return undefined;
  }
}
