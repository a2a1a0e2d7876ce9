import { randomBytes, randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { InboundSmsReceived, routingKeyOf, SmsFailed, SmsRequested, SmsSent } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createClinic, eventually, phoneSequence, publishEvent, textsTo, TestApp, TestClinic, TestInfra } from '@mo/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
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
  [{ otp, sandbox }, clinic] = await Promise.all([startOtpSms(infra, clock), createClinic(infra)]);
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
