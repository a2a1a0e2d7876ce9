import { routingKeyOf, BookingConfirmed, HoldReleased, SlotHeld } from '@mo/contracts';
import { IdempotencyJanitor } from '../src/idempotency/idempotency-janitor';
import { IdempotencyRepository } from '../src/idempotency/idempotency.repository';
import { AmqpProbe, call, createClinic, eventually, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { BookingSystem, codeIn, holdBody, holdStatus, localSlot, smsTo, startBookingSystem, stopBookingSystem, uniquePhone } from './fixture';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let booking: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
let day = 1;

let system: BookingSystem | undefined;

beforeAll(async () => {
  system = await startBookingSystem([routingKeyOf(SlotHeld), routingKeyOf(HoldReleased), routingKeyOf(BookingConfirmed)]);
  ({ infra, sandbox, booking, clinic, probe } = system);
});

afterAll(() => stopBookingSystem(system));

/** Each test books on its own day, so no test can take another's slot. */
const nextSlot = (time = '10:00') => localSlot(clinic, day++, time);

const placeHold = async (overrides: Record<string, unknown> = {}, apiKey = clinic.apiKey) => {
  const body = holdBody(clinic, nextSlot(), overrides);
  const response = await call(`${booking.url}/v1/holds`, { apiKey, body });
  return { ...response, request: body };
};

const confirm = (holdId: string, code: string, apiKey = clinic.apiKey) =>
  call(`${booking.url}/v1/holds/${holdId}/confirm`, { apiKey, body: { code } });

describe('the happy path', () => {
  it('holds, texts a code through the sandbox, confirms with it, and publishes BookingConfirmed once', async () => {
    const phone = uniquePhone();
    const hold = await placeHold({ caller: { phone, firstName: 'Sam' } });
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({ status: 'HELD', label: expect.stringMatching(/ 10:00 am$/), expiresAt: expect.any(String) });
    const sms = await smsTo(sandbox, phone);
    expect(sms.body).toMatch(/^\d{6} is your Test Dental booking code\./);
    // The test clinic holds a slot for five minutes: the code says so, not the code's own ten.
    expect(sms.body).toMatch(/ It expires in 5 minutes\. /);
    await eventually(async () => (await holdStatus(booking, clinic, hold.body.holdId)).status === 'OTP_SENT');
    const confirmed = await confirm(hold.body.holdId, codeIn(sms));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ bookingId: expect.any(String), status: 'confirmed' });
    const event = await probe.waitFor((m) => m.envelope.type === 'BookingConfirmed' && m.envelope.payload.holdId === hold.body.holdId);
    expect(event.envelope.payload).toMatchObject({ bookingId: confirmed.body.bookingId, callerPhone: phone, clinicName: 'Test Dental', appointmentTypeName: 'Cleaning' });
    // A retried confirm answers the same and publishes nothing new.
    expect((await confirm(hold.body.holdId, codeIn(sms))).body).toEqual(confirmed.body);
    const held = await probe.waitFor((m) => m.envelope.type === 'SlotHeld' && m.envelope.payload.holdId === hold.body.holdId);
    expect(probe.ofType('BookingConfirmed').filter((m) => m.envelope.payload.holdId === hold.body.holdId)).toHaveLength(1);
    expect(JSON.stringify(held.envelope)).not.toContain(codeIn(sms));
  });
});

describe('confirming twice at once', () => {
  it('books once, and both answers name that booking', async () => {
    const phone = uniquePhone();
    const hold = await placeHold({ caller: { phone } });
    const sms = await smsTo(sandbox, phone);
    await eventually(async () => (await holdStatus(booking, clinic, hold.body.holdId)).status === 'OTP_SENT');
    const answers = await Promise.all([confirm(hold.body.holdId, codeIn(sms)), confirm(hold.body.holdId, codeIn(sms))]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    await probe.waitFor((m) => m.envelope.type === 'BookingConfirmed' && m.envelope.payload.holdId === hold.body.holdId);
    expect(probe.ofType('BookingConfirmed').filter((m) => m.envelope.payload.holdId === hold.body.holdId)).toHaveLength(1);
  });
});

describe('SMS failure rolls the hold back', () => {
  it('when the API rejects the number', async () => {
    const hold = await placeHold({ caller: { phone: '+15005550001' } });
    expect(hold.status).toBe(201);
    // A deadline, not a measure: the reason tells this release from the hold's own expiry.
    const released = await eventually(async () => {
      const state = await holdStatus(booking, clinic, hold.body.holdId);
      return state.status === 'RELEASED' ? state : undefined;
    });
    expect(released.releaseReason).toBe('sms_failed');
    const again = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: { ...hold.request, callId: 'another-call', caller: { phone: uniquePhone() } } });
    expect(again.status).toBe(201);
    const late = await confirm(hold.body.holdId, '123456');
    expect(late.status).toBe(410);
    expect(late.body).toEqual({ error: 'hold_released', message: expect.any(String), reason: 'sms_failed' });
  });

  it('when a later status callback says undelivered', async () => {
    const hold = await placeHold({ caller: { phone: '+15005550009' } });
    expect(hold.status).toBe(201);
    await eventually(() => sandbox.messages.some((m) => m.to === '+15005550009' && m.status === 'undelivered' && m.body.length > 0));
    await eventually(async () => (await holdStatus(booking, clinic, hold.body.holdId)).status === 'RELEASED');
    expect((await holdStatus(booking, clinic, hold.body.holdId)).releaseReason).toBe('sms_failed');
    const released = await probe.waitFor((m) => m.envelope.type === 'HoldReleased' && m.envelope.payload.holdId === hold.body.holdId);
    expect(released.envelope.payload.reason).toBe('sms_failed');
    expect((await confirm(hold.body.holdId, '123456')).status).toBe(410);
    expect((await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: { ...hold.request, caller: { phone: uniquePhone() } } })).status).toBe(201);
  });
});

describe('credentials are checked before anything is written', () => {
  it.each([
    ['missing', 'none' as const],
    ['refused by the provider', 'invalid' as const],
  ])('%s credentials: no code, SmsFailed, the hold released', async (_name, twilio) => {
    const other = await createClinic(infra, { twilio });
    const phone = uniquePhone();
    const hold = await call(`${booking.url}/v1/holds`, { apiKey: other.apiKey, body: holdBody(other, localSlot(other, 2, '09:00'), { caller: { phone } }) });
    expect(hold.status).toBe(201);
    await eventually(async () => (await holdStatus(booking, other, hold.body.holdId)).releaseReason === 'sms_failed');
    const counts = await infra.asOwner(other.orgId, async (db) => ({
      challenges: (await db.query(`SELECT count(*)::int AS n FROM otp_sms.challenges`)).rows[0].n,
      messages: (await db.query(`SELECT count(*)::int AS n FROM otp_sms.messages`)).rows[0].n,
      failures: (await db.query(`SELECT envelope->'payload' AS p FROM otp_sms.outbox WHERE envelope->>'type' = 'SmsFailed'`)).rows.map((r) => r.p),
    }));
    expect(counts).toEqual({ challenges: 0, messages: 0, failures: [expect.objectContaining({ purpose: 'otp', holdId: hold.body.holdId, reason: 'credentials' })] });
    expect(sandbox.messages.filter((m) => m.to === phone)).toHaveLength(0);
  });
});

describe('wrong codes', () => {
  it('five wrong codes lock and release the hold; the right code afterwards is refused', async () => {
    const phone = uniquePhone();
    const hold = await placeHold({ caller: { phone } });
    const code = codeIn(await smsTo(sandbox, phone));
    const wrong = code === '000000' ? '111111' : '000000';
    for (const left of [4, 3, 2, 1]) {
      const attempt = await confirm(hold.body.holdId, wrong);
      expect({ status: attempt.status, body: attempt.body }).toEqual({ status: 422, body: { error: 'otp_invalid', message: expect.any(String), attemptsLeft: left } });
    }
    const fifth = await confirm(hold.body.holdId, wrong);
    expect(fifth.status).toBe(410);
    expect(fifth.body).toMatchObject({ error: 'hold_released', reason: 'otp_locked' });
    expect((await confirm(hold.body.holdId, code)).status).toBe(410);
    expect(await holdStatus(booking, clinic, hold.body.holdId)).toMatchObject({ status: 'RELEASED', releaseReason: 'otp_locked' });
  });
});

describe('resending a code', () => {
  it('is refused during the cooldown and says when to retry', async () => {
    const phone = uniquePhone();
    const hold = await placeHold({ caller: { phone } });
    await smsTo(sandbox, phone);
    // The text can arrive before otp-sms commits its challenge; OTP_SENT means it has.
    await eventually(async () => (await holdStatus(booking, clinic, hold.body.holdId)).status === 'OTP_SENT');
    const resend = await call(`${booking.url}/v1/holds/${hold.body.holdId}/resend-otp`, { apiKey: clinic.apiKey, method: 'POST' });
    expect(resend.status).toBe(429);
    expect(resend.body).toMatchObject({ error: 'resend_cooldown', retryAfterSeconds: expect.any(Number) });
    expect(Number(resend.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('idempotency', () => {
  it('returns the first response to a retry with the same key, and makes one hold', async () => {
    const body = holdBody(clinic, nextSlot());
    const headers = { 'idempotency-key': `hold-${body.callId}` };
    const first = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers });
    const second = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const holds = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT count(*)::int AS n FROM booking.holds WHERE call_id = $1`, [body.callId]));
    expect(holds.rows[0].n).toBe(1);
  });

  it('answers retries that arrive while the first is in flight with its response, not slot_taken', async () => {
    const body = holdBody(clinic, nextSlot());
    const headers = { 'idempotency-key': `burst-${body.callId}` };
    const answers = await Promise.all([1, 2, 3].map(() => call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.holdId)).size).toBe(1);
  });

  it('refuses the same key with a different body', async () => {
    const body = holdBody(clinic, nextSlot());
    const headers = { 'idempotency-key': `hold-${body.callId}` };
    expect((await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers })).status).toBe(201);
    const reused = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: { ...body, startsAt: nextSlot() }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body.error).toBe('idempotency_key_reused');
  });

  it('forgets keys after a day', async () => {
    const body = holdBody(clinic, nextSlot());
    const headers = { 'idempotency-key': `old-${body.callId}` };
    expect((await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers })).status).toBe(201);
    // The retention is the database's own: the key is made a day and a minute old there.
    await infra.asOwner(clinic.orgId, (db) => db.query(`UPDATE booking.idempotency_keys SET created_at = now() - interval '1 day 1 minute' WHERE idempotency_key = $1`, [headers['idempotency-key']]));
    const janitor = new IdempotencyJanitor(booking.app.get(IdempotencyRepository));
    expect(await janitor.runOnce()).toBeGreaterThanOrEqual(1);
    const left = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT 1 FROM booking.idempotency_keys WHERE idempotency_key = $1`, [headers['idempotency-key']]));
    expect(left.rowCount).toBe(0);
  });

  it('replays a 409 too, alternatives included', async () => {
    const taken = holdBody(clinic, nextSlot());
    expect((await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: taken })).status).toBe(201);
    const body = { ...taken, callId: 'other-call' };
    const headers = { 'idempotency-key': 'conflict-key-' + taken.callId };
    const first = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers });
    expect(first.status).toBe(409);
    expect(first.body.alternatives).toHaveLength(3);
    const second = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers });
    expect({ status: second.status, body: second.body }).toEqual({ status: 409, body: first.body });
  });
});

describe('tenant isolation', () => {
  let other: TestClinic;
  beforeAll(async () => {
    other = await createClinic(infra, { name: 'Other Clinic' });
  });

  it("answers 404 to another tenant's hold, for reading and for confirming", async () => {
    const hold = await placeHold();
    expect((await call(`${booking.url}/v1/holds/${hold.body.holdId}`, { apiKey: other.apiKey })).status).toBe(404);
    expect((await confirm(hold.body.holdId, '123456', other.apiKey)).status).toBe(404);
    expect((await holdStatus(booking, clinic, hold.body.holdId)).status).not.toBe('CONFIRMED');
  });

  it('refuses a body that names another tenant, and accepts one that names its own', async () => {
    const mismatch = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: { ...holdBody(clinic, nextSlot()), orgId: other.orgId } });
    expect(mismatch.status).toBe(403);
    expect(mismatch.body.error).toBe('tenant_mismatch');
    const same = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: { ...holdBody(clinic, nextSlot()), orgId: clinic.orgId } });
    expect(same.status).toBe(201);
  });

  it("cannot use another tenant's resources", async () => {
    const response = await call(`${booking.url}/v1/holds`, { apiKey: other.apiKey, body: holdBody(clinic, nextSlot()) });
    expect(response.status).toBe(404);
    expect(response.body.error).toBe('appointment_type_not_found');
  });
});

describe('status callbacks', () => {
  it('with a bad signature get 403 and change nothing', async () => {
    const phone = uniquePhone();
    const hold = await placeHold({ caller: { phone } });
    const sms = await smsTo(sandbox, phone);
    const ref = new URL(sms.statusCallback!).searchParams.get('ref');
    const stored = async () => (await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status FROM otp_sms.messages WHERE message_id = $1`, [ref]))).rows[0]?.status;
    // The sandbox marks the message delivered before otp-sms has stored its callback; and booking
    // learns of the text from OtpSent, on another path than the callback, so either can come first.
    await eventually(async () => (await stored()) === 'delivered');
    await eventually(async () => (await holdStatus(booking, clinic, hold.body.holdId)).status === 'OTP_SENT');
    const forged = await fetch(sms.statusCallback!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' },
      body: new URLSearchParams({ MessageSid: sms.sid, MessageStatus: 'undelivered', ErrorCode: '30003', To: phone }).toString(),
    });
    expect(forged.status).toBe(403);
    const unsigned = await fetch(sms.statusCallback!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'MessageStatus=failed' });
    expect(unsigned.status).toBe(403);
    expect(await stored()).toBe('delivered');
    expect((await holdStatus(booking, clinic, hold.body.holdId)).status).toBe('OTP_SENT');
  });
});

