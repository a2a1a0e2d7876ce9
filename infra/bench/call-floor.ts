import { randomBytes, randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

/**
 * The floor of each live-call step: the same database work as the app's, from a plain `pg` pool, one
 * statement per round trip (BEGIN, set tenant, the statements, COMMIT) as the issue defines it.
 * Outbox rows are written already sent and holds expire in a day, so the running apps' relays and
 * sweepers never touch them; they sit on days the app's calls never use.
 */
export interface FloorSlot {
  resourceId: string;
  startsAt: string;
  endsAt: string;
}

export interface FloorRound {
  availability: number;
  hold: number;
  /** A booked call's steps; an abandoned call has `ended` instead. */
  resend?: number;
  confirm?: number;
  ended?: number;
}

export class CallFloor {
  constructor(
    private readonly booking: Pool,
    private readonly otp: Pool,
    private readonly orgId: string,
    private readonly appointmentTypeId: string,
  ) {}

  /**
   * One call's database work, step by step, timed like the app's steps and shaped like the app's
   * call (`playCall`): availability, hold, then a booked call's resend and confirm, or an abandoned
   * call's end, which releases the hold; `pause` wherever the app's caller pauses.
   */
  async round(slot: FloorSlot, phone: string, pause: () => Promise<void> = async () => undefined, booked = true): Promise<FloorRound> {
    const availability = await this.timed(this.booking, (db) => this.availability(db, slot));
    await pause();
    const holdId = randomUUID();
    const hold = await this.timed(this.booking, (db) => this.hold(db, holdId, slot, phone));
    // What SlotHeld's consumer leaves behind: the first code, untimed (its floor is not this step's).
    await this.tx(this.otp, (db) => this.challenge(db, holdId, phone));
    await pause();
    if (!booked) return { availability, hold, ended: await this.timed(this.booking, (db) => this.release(db, holdId)) };
    const resend = (await this.timed(this.booking, (db) => this.pending(db, holdId))) + (await this.timed(this.otp, (db) => this.resend(db, holdId, phone)));
    await pause();
    const confirm =
      (await this.timed(this.booking, (db) => this.pending(db, holdId))) +
      (await this.timed(this.otp, (db) => this.verify(db, holdId))) +
      (await this.timed(this.booking, (db) => this.confirm(db, holdId)));
    return { availability, hold, resend, confirm };
  }

  private async availability(db: PoolClient, slot: FloorSlot): Promise<void> {
    const day = new Date(slot.startsAt);
    day.setUTCHours(0, 0, 0, 0);
    await db.query(
      `SELECT resource_id, lower(during) AS start, upper(during) AS end FROM booking.holds
        WHERE org_id = $1 AND resource_id = ANY($2::uuid[]) AND status IN ('HELD', 'OTP_SENT', 'CONFIRMED') AND during && tstzrange($3, $4)`,
      [this.orgId, [slot.resourceId], day, new Date(day.getTime() + 2 * 86_400_000)],
    );
  }

  private async hold(db: PoolClient, holdId: string, slot: FloorSlot, phone: string): Promise<void> {
    await db.query(
      `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name,
         starts_local, timezone, clinic_name, caller_phone, caller_first_name, status, expires_at, created_at, updated_at, correlation_id)
       VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), 'Practitioner', 'Cleaning', 'Tuesday 3 December, 3:00 pm', 'UTC', 'Bench Clinic',
         $8, 'Bench', 'HELD', now() + interval '1 day', now(), now(), $9)
       ON CONFLICT DO NOTHING RETURNING hold_id`,
      [this.orgId, holdId, `floor-${holdId}`, slot.resourceId, this.appointmentTypeId, slot.startsAt, slot.endsAt, phone, holdId],
    );
    await this.outbox(db, holdId, 'booking.SlotHeld.v1', { holdId, startsAt: slot.startsAt, callerPhone: phone });
  }

  /** Booking's first statement for confirm and resend: the pending hold, locked. */
  private async pending(db: PoolClient, holdId: string): Promise<void> {
    await db.query(`SELECT hold_id, status, version, expires_at FROM booking.holds WHERE org_id = $1 AND hold_id = $2 FOR UPDATE`, [this.orgId, holdId]);
  }

  private async challenge(db: PoolClient, holdId: string, phone: string): Promise<void> {
    await db.query(
      `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, max_attempts, expires_at, created_at, message_id)
       VALUES ($1, $2, $3, $4, $5, 'active', 5, now() + interval '10 minutes', now(), $6)`,
      [this.orgId, randomUUID(), holdId, phone, randomBytes(32), randomUUID()],
    );
  }

  /** otp-sms's resend: the latest code, the phone's lock and count, void the old code, store the new one. */
  private async resend(db: PoolClient, holdId: string, phone: string): Promise<void> {
    await db.query(`SELECT challenge_id, phone, status, created_at FROM otp_sms.challenges WHERE org_id = $1 AND hold_id = $2 ORDER BY created_at DESC LIMIT 1`, [
      this.orgId,
      holdId,
    ]);
    await db.query(`SELECT pg_advisory_xact_lock(1, hashtext($1 || ':' || $2))`, [this.orgId, phone]);
    await db.query(`SELECT count(*)::int AS n FROM otp_sms.messages WHERE org_id = $1 AND to_phone = $2 AND purpose = 'otp' AND created_at >= now() - interval '10 minutes'`, [
      this.orgId,
      phone,
    ]);
    await db.query(`UPDATE otp_sms.challenges SET status = 'void' WHERE org_id = $1 AND hold_id = $2 AND status = 'active'`, [this.orgId, holdId]);
    await this.challenge(db, holdId, phone);
  }

  /** otp-sms's check of a code: one attempt counted, the code used. */
  private async verify(db: PoolClient, holdId: string): Promise<void> {
    const { rows } = await db.query<{ challenge_id: string }>(
      `UPDATE otp_sms.challenges SET attempts = attempts + 1 WHERE org_id = $1 AND hold_id = $2 AND status = 'active' AND attempts < max_attempts RETURNING challenge_id`,
      [this.orgId, holdId],
    );
    await db.query(`UPDATE otp_sms.challenges SET status = 'used' WHERE org_id = $1 AND challenge_id = $2 AND status = 'active'`, [this.orgId, rows[0]?.challenge_id]);
  }

  private async confirm(db: PoolClient, holdId: string): Promise<void> {
    await this.pending(db, holdId);
    await db.query(`UPDATE booking.holds SET status = 'CONFIRMED', booking_id = $3, updated_at = now(), version = version + 1 WHERE org_id = $1 AND hold_id = $2`, [
      this.orgId,
      holdId,
      randomUUID(),
    ]);
    await this.outbox(db, holdId, 'booking.BookingConfirmed.v1', { holdId });
  }

  /** Booking's end of an abandoned call: its pending hold locked, released, and its two events. */
  private async release(db: PoolClient, holdId: string): Promise<void> {
    await db.query(`SELECT hold_id, status, version FROM booking.holds WHERE org_id = $1 AND call_id = $2 AND status IN ('HELD', 'OTP_SENT') FOR UPDATE`, [
      this.orgId,
      `floor-${holdId}`,
    ]);
    await db.query(`UPDATE booking.holds SET status = 'RELEASED', release_reason = 'call_ended', updated_at = now(), version = version + 1 WHERE org_id = $1 AND hold_id = $2`, [
      this.orgId,
      holdId,
    ]);
    await this.outbox(db, holdId, 'booking.HoldReleased.v1', { holdId, reason: 'call_ended' });
    await this.outbox(db, holdId, 'booking.ConfirmationMissed.v1', { holdId, reason: 'call_ended' });
  }

  private async outbox(db: PoolClient, aggregateId: string, routingKey: string, payload: object): Promise<void> {
    await db.query(`INSERT INTO booking.outbox (org_id, id, aggregate_id, routing_key, envelope, sent_at) VALUES ($1, $2, $3, $4, $5, now())`, [
      this.orgId,
      randomUUID(),
      aggregateId,
      routingKey,
      { type: routingKey.split('.')[1], version: 1, orgId: this.orgId, payload },
    ]);
  }

  private async timed(pool: Pool, work: (db: PoolClient) => Promise<void>): Promise<number> {
    const t0 = performance.now();
    await this.tx(pool, work);
    return performance.now() - t0;
  }

  private async tx(pool: Pool, work: (db: PoolClient) => Promise<void>): Promise<void> {
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [this.orgId]);
      await work(db);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      db.release();
    }
  }
}
