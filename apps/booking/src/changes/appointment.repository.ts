import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { HoldFacts } from '../holds/hold-saga';
import { holdColumns, holdFactsOf, HoldRow } from '../holds/hold.repository';
import { BookedFacts } from './change-saga';

/** A booking as a change sees it, with the version that guards its row. */
export type StoredBooking = BookedFacts & { version: number };

/**
 * Bookings and the slots changes reserve: rows of booking.holds, so that the one exclusion
 * constraint decides every claim. Only this repository and HoldRepository write that table.
 */
@Injectable()
export class AppointmentRepository {
  constructor(private readonly db: TenantDb) {}

  /** The phone's bookings that have not started, soonest first. */
  async upcomingForPhone(phone: string, now: Date, limit = 20): Promise<BookedFacts[]> {
    const rows = await this.db.query<HoldRow>(
      `SELECT ${holdColumns()} FROM booking.holds
        WHERE org_id = $1 AND caller_phone = $2 AND status = 'CONFIRMED' AND lower(during) > $3
        ORDER BY lower(during) LIMIT $4`,
      [this.db.orgId, phone, now, limit],
    );
    return rows.map((row) => ({ hold: holdFactsOf(row), bookingId: row.booking_id! }));
  }

  /** A booked appointment by its booking id, locked when `forUpdate`; another tenant's is not found. */
  async booking(bookingId: string, forUpdate: boolean): Promise<StoredBooking | undefined> {
    const [row] = await this.db.query<HoldRow>(
      `SELECT ${holdColumns()} FROM booking.holds WHERE org_id = $1 AND booking_id = $2 AND status = 'CONFIRMED'${forUpdate ? ' FOR UPDATE' : ''}`,
      [this.db.orgId, bookingId],
    );
    return row && { hold: holdFactsOf(row), bookingId: row.booking_id!, version: row.version };
  }

  /**
   * Claims a new slot for a change, as a RESERVED row: the exclusion constraint decides, exactly as
   * for a hold. False when another hold, booking or reservation overlaps it.
   */
  async reserve(slot: HoldFacts, correlationId: string, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name,
         appointment_type_name, starts_local, timezone, clinic_name, caller_phone, caller_first_name, status, expires_at,
         created_at, updated_at, correlation_id)
       VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), $8, $9, $10, $11, $12, $13, $14, 'RESERVED', $15, $16, $16, $17)
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [
        this.db.orgId,
        slot.holdId,
        slot.callId,
        slot.resourceId,
        slot.appointmentTypeId,
        slot.startsAt,
        slot.endsAt,
        slot.resourceName,
        slot.appointmentTypeName,
        slot.startsLocal,
        slot.timezone,
        slot.clinicName,
        slot.callerPhone,
        slot.callerFirstName ?? null,
        slot.expiresAt,
        now,
        correlationId,
      ],
    );
    return rows.length === 1;
  }

  /** Books a reserved slot under `bookingId`. */
  async book(holdId: string, bookingId: string, now: Date): Promise<void> {
    await this.move(holdId, 'RESERVED', 'CONFIRMED', now, bookingId);
  }

  /** Frees a booking's slot (cancelled or moved away from). The booking id stays on the row. */
  async free(holdId: string, now: Date): Promise<void> {
    await this.move(holdId, 'CONFIRMED', 'CANCELLED', now);
  }

  /** Gives up a change's reservation. */
  async unreserve(holdId: string, now: Date): Promise<void> {
    await this.move(holdId, 'RESERVED', 'CANCELLED', now);
  }

  private async move(holdId: string, from: 'RESERVED' | 'CONFIRMED', to: 'CONFIRMED' | 'CANCELLED', now: Date, bookingId?: string): Promise<void> {
    const updated = await this.db.execute(
      `UPDATE booking.holds SET status = $4, booking_id = coalesce($5, booking_id), updated_at = $6, version = version + 1
        WHERE org_id = $1 AND hold_id = $2 AND status = $3`,
      [this.db.orgId, holdId, from, to, bookingId ?? null, now],
    );
    if (updated !== 1) throw new Error(`appointment row ${holdId} was not ${from}`);
  }
}
