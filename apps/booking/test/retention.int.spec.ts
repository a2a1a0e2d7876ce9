import { randomUUID } from 'node:crypto';
import { createClinic, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { RetentionJanitor } from '@mo/privacy';
import { startBooking, stopApp, uniquePhone } from './fixture';

/** Holds past the tenant's retention lose their caller; live holds, future bookings and other tenants keep theirs. */
let infra: TestInfra;
let booking: TestApp;
let brief: TestClinic;
let other: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [booking, brief, other] = await Promise.all([startBooking(infra, { env: { SWEEP_INTERVAL_MS: '60000' } }), createClinic(infra, { name: 'Brief Dental' }), createClinic(infra)]);
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(brief.orgId, { retentionDays: 7 }).finally(() => admin.close());
});

afterAll(async () => {
  await stopApp(booking);
  await infra?.dispose();
});

let slotsTaken = 0;

/** A hold row as booking leaves it, `ageDays` old by the database's clock, its slot `slotDays` from now. */
async function hold(clinic: TestClinic, status: string, ageDays: number, slotDays: number): Promise<string> {
  const holdId = randomUUID();
  await infra.asOwner(clinic.orgId, (db) =>
    db.query(
      `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name, starts_local, timezone,
         clinic_name, caller_phone, caller_first_name, correlation_id, status, release_reason, booking_id, expires_at, created_at, updated_at)
       VALUES ($1, $2, 'call', $3, $4, tstzrange(now() + make_interval(days => $5) + make_interval(mins => $7), now() + make_interval(days => $5) + make_interval(mins => $7 + 30)),
         'Dr Lee', 'Cleaning', 'x', 'UTC', 'Clinic', $6, 'Sam', 'corr', $8,
         CASE WHEN $8 = 'RELEASED' THEN 'expired' END, CASE WHEN $8 = 'CONFIRMED' THEN gen_random_uuid() END,
         now() - make_interval(days => $9) + interval '5 minutes', now() - make_interval(days => $9), now() - make_interval(days => $9))`,
      [clinic.orgId, holdId, clinic.lee, clinic.cleaning, slotDays, uniquePhone(), (slotsTaken++ % 20) * 30, status, ageDays],
    ),
  );
  return holdId;
}

const callerOf = async (clinic: TestClinic, holdId: string) =>
  (await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT caller_phone AS phone, caller_first_name AS "firstName" FROM booking.holds WHERE hold_id = $1`, [holdId]))).rows[0];

describe('the retention janitor', () => {
  it("clears the caller from settled holds and past bookings older than the tenant's retention, and nothing else", async () => {
    const expired = {
      released: await hold(brief, 'RELEASED', 8, -8),
      cancelled: await hold(brief, 'CANCELLED', 8, -8),
      pastBooking: await hold(brief, 'CONFIRMED', 20, -8),
    };
    const kept = {
      freshRelease: await hold(brief, 'RELEASED', 6, -6),
      // Booked long ago, for an appointment still ahead: the clinic needs to reach the caller.
      futureBooking: await hold(brief, 'CONFIRMED', 20, 3),
      recentBooking: await hold(brief, 'CONFIRMED', 8, -6),
      live: await hold(brief, 'HELD', 8, 1),
    };
    // The other clinic keeps the default 30 days.
    const otherTenant = await hold(other, 'RELEASED', 8, -8);

    expect(await booking.app.get(RetentionJanitor).runOnce()).toBe(3);
    for (const holdId of Object.values(expired)) expect(await callerOf(brief, holdId)).toEqual({ phone: '', firstName: null });
    for (const holdId of Object.values(kept)) expect(await callerOf(brief, holdId)).toEqual({ phone: expect.stringMatching(/^\+1/), firstName: 'Sam' });
    expect(await callerOf(other, otherTenant)).toEqual({ phone: expect.stringMatching(/^\+1/), firstName: 'Sam' });

    // A second pass finds nothing left to clear.
    expect(await booking.app.get(RetentionJanitor).runOnce()).toBe(0);
  });
});
