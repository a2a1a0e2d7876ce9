import { randomBytes, randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { InboundSmsReceived, routingKeyOf, SmsFailed, SmsRequested, SmsSent, VerifyOtpRpc } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { RpcClient } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createClinic, eventually, metricValue, phoneSequence, publishEvent, textsTo, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { UnsettledSendSweeper } from '../src/sms/unsettled-send.sweeper';
import { startOtpSms } from './fixture';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let otp: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
const clock = new ManualClock(new Date());
const phone = phoneSequence('415');

beforeAll(async () => {
  infra = await TestInfra.create();
  // More sends in hand than the pool (10) has connections, as an instance with a slow provider is
  // configured: a provider's wait holds no connection (the default prefetch, the pool's size, would
  // never have more in hand than connections).
  [{ otp, sandbox }, clinic] = await Promise.all([startOtpSms(infra, clock, { AMQP_PREFETCH: '16' }), createClinic(infra)]);
  probe = await AmqpProbe.start(infra, [SmsSent, SmsFailed, InboundSmsReceived].map(routingKeyOf));
});

afterAll(async () => {
  await probe?.close();
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await infra?.dispose();
});

const request = (to: string, overrides: Partial<SmsRequested> = {}) => ({
  requestId: randomUUID(),
  purpose: 'followup' as const,
  to,
  body: 'Hi Sam, you were booking a cleaning. Reply YES to book it.',
  followupId: randomUUID(),
  ...overrides,
});

describe('SmsRequested', () => {
  it('texts through the clinic account once per request id and reports SmsSent naming the follow-up', async () => {
    const to = phone();
    const sms = request(to);
    await publishEvent(infra, SmsRequested, clinic.orgId, sms);
    await publishEvent(infra, SmsRequested, clinic.orgId, sms);
    const sent = await probe.waitFor((m) => m.envelope.type === 'SmsSent' && m.envelope.payload.requestId === sms.requestId);
    expect(sent.envelope.payload).toEqual({ messageId: sms.requestId, requestId: sms.requestId, purpose: 'followup', followupId: sms.followupId, sentAt: clock.now().toISOString() });
    const sentinel = request(to);
    await publishEvent(infra, SmsRequested, clinic.orgId, sentinel);
    await probe.waitFor((m) => m.envelope.type === 'SmsSent' && m.envelope.payload.requestId === sentinel.requestId);
    expect(textsTo(sandbox, to).map((m) => m.body)).toEqual([sms.body, sentinel.body]);
    expect(textsTo(sandbox, to)[0]!.from).toBe(clinic.twilio!.fromNumber);
  });

  it('reports SmsFailed when the clinic has no usable account, and when Twilio refuses the number', async () => {
    const bare = await createClinic(infra, { name: 'No Twilio', twilio: 'none' });
    const noAccount = request(phone());
    await publishEvent(infra, SmsRequested, bare.orgId, noAccount);
    const refused = request('+15005550001');
    await publishEvent(infra, SmsRequested, clinic.orgId, refused);
    const failures = await eventually(() => {
      const found = [noAccount, refused].map((r) => probe.ofType('SmsFailed').find((m) => m.envelope.payload.followupId === r.followupId));
      return found.every(Boolean) ? found : undefined;
    });
    expect(failures.map((m) => m!.envelope.payload)).toEqual([
      expect.objectContaining({ purpose: 'followup', reason: 'credentials', messageId: noAccount.requestId }),
      expect.objectContaining({ purpose: 'followup', reason: 'api_error', errorCode: 21211, messageId: refused.requestId }),
    ]);
    expect(textsTo(sandbox, noAccount.to)).toHaveLength(0);
  });
});

describe('sending', () => {
  const statusOf = async (messageId: string) =>
    (await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status FROM otp_sms.messages WHERE message_id = $1`, [messageId]))).rows[0]?.status as string | undefined;

  it('holds no database connection while the provider is slow, so code checks are still answered', async () => {
    // More sends in flight than the pool has connections (10).
    const requests = Array.from({ length: 12 }, () => request(phone()));
    sandbox.pauseSending();
    try {
      await Promise.all(requests.map((r) => publishEvent(infra, SmsRequested, clinic.orgId, r)));
      await eventually(() => sandbox.waitingSends === requests.length);
      const check = await otp.app.get(RpcClient).request(VerifyOtpRpc, clinic.orgId, { holdId: randomUUID(), code: '123456' }, 5_000);
      expect(check).toMatchObject({ result: 'no_challenge' });
      expect(await statusOf(requests[0]!.requestId)).toBe('sending');
    } finally {
      sandbox.resumeSending();
    }
    await eventually(() => requests.every((r) => probe.ofType('SmsSent').some((m) => m.envelope.payload.requestId === r.requestId)));
    expect(await statusOf(requests[0]!.requestId)).not.toBe('sending');
  });

  it('asks again when the provider is briefly unavailable, and texts once', async () => {
    const sms = request(phone());
    sandbox.failNextSends(1);
    await publishEvent(infra, SmsRequested, clinic.orgId, sms);
    await probe.waitFor((m) => m.envelope.type === 'SmsSent' && m.envelope.payload.requestId === sms.requestId);
    expect(textsTo(sandbox, sms.to)).toHaveLength(1);
    expect(probe.ofType('SmsFailed').filter((m) => m.envelope.payload.messageId === sms.requestId)).toHaveLength(0);
  });

  it('reports a send a crash left without the provider answer as failed, once, and voids its code', async () => {
    const [stuck, fresh, holdId] = [randomUUID(), randomUUID(), randomUUID()];
    const to = phone();
    const at = clock.now();
    await infra.asOwner(clinic.orgId, async (db) => {
      for (const id of [stuck, fresh]) {
        await db.query(
          `INSERT INTO otp_sms.messages (org_id, message_id, purpose, hold_id, to_phone, status, status_rank, created_at, updated_at) VALUES ($1, $2, 'otp', $3, $4, 'sending', 0, $5, $5)`,
          [clinic.orgId, id, holdId, to, id === stuck ? new Date(at.getTime() - 121_000) : at],
        );
      }
      await db.query(
        `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, expires_at, created_at, message_id) VALUES ($1, $2, $3, $4, $5, 'active', $6, $6, $7)`,
        [clinic.orgId, randomUUID(), holdId, to, randomBytes(32), new Date(at.getTime() + 600_000), stuck],
      );
    });

    const sweptBefore = await metricValue(otp.url, 'mo_sms_unsettled_swept_total', { purpose: 'otp' });
    expect(await otp.app.get(UnsettledSendSweeper).runOnce()).toBe(1);
    expect(await otp.app.get(UnsettledSendSweeper).runOnce()).toBe(0);
    const failed = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.messageId === stuck);
    expect(failed.envelope.payload).toMatchObject({ purpose: 'otp', holdId, reason: 'api_error' });
    expect([await statusOf(stuck), await statusOf(fresh)]).toEqual(['failed', 'sending']);
    expect(await otp.app.get(RpcClient).request(VerifyOtpRpc, clinic.orgId, { holdId, code: '123456' }, 5_000)).toMatchObject({ result: 'no_challenge' });
    expect(probe.ofType('SmsFailed').filter((m) => m.envelope.payload.messageId === stuck)).toHaveLength(1);
    expect(await metricValue(otp.url, 'mo_sms_unsettled_swept_total', { purpose: 'otp' })).toBe(sweptBefore + 1);
  });
});

describe('inbound webhook', () => {
  const url = () => `${otp.url}/v1/twilio/inbound/${clinic.orgId}`;
  const params = (from: string, body: string) => ({
    AccountSid: clinic.twilio!.accountSid,
    Body: body,
    From: from,
    MessageSid: `SM${randomBytes(16).toString('hex')}`,
    NumMedia: '0',
    To: clinic.twilio!.fromNumber,
  });
  // Signed against the public URL otp-sms was configured with, as Twilio signs.
  const post = (form: Record<string, string>, signature = twilio.getExpectedTwilioSignature(clinic.twilio!.authToken, url(), form)) =>
    fetch(url(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(form).toString() });

  it('publishes a signed text once, however often Twilio retries it, and answers with empty TwiML', async () => {
    const from = phone();
    const form = params(from, 'STOP');
    const first = await post(form);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await first.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    expect((await post(form)).status).toBe(200);
    const published = await probe.waitFor((m) => m.envelope.type === 'InboundSmsReceived' && m.envelope.payload.messageSid === form.MessageSid);
    expect(published.envelope.payload).toEqual({ messageSid: form.MessageSid, from, to: clinic.twilio!.fromNumber, body: 'STOP', receivedAt: clock.now().toISOString() });
    const later = params(from, 'START');
    await post(later);
    await probe.waitFor((m) => m.envelope.type === 'InboundSmsReceived' && m.envelope.payload.messageSid === later.MessageSid);
    expect(probe.ofType('InboundSmsReceived').filter((m) => m.envelope.payload.messageSid === form.MessageSid)).toHaveLength(1);
  });

  it("refuses a bad signature or another clinic's signature with 403, and a malformed text with 400 naming the field", async () => {
    const form = params(phone(), 'YES');
    expect((await post(form, 'bm90IGEgc2lnbmF0dXJl')).status).toBe(403);
    const other = await createClinic(infra, { name: 'Other' });
    const forged = await post(form, twilio.getExpectedTwilioSignature(other.twilio!.authToken, url(), form));
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ error: 'invalid_signature', message: 'X-Twilio-Signature does not match.' });
    const malformed = await post({ ...form, From: 'not-a-phone' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).toMatch(/From/);
    const { rows } = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT count(*)::int AS n FROM otp_sms.inbound WHERE message_sid = $1`, [form.MessageSid]));
    expect(rows[0].n).toBe(0);
  });
});
