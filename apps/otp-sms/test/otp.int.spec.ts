import { randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { HoldReleased, routingKeyOf, SlotHeld, SmsDelivered, SmsFailed, OtpSent, VerifyOtpRpc, ResendOtpRpc, PayloadOf } from '@mo/contracts';
import { IdGenerator, ManualClock } from '@mo/context';
import { AmqpConnection, RpcClient, Topology } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createClinic, eventually, phoneSequence, publishEvent, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { PROVIDER_RETRY_DELAYS_MS } from '../src/sms/sms-provider';
import { slotHeldFor, startOtpSms } from './fixture';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let otp: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
const clock = new ManualClock(new Date());
const phone = phoneSequence('415');

beforeAll(async () => {
  infra = await TestInfra.create();
  [{ otp, sandbox }, clinic] = await Promise.all([startOtpSms(infra, clock), createClinic(infra)]);
  probe = await AmqpProbe.start(infra, [routingKeyOf(OtpSent), routingKeyOf(SmsFailed), routingKeyOf(SmsDelivered)]);
});

afterAll(async () => {
  await probe?.close();
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await infra?.dispose();
});

const slotHeld = (to: string, holdId = randomUUID()): PayloadOf<typeof SlotHeld> => slotHeldFor(clinic, to, holdId);

const verify = (holdId: string, code: string, orgId = clinic.orgId) => otp.app.get(RpcClient).request(VerifyOtpRpc, orgId, { holdId, code }, 5_000);
const resend = (holdId: string, holdExpiresAt?: string) => otp.app.get(RpcClient).request(ResendOtpRpc, clinic.orgId, { holdId, ...(holdExpiresAt ? { holdExpiresAt } : {}) }, 5_000);
const textsTo = (to: string) => sandbox.messages.filter((m) => m.to === to);
const codeOf = (body: string) => body.slice(0, 6);
const challengeStatuses = async (holdId: string): Promise<string[]> =>
  (await infra.asOwner(clinic.orgId, (db) => db.query<{ status: string }>(`SELECT status FROM otp_sms.challenges WHERE hold_id = $1 ORDER BY created_at`, [holdId]))).rows.map((r) => r.status);
const eventsFor = (type: string, holdId: string) => probe.ofType(type).filter((m) => m.envelope.payload.holdId === holdId);

async function heldWithCode(to = phone(), holdExpiresAt?: Date): Promise<{ holdId: string; code: string; to: string }> {
  const held = { ...slotHeld(to), ...(holdExpiresAt ? { expiresAt: holdExpiresAt.toISOString() } : {}) };
  await publishEvent(infra, SlotHeld, clinic.orgId, held);
  const [message] = await eventually(() => (textsTo(to).length > 0 ? textsTo(to) : undefined));
  await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === held.holdId);
  return { holdId: held.holdId, code: codeOf(message!.body), to };
}

describe('the code', () => {
  it('is texted once per hold, announced without the code, and stored only as an HMAC', async () => {
    const to = phone();
    const held = slotHeld(to);
    const envelope = await publishEvent(infra, SlotHeld, clinic.orgId, held);
    await publishEvent(infra, SlotHeld, clinic.orgId, held, { messageId: envelope.messageId });
    const sent = await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === held.holdId);
    const code = codeOf(textsTo(to)[0]!.body);
    expect(sent.envelope.payload).toEqual({
      holdId: held.holdId,
      challengeId: expect.any(String),
      messageId: expect.any(String),
      expiresAt: new Date(clock.now().getTime() + 600_000).toISOString(),
      sentAt: clock.now().toISOString(),
      resend: false,
    });
    expect(JSON.stringify(sent.envelope)).not.toContain(code);
    expect(textsTo(to)).toHaveLength(1);
    const stored = await infra.asOwner(clinic.orgId, async (db) => {
      const dump = await db.query(`SELECT row_to_json(c)::text AS r FROM otp_sms.challenges c UNION ALL SELECT row_to_json(m)::text FROM otp_sms.messages m UNION ALL SELECT envelope::text FROM otp_sms.outbox`);
      return dump.rows.map((r) => r.r).join('\n');
    });
    expect(stored).toContain(held.holdId);
    expect(stored).not.toContain(code);
  });

  it('verifies once and only in its own tenant', async () => {
    const { holdId, code } = await heldWithCode();
    const other = await createClinic(infra, { name: 'Other' });
    expect(await verify(holdId, code, other.orgId)).toEqual({ result: 'no_challenge', attemptsLeft: 0 });
    expect(await verify(holdId, code)).toEqual({ result: 'valid', attemptsLeft: 4 });
    expect(await verify(holdId, code)).toEqual({ result: 'used', attemptsLeft: 0 });
  });

  it('answers a redelivered check as it answered the first, and a new check of a used code as used', async () => {
    // A broker failover can hand the same request to otp-sms twice: the second copy must not count
    // again, nor find the code "used" by its own first copy.
    const { holdId, code } = await heldWithCode();
    const wrong = code === '999999' ? '888888' : '999999';
    const [wrongCheck, rightCheck] = [randomUUID(), randomUUID()];
    const ids = new (class extends IdGenerator {
      queue: string[] = [wrongCheck, wrongCheck, rightCheck, rightCheck];
      override next(): string {
        return this.queue.shift() ?? randomUUID();
      }
    })();
    const client = new RpcClient(otp.app.get(AmqpConnection), otp.app.get(Topology), clock, ids);
    await client.start();
    const check = (c: string) => client.request(VerifyOtpRpc, clinic.orgId, { holdId, code: c }, 5_000);
    expect(await check(wrong)).toEqual({ result: 'invalid', attemptsLeft: 4 });
    expect(await check(wrong)).toEqual({ result: 'invalid', attemptsLeft: 4 });
    expect(await check(code)).toEqual({ result: 'valid', attemptsLeft: 3 });
    expect(await check(code)).toEqual({ result: 'valid', attemptsLeft: 3 });
    expect(await check(code)).toEqual({ result: 'used', attemptsLeft: 0 });
  });

  it('counts attempts atomically: ten concurrent wrong guesses use up exactly five attempts', async () => {
    const { holdId, code } = await heldWithCode();
    const wrong = code === '999999' ? '888888' : '999999';
    const results = await Promise.all(Array.from({ length: 10 }, () => verify(holdId, wrong)));
    expect(results.filter((r) => r.result === 'invalid')).toHaveLength(4);
    expect(results.filter((r) => r.result === 'locked')).toHaveLength(6);
    expect(await verify(holdId, code)).toMatchObject({ result: 'locked' });
  });

  it('expires after ten minutes', async () => {
    const { holdId, code } = await heldWithCode();
    clock.advance(600_000);
    expect(await verify(holdId, code)).toEqual({ result: 'expired', attemptsLeft: 0 });
  });

  it('stops working when the hold is released', async () => {
    const { holdId, code, to } = await heldWithCode();
    await publishEvent(infra, HoldReleased, clinic.orgId, {
      holdId,
      callId: 'call',
      resourceId: clinic.lee,
      startsAt: '2026-12-03T21:00:00.000Z',
      endsAt: '2026-12-03T21:30:00.000Z',
      callerPhone: to,
      reason: 'call_ended',
      releasedAt: clock.now().toISOString(),
    });
    // A check before the release is handled would use the code, so wait for the release first.
    await eventually(async () => (await challengeStatuses(holdId)).join() === 'void');
    expect(await verify(holdId, code)).toEqual({ result: 'no_challenge', attemptsLeft: 0 });
  });
});

describe('the text and the guesses', () => {
  it('states the time the hold really has left, and the code expires with the hold', async () => {
    const to = phone();
    const holdExpiresAt = new Date(clock.now().getTime() + 300_000);
    const { holdId } = await heldWithCode(to, holdExpiresAt);
    expect(textsTo(to)[0]!.body).toMatch(/It expires in 5 minutes\./);
    const sent = await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === holdId);
    expect(sent.envelope.payload.expiresAt).toBe(holdExpiresAt.toISOString());
    clock.advance(90_000);
    expect(await resend(holdId, holdExpiresAt.toISOString())).toEqual({ result: 'sent', expiresAt: holdExpiresAt.toISOString() });
    expect(textsTo(to)[0]!.body).toMatch(/It expires in 3 minutes\./);
  });

  it('allows five guesses per hold in total, across resends', async () => {
    const { holdId, code, to } = await heldWithCode();
    const wrong = code === '999999' ? '888888' : '999999';
    for (let i = 0; i < 4; i++) expect(await verify(holdId, wrong)).toMatchObject({ result: 'invalid' });
    clock.advance(30_000);
    expect(await resend(holdId)).toMatchObject({ result: 'sent' });
    const fresh = codeOf(textsTo(to)[0]!.body);
    const wrongAgain = fresh === '999999' ? '888888' : '999999';
    expect(await verify(holdId, wrongAgain)).toEqual({ result: 'locked', attemptsLeft: 0 });
    expect(await verify(holdId, fresh)).toMatchObject({ result: 'locked' });
    clock.advance(30_000);
    expect(await resend(holdId)).toEqual({ result: 'no_challenge' });
  });

  it('a resend after fewer wrong guesses keeps the rest of the hold\'s five', async () => {
    const { holdId, code, to } = await heldWithCode();
    const wrong = code === '999999' ? '888888' : '999999';
    expect(await verify(holdId, wrong)).toEqual({ result: 'invalid', attemptsLeft: 4 });
    expect(await verify(holdId, wrong)).toEqual({ result: 'invalid', attemptsLeft: 3 });
    clock.advance(30_000);
    await resend(holdId);
    const fresh = codeOf(textsTo(to)[0]!.body);
    const wrongAgain = fresh === '999999' ? '888888' : '999999';
    expect(await verify(holdId, wrongAgain)).toEqual({ result: 'invalid', attemptsLeft: 2 });
    expect(await verify(holdId, fresh)).toEqual({ result: 'valid', attemptsLeft: 1 });
  });
});

describe('resending', () => {
  it('waits out the cooldown, then texts a new code and voids the old one', async () => {
    const { holdId, code, to } = await heldWithCode();
    const early = await resend(holdId);
    expect(early).toEqual({ result: 'cooldown', retryAfterSeconds: 30 });
    clock.advance(30_000);
    const again = await resend(holdId);
    expect(again).toEqual({ result: 'sent', expiresAt: new Date(clock.now().getTime() + 600_000).toISOString() });
    const newCode = codeOf(textsTo(to)[0]!.body);
    await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === holdId && m.envelope.payload.resend === true);
    if (newCode !== code) expect(await verify(holdId, code)).toMatchObject({ result: 'invalid' });
    expect(await verify(holdId, newCode)).toMatchObject({ result: 'valid' });
  });

  it('texts one new code when the platform retries a resend that is still in flight', async () => {
    const { holdId, to } = await heldWithCode();
    clock.advance(30_000);
    const results = await Promise.all([resend(holdId), resend(holdId), resend(holdId)]);
    expect(results.map((r) => r.result).sort()).toEqual(['cooldown', 'cooldown', 'sent']);
    expect(textsTo(to)).toHaveLength(2);
  });

  it("holds neither a connection nor the clinic's daily counter while the provider answers a resend", async () => {
    const { holdId } = await heldWithCode();
    clock.advance(30_000);
    sandbox.pauseSending();
    const answer = resend(holdId, new Date(clock.now().getTime() + 900_000).toISOString());
    try {
      await eventually(() => (sandbox.waitingSends === 1 ? true : undefined));
      // Another send of the clinic would spend from this row: it is not locked while the resend waits.
      // Today's row by otp-sms's clock (UTC days): earlier tests' sends may sit on yesterday's.
      const today = clock.now().toISOString().slice(0, 10);
      const counted = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT sent FROM otp_sms.daily_sends WHERE org_id = $1 AND day = $2::date FOR UPDATE NOWAIT`, [clinic.orgId, today]));
      expect(counted.rows).toHaveLength(1);
    } finally {
      sandbox.resumeSending();
    }
    expect(await answer).toMatchObject({ result: 'sent' });
  });

  it('answers failed when the provider stays unavailable for a resend, voids both codes and reports SmsFailed', async () => {
    const { holdId, code } = await heldWithCode();
    clock.advance(30_000);
    sandbox.failNextSends(PROVIDER_RETRY_DELAYS_MS.length);
    const answer = await otp.app.get(RpcClient).request(ResendOtpRpc, clinic.orgId, { holdId }, 15_000);
    expect(answer).toEqual({ result: 'failed' });
    const failed = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.holdId === holdId);
    expect(failed.envelope.payload).toMatchObject({ purpose: 'otp', reason: 'api_error' });
    expect(await challengeStatuses(holdId)).toEqual(['void', 'void']);
    expect(await verify(holdId, code)).toMatchObject({ result: 'no_challenge' });
  });

  it('allows at most three codes per phone in ten minutes', async () => {
    const to = phone();
    const holds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    for (const holdId of holds.slice(0, 3)) {
      await publishEvent(infra, SlotHeld, clinic.orgId, slotHeld(to, holdId));
      await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === holdId);
    }
    await publishEvent(infra, SlotHeld, clinic.orgId, slotHeld(to, holds[3]));
    const refused = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.holdId === holds[3]);
    expect(refused.envelope.payload).toMatchObject({ purpose: 'otp', reason: 'rate_limited' });
    expect(textsTo(to)).toHaveLength(3);
  });

  it('holds the limit when eight holds for one phone arrive at once', async () => {
    const to = phone();
    const holds = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(holds.map((holdId) => publishEvent(infra, SlotHeld, clinic.orgId, slotHeld(to, holdId))));
    const outcomes = await Promise.all(holds.map((holdId) => probe.waitFor((m) => ['OtpSent', 'SmsFailed'].includes(m.envelope.type) && m.envelope.payload.holdId === holdId)));
    expect(outcomes.filter((m) => m.envelope.type === 'OtpSent')).toHaveLength(3);
    expect(outcomes.filter((m) => m.envelope.type === 'SmsFailed').map((m) => m.envelope.payload.reason)).toEqual(Array(5).fill('rate_limited'));
    expect(textsTo(to)).toHaveLength(3);
  });
});

describe('the daily cap', () => {
  it('refuses codes once the tenant has sent its daily number of texts', async () => {
    const capped = await createClinic(infra, { name: 'Capped' });
    const admin = tenantAdmin(infra);
    await admin.setTwilio(capped.orgId, capped.twilio!, 2);
    await admin.close();
    const holds = [randomUUID(), randomUUID(), randomUUID()];
    for (const holdId of holds.slice(0, 2)) {
      await publishEvent(infra, SlotHeld, capped.orgId, { ...slotHeld(phone(), holdId) });
      await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === holdId);
    }
    await publishEvent(infra, SlotHeld, capped.orgId, slotHeld(phone(), holds[2]));
    const refused = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.holdId === holds[2]);
    expect(refused.envelope.payload).toMatchObject({ reason: 'rate_limited' });
  });

  it('holds when many holds of the clinic arrive at once', async () => {
    const capped = await createClinic(infra, { name: 'Capped at once' });
    const admin = tenantAdmin(infra);
    await admin.setTwilio(capped.orgId, capped.twilio!, 3);
    await admin.close();
    const holds = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(holds.map((holdId) => publishEvent(infra, SlotHeld, capped.orgId, slotHeld(phone(), holdId))));
    const outcomes = await Promise.all(holds.map((holdId) => probe.waitFor((m) => ['OtpSent', 'SmsFailed'].includes(m.envelope.type) && m.envelope.payload.holdId === holdId)));
    expect(outcomes.filter((m) => m.envelope.type === 'OtpSent')).toHaveLength(3);
    expect(outcomes.filter((m) => m.envelope.type === 'SmsFailed').map((m) => m.envelope.payload.reason)).toEqual(Array(5).fill('rate_limited'));
  });
});

describe('status callbacks', () => {
  /** A callback as Twilio would send it, signed with the clinic's auth token. */
  async function callback(statusCallback: string, params: Record<string, string>, token = clinic.twilio!.authToken) {
    const signature = twilio.getExpectedTwilioSignature(token, statusCallback, params);
    return fetch(statusCallback, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(params).toString(),
    });
  }

  it('only move a status forward, and publish a failure once', async () => {
    const to = '+15005550009';
    const held = slotHeld(to);
    await publishEvent(infra, SlotHeld, clinic.orgId, held);
    const failure = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.holdId === held.holdId);
    expect(failure.envelope.payload).toMatchObject({ purpose: 'otp', reason: 'undelivered', errorCode: 30003 });
    const message = textsTo(to).find((m) => m.status === 'undelivered')!;
    const params = { MessageSid: message.sid, MessageStatus: 'undelivered', ErrorCode: '30003', To: to, AccountSid: message.accountSid };
    expect((await callback(message.statusCallback!, params)).status).toBe(204);
    expect((await callback(message.statusCallback!, { ...params, MessageStatus: 'sent' })).status).toBe(204);
    const ref = new URL(message.statusCallback!).searchParams.get('ref');
    const row = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status, error_code FROM otp_sms.messages WHERE message_id = $1`, [ref]));
    expect(row.rows[0]).toEqual({ status: 'undelivered', error_code: 30003 });
    const sentinel = await heldWithCode();
    expect(sentinel.code).toMatch(/^\d{6}$/);
    expect(eventsFor('SmsFailed', held.holdId)).toHaveLength(1);
  });

  it('publish SmsDelivered when the carrier delivers', async () => {
    const { holdId } = await heldWithCode();
    const delivered = await probe.waitFor((m) => m.envelope.type === 'SmsDelivered' && m.envelope.payload.holdId === holdId);
    expect(delivered.envelope.payload).toMatchObject({ purpose: 'otp', messageId: expect.any(String) });
  });

  it('are refused with 403 when signed with another token, and when the tenant is unknown', async () => {
    const { to } = await heldWithCode();
    const message = textsTo(to)[0]!;
    const params = { MessageSid: message.sid, MessageStatus: 'failed', ErrorCode: '30008', To: to };
    expect((await callback(message.statusCallback!, params, 'a'.repeat(32))).status).toBe(403);
    const stranger = message.statusCallback!.replace(clinic.orgId, randomUUID());
    expect((await callback(stranger, params)).status).toBe(403);
    expect((await callback(message.statusCallback!.replace(clinic.orgId, 'not-a-tenant'), params)).status).toBe(404);
  });

  it('answer 400 naming the field when a signed callback is malformed', async () => {
    const { to } = await heldWithCode();
    const message = textsTo(to)[0]!;
    const response = await callback(message.statusCallback!, { MessageSid: 'nonsense', MessageStatus: 'delivered' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'validation_failed', field: 'MessageSid' });
  });
});
