import { randomUUID } from 'node:crypto';
import { routingKeyOf, BookingCancelled, BookingRescheduled, ChangeAbandoned, RebookSlotRpc } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { RpcClient } from '@mo/messaging';
import { AmqpProbe, call, createClinic, eventually, tenantAdmin, TestApp, TestClinic, TestInfra, textsTo } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { ChangeSweeper } from '../src/changes/change-sweeper';
import { BookingSystem, codeIn, holdBody, localSlot, smsTo, startBooking, startBookingSystem, stopApp, stopBookingSystem, uniquePhone } from './fixture';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let booking: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
let day = 2;

let system: BookingSystem | undefined;

beforeAll(async () => {
  system = await startBookingSystem([routingKeyOf(BookingCancelled), routingKeyOf(BookingRescheduled), routingKeyOf(ChangeAbandoned)]);
  ({ infra, sandbox, booking, clinic, probe } = system);
});

afterAll(() => stopBookingSystem(system));

/** Each test books on its own day, so no test can take another's slot. */
const nextDay = () => day++;

/** A confirmed booking for `phone`, through the code flow callers use. */
async function book(phone: string, startsAt: string, apiKey = clinic.apiKey): Promise<string> {
  const codesBefore = bookingCodesTo(phone).length;
  const hold = await call(`${booking.url}/v1/holds`, { apiKey, body: holdBody(clinic, startsAt, { caller: { phone, firstName: 'Sam' } }) });
  expect(hold.status).toBe(201);
  const sms = await eventually(() => bookingCodesTo(phone)[codesBefore]);
  await eventually(async () => (await call(`${booking.url}/v1/holds/${hold.body.holdId}`, { apiKey })).body.status === 'OTP_SENT');
  const confirmed = await call(`${booking.url}/v1/holds/${hold.body.holdId}/confirm`, { apiKey, body: { code: codeIn(sms) } });
  expect(confirmed.status).toBe(200);
  return confirmed.body.bookingId;
}

/** A booking made without a code, as a YES reply to a follow-up makes it. */
async function bookVerified(instance: TestApp, phone: string, startsAt: string): Promise<string> {
  const request = { followupId: randomUUID(), appointmentTypeId: clinic.cleaning, resourceId: clinic.lee, startsAt, callerPhone: phone };
  const answer = await instance.app.get(RpcClient).request(RebookSlotRpc, clinic.orgId, request, 5_000);
  expect(answer.result).toBe('booked');
  return answer.bookingId!;
}

/** A booking at 9:00 on a day of its own, and a move of it to 11:00 that day, started through `on`. */
async function startMove(callId: string, options: { phone?: string; verified?: boolean; on?: TestApp } = {}) {
  const on = options.on ?? booking;
  const phone = options.phone ?? uniquePhone();
  const d = nextDay();
  // One "today" for both: two readings of the clock can fall either side of the clinic's midnight.
  const today = new Date();
  const oldSlot = localSlot(clinic, d, '09:00', today);
  const newSlot = localSlot(clinic, d, '11:00', today);
  const bookingId = options.verified ? await bookVerified(on, phone, oldSlot) : await book(phone, oldSlot);
  const started = await call(`${on.url}/v1/appointments/${bookingId}/reschedule`, { apiKey: clinic.apiKey, body: { callId, startsAt: newSlot } });
  expect(started.status).toBe(202);
  return { phone, bookingId, oldSlot, newSlot, changeId: started.body.changeId as string, started: started.body };
}

/** Booking codes texted to a phone, oldest first. */
const bookingCodesTo = (phone: string) => textsTo(sandbox, phone).filter((m) => / booking code\./.test(m.body));

/** The change's code, once its SMS reached the phone and otp-sms reported it sent. */
async function changeCode(phone: string, changeId: string): Promise<string> {
  const sms = await eventually(() => textsTo(sandbox, phone).find((m) => / code to /.test(m.body)));
  await eventually(async () => (await call(`${booking.url}/v1/appointment-changes/${changeId}`, { apiKey: clinic.apiKey })).status === 200);
  return codeIn(sms);
}

const holdAt = (startsAt: string) => call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt) });
const confirmChange = (changeId: string, code: string) => call(`${booking.url}/v1/appointment-changes/${changeId}/confirm`, { apiKey: clinic.apiKey, body: { code } });
const changeOf = async (changeId: string) => (await call(`${booking.url}/v1/appointment-changes/${changeId}`, { apiKey: clinic.apiKey })).body;
const bookingsOf = async (phone: string): Promise<string[]> =>
  (await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey })).body.appointments.map((a: { bookingId: string }) => a.bookingId);
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('finding appointments', () => {
  it("lists the caller's upcoming bookings soonest first, and nothing for another phone", async () => {
    const phone = uniquePhone();
    const d = nextDay();
    // Both slots before either booking: a booking takes a second or two, and the clinic's midnight
    // passing meanwhile would put "09:00" on the next day, after "11:00".
    const today = new Date();
    const [at11, at9] = [localSlot(clinic, d, '11:00', today), localSlot(clinic, d, '09:00', today)];
    const later = await book(phone, at11);
    const sooner = await book(phone, at9);
    const found = await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey });
    expect(found.status).toBe(200);
    expect(found.body.appointments.map((a: { bookingId: string }) => a.bookingId)).toEqual([sooner, later]);
    expect(found.body.appointments[0]).toMatchObject({ label: expect.stringMatching(/9:00 am$/), appointmentType: { name: 'Cleaning' }, practitioner: { name: 'Dr Lee' }, status: 'BOOKED' });
    const none = await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(uniquePhone())}`, { apiKey: clinic.apiKey });
    expect(none.body).toEqual({ appointments: [] });
    const bad = await call(`${booking.url}/v1/appointments?phone=12345`, { apiKey: clinic.apiKey });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('phone');
  });
});

describe('cancelling', () => {
  it('texts a code to the phone on the booking, frees the slot on confirm, and a replayed confirm is harmless', async () => {
    const phone = uniquePhone();
    const startsAt = localSlot(clinic, nextDay(), '10:00');
    const bookingId = await book(phone, startsAt);
    expect((await holdAt(startsAt)).status).toBe(409);
    // The code goes to the phone on the booking: a request cannot even name another.
    const redirected = await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: clinic.apiKey, body: { callId: 'call-cancel', phone: uniquePhone() } });
    expect(redirected.status).toBe(400);
    expect(JSON.stringify(redirected.body)).toContain('phone');
    const started = await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: clinic.apiKey, body: { callId: 'call-cancel' } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ changeId: expect.any(String), status: 'VERIFYING' });
    const code = await changeCode(phone, started.body.changeId);
    expect(textsTo(sandbox, phone).find((m) => / code to /.test(m.body))!.body).toMatch(/^\d{6} is your Test Dental code to cancel your cleaning on \w{3} \d{1,2} \w{3}\./);
    const confirmed = await confirmChange(started.body.changeId, code);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'CANCELLED', bookingId });
    expect((await confirmChange(started.body.changeId, code)).body).toEqual(confirmed.body);
    expect((await holdAt(startsAt)).status).toBe(201);
    await probe.waitFor((m) => m.envelope.type === 'BookingCancelled' && m.envelope.payload.bookingId === bookingId);
    expect(probe.ofType('BookingCancelled').filter((m) => m.envelope.payload.bookingId === bookingId)).toHaveLength(1);
    expect((await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: clinic.apiKey, body: { callId: 'again' } })).status).toBe(404);
  });

  it("answers 404 for another tenant's booking, and changes nothing", async () => {
    const phone = uniquePhone();
    const startsAt = localSlot(clinic, nextDay(), '10:00');
    const bookingId = await book(phone, startsAt);
    const other = await createClinic(infra, { name: 'Other Dental' });
    const answer = await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: other.apiKey, body: { callId: 'call-x' } });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: 'booking_not_found' });
    expect((await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: other.apiKey })).body).toEqual({ appointments: [] });
    expect((await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey })).body.appointments).toHaveLength(1);
  });

  it('refuses a change inside the clinic’s notice window with a sentence the agent can say', async () => {
    const other = await createClinic(infra, { name: 'Strict Dental' });
    const admin = tenantAdmin(infra);
    await admin.setBookingPolicy(other.orgId, { minNoticeHours: 24 * 30 }).finally(() => admin.close());
    const phone = uniquePhone();
    const hold = await call(`${booking.url}/v1/holds`, { apiKey: other.apiKey, body: holdBody(other, localSlot(other, 2, '10:00'), { caller: { phone } }) });
    const sms = await smsTo(sandbox, phone);
    await eventually(async () => (await call(`${booking.url}/v1/holds/${hold.body.holdId}`, { apiKey: other.apiKey })).body.status === 'OTP_SENT');
    const { bookingId } = (await call(`${booking.url}/v1/holds/${hold.body.holdId}/confirm`, { apiKey: other.apiKey, body: { code: codeIn(sms) } })).body;
    const answer = await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: other.apiKey, body: { callId: 'call-late' } });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: 'too_late_to_change', message: expect.stringContaining('please call the clinic') });
  });
});

describe('moving', () => {
  it('holds the new slot at once; 50 callers racing for it while the change confirms lose, and the old slot stays booked until the confirm', async () => {
    const { phone, bookingId, oldSlot, newSlot, changeId, started } = await startMove('call-move');
    expect(started).toMatchObject({ status: 'VERIFYING', startsAt: new Date(newSlot).toISOString(), label: expect.stringMatching(/11:00 am$/) });
    const code = await changeCode(phone, changeId);
    expect((await holdAt(oldSlot)).status).toBe(409);
    const [confirmed, ...racers] = await Promise.all([confirmChange(changeId, code), ...Array.from({ length: 50 }, () => holdAt(newSlot))]);
    expect(racers.map((r) => r.status)).toEqual(Array(50).fill(409));
    expect(confirmed!.status).toBe(200);
    expect(confirmed!.body).toMatchObject({ status: 'RESCHEDULED', previousBookingId: bookingId, bookingId: expect.any(String) });
    const { rows } = await infra.asOwner(clinic.orgId, (db) =>
      db.query(`SELECT booking_id, status FROM booking.holds WHERE resource_id = $1 AND during && tstzrange($2, $3) AND status IN ('CONFIRMED', 'HELD', 'OTP_SENT', 'RESERVED')`, [
        clinic.lee,
        oldSlot,
        new Date(new Date(newSlot).getTime() + 3600_000),
      ]),
    );
    expect(rows).toEqual([{ booking_id: confirmed!.body.bookingId, status: 'CONFIRMED' }]);
    expect((await holdAt(oldSlot)).status).toBe(201);
    await probe.waitFor((m) => m.envelope.type === 'BookingRescheduled' && m.envelope.payload.previousBookingId === bookingId);
  });

  it('a taken new slot gives 409 slot_taken with alternatives, and the booking stays', async () => {
    const phone = uniquePhone();
    const d = nextDay();
    const bookingId = await book(phone, localSlot(clinic, d, '09:00'));
    const taken = localSlot(clinic, d, '11:00');
    expect((await holdAt(taken)).status).toBe(201);
    const answer = await call(`${booking.url}/v1/appointments/${bookingId}/reschedule`, { apiKey: clinic.apiKey, body: { callId: 'call-t', startsAt: taken } });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: 'slot_taken', alternatives: expect.any(Array) });
    expect((await call(`${booking.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey })).body.appointments[0].bookingId).toBe(bookingId);
  });

  it('five wrong codes abandon the change: the booking is intact and the new slot free', async () => {
    const { phone, bookingId, oldSlot, newSlot, changeId } = await startMove('call-wrong');
    const wrong = otherCode(await changeCode(phone, changeId));
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await confirmChange(changeId, wrong));
    expect(answers.slice(0, 4).map((a) => [a.status, a.body.attemptsLeft])).toEqual([
      [422, 4],
      [422, 3],
      [422, 2],
      [422, 1],
    ]);
    expect(answers[4]).toMatchObject({ status: 410, body: { error: 'change_abandoned', reason: 'otp_locked' } });
    expect(await changeOf(changeId)).toMatchObject({ status: 'ABANDONED', reason: 'otp_locked' });
    expect((await holdAt(newSlot)).status).toBe(201);
    expect((await holdAt(oldSlot)).status).toBe(409);
    expect(await bookingsOf(phone)).toEqual([bookingId]);
  });

  it('an SMS failure abandons the change and releases the new slot', async () => {
    // +15005550009: the sandbox accepts the text, then reports it undelivered. Booked by a YES
    // reply (no code), as a booking code to this number could never arrive.
    const { bookingId, oldSlot, newSlot, changeId } = await startMove('call-fail', { phone: '+15005550009', verified: true });
    const abandoned = await eventually(async () => {
      const change = await changeOf(changeId);
      return change.status === 'ABANDONED' ? change : undefined;
    });
    expect(abandoned.reason).toBe('sms_failed');
    expect((await holdAt(newSlot)).status).toBe(201);
    expect((await holdAt(oldSlot)).status).toBe(409);
    expect(await bookingsOf('+15005550009')).toContain(bookingId);
    expect((await confirmChange(changeId, '123456')).status).toBe(410);
    await probe.waitFor((m) => m.envelope.type === 'ChangeAbandoned' && m.envelope.payload.changeId === changeId);
  });

  it('a change whose call ends is abandoned, and its new slot released', async () => {
    const { phone, bookingId, newSlot, changeId } = await startMove('call-hung-up', { verified: true });
    expect((await holdAt(newSlot)).status).toBe(409);
    expect((await call(`${booking.url}/v1/calls/call-hung-up/ended`, { apiKey: clinic.apiKey, method: 'POST' })).status).toBe(200);
    expect(await changeOf(changeId)).toMatchObject({ status: 'ABANDONED', reason: 'call_ended' });
    expect((await holdAt(newSlot)).status).toBe(201);
    expect(await bookingsOf(phone)).toEqual([bookingId]);
  });

  it('an expired change leaves the booking exactly as it was, frees the new slot, and its confirm answers 410', async () => {
    const clock = new ManualClock(new Date());
    const instance = await startBooking(infra, { clock });
    try {
      const { phone, newSlot, changeId } = await startMove('call-slow', { verified: true, on: instance });
      const before = await call(`${instance.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey });
      const code = await changeCode(phone, changeId);
      clock.advance(299_000);
      expect(await instance.app.get(ChangeSweeper).runOnce()).toBe(0);
      clock.advance(1_000);
      // This instance's sweeper expires it on its next pass.
      const expired = await eventually(async () => {
        const change = await changeOf(changeId);
        return change.status === 'ABANDONED' ? change : undefined;
      });
      expect(expired.reason).toBe('expired');
      expect(await confirmChange(changeId, code)).toMatchObject({ status: 410, body: { error: 'change_expired' } });
      expect((await call(`${instance.url}/v1/appointments?phone=${encodeURIComponent(phone)}`, { apiKey: clinic.apiKey })).body).toEqual(before.body);
      expect((await holdAt(newSlot)).status).toBe(201);
    } finally {
      await stopApp(instance);
    }
  });

  it('two confirms of a move at once book it once, and both answer the same', async () => {
    const { phone, changeId } = await startMove('call-twice', { verified: true });
    const code = await changeCode(phone, changeId);
    const answers = await Promise.all([confirmChange(changeId, code), confirmChange(changeId, code)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    await probe.waitFor((m) => m.envelope.type === 'BookingRescheduled' && m.envelope.payload.changeId === changeId);
    const { rows } = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT count(*)::int AS n FROM booking.outbox WHERE aggregate_id = $1 AND envelope->>'type' = 'BookingRescheduled'`, [changeId]));
    expect(rows[0].n).toBe(1);
  });
});

describe('input', () => {
  it.each([
    [{ startsAt: '2026-12-03 15:00' }, 'startsAt'],
    [{ resourceId: 'lee' }, 'resourceId'],
    [{ callId: '' }, 'callId'],
  ])('refuses %j with 400 naming %s', async (overrides, field) => {
    const answer = await call(`${booking.url}/v1/appointments/${randomUUID()}/reschedule`, { apiKey: clinic.apiKey, body: { callId: 'c', startsAt: localSlot(clinic, 2, '10:00'), ...overrides } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'validation_failed', field });
  });

  it('refuses a bookingId or changeId that is not an id, and a code that is not six digits', async () => {
    expect((await call(`${booking.url}/v1/appointments/nope/cancel`, { apiKey: clinic.apiKey, body: { callId: 'c' } })).body).toMatchObject({ field: 'bookingId' });
    expect((await call(`${booking.url}/v1/appointment-changes/nope`, { apiKey: clinic.apiKey })).body).toMatchObject({ field: 'changeId' });
    expect((await confirmChange(randomUUID(), '12')).body).toMatchObject({ field: 'code' });
    expect((await confirmChange(randomUUID(), '123456')).status).toBe(404);
  });

  it('a retried cancel with the same Idempotency-Key answers the first response', async () => {
    const phone = uniquePhone();
    const bookingId = await bookVerified(booking, phone, localSlot(clinic, nextDay(), '10:00'));
    const send = () => call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: clinic.apiKey, body: { callId: 'call-retry' }, headers: { 'idempotency-key': `cancel-${bookingId}` } });
    const first = await send();
    expect(first.status).toBe(202);
    expect(await send()).toMatchObject({ status: 202, body: first.body });
    expect((await call(`${booking.url}/v1/appointments/${bookingId}/cancel`, { apiKey: clinic.apiKey, body: { callId: 'call-retry' } })).body).toMatchObject({ error: 'change_pending', changeId: first.body.changeId });
  });

  it('needs the API key', async () => {
    expect((await call(`${booking.url}/v1/appointments?phone=%2B13125550147`)).status).toBe(401);
  });
});
