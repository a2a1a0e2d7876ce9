import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'amqplib';
import { routingKeyOf, SlotHeld, OtpSent, SUBSCRIPTIONS } from '@mo/contracts';
import { Topology } from '@mo/messaging';
import { APP_ROLES, type AppName, brokerPermissions, brokerUrl, ensureBrokerUsers } from '@infra/db';
import { AmqpProbe, AppProcess, call, createClinic, eventually, freePort, localSlot, smsTo, startSandbox, TEST_RETRY_DELAYS_MS, TestInfra } from '@infra/testing';
import type { TwilioSandbox } from '@infra/twilio-sandbox';

/** Users of their own, so this file never changes the password of a deployment's users on a shared broker. */
const USERS: Record<AppName | 'operator', string> = {
  booking: 'mo_test_booking',
  'otp-sms': 'mo_test_otp_sms',
  redaction: 'mo_test_redaction',
  followup: 'mo_test_followup',
  operator: 'mo_test_operator',
};
const PER_FILE_PREFIXES = 't[0-9a-z]+\\.';

let infra: TestInfra;
let passwords: Record<AppName | 'operator', string>;
const urlOf = (app: AppName | 'operator') => brokerUrl(infra.amqpUrl, USERS[app], passwords[app]);

beforeAll(async () => {
  infra = await TestInfra.create();
  passwords = Object.fromEntries([...Object.keys(APP_ROLES), 'operator'].map((app) => [app, randomBytes(24).toString('base64url')])) as Record<AppName | 'operator', string>;
  ensureBrokerUsers({ prefix: infra.prefix, prefixPattern: PER_FILE_PREFIXES, passwords, users: USERS });
});

afterAll(async () => {
  for (const user of Object.values(USERS)) {
    try {
      execFileSync('rabbitmqctl', ['-q', 'clear_topic_permissions', '-p', '/', user, `${infra.prefix}events`], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
  await infra?.dispose();
});

/** Runs one broker operation as `app` and says whether the broker allowed it. */
async function allowed(app: AppName, operation: (channel: import('amqplib').ConfirmChannel) => Promise<unknown>): Promise<boolean> {
  const connection = await connect(urlOf(app));
  connection.on('error', () => undefined);
  let closedBy = '';
  try {
    const channel = await connection.createConfirmChannel();
    channel.on('error', (error: Error) => (closedBy = error.message));
    await channel.assertExchange(`${infra.prefix}events`, 'topic', { durable: true });
    await operation(channel);
    await channel.close();
    return true;
  } catch (error) {
    if (/ACCESS_REFUSED/.test(`${closedBy} ${(error as Error).message}`)) return false;
    throw error;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

const publish = (channel: import('amqplib').ConfirmChannel, key: string) =>
  new Promise<void>((resolve, reject) => channel.publish(`${infra.prefix}events`, key, Buffer.from('{}'), {}, (error: unknown) => (error ? reject(error) : resolve())));

describe('broker permissions', () => {
  it('are anchored to the app and the prefix', () => {
    const p = brokerPermissions('booking', 'mo\\.');
    const matches = (re: string, name: string) => new RegExp(re).test(name);
    expect(matches(p.read, 'mo.booking.events')).toBe(true);
    expect(matches(p.read, 'mo.followup.events')).toBe(false);
    expect(matches(p.read, 'mo.booking.events.extra')).toBe(false);
    expect(matches(p.configure, 'xmo.booking.events')).toBe(false);
    expect(matches(p.topicWrite, routingKeyOf(SlotHeld))).toBe(true);
    expect(matches(p.topicWrite, routingKeyOf(OtpSent))).toBe(false);
  });

  it("booking's credentials publish booking's routing keys and not otp-sms.*", async () => {
    expect(await allowed('booking', (c) => publish(c, routingKeyOf(SlotHeld)))).toBe(true);
    expect(await allowed('booking', (c) => publish(c, routingKeyOf(OtpSent)))).toBe(false);
    expect(await allowed('booking', (c) => publish(c, 'otp-sms.InboundSmsReceived.v1'))).toBe(false);
    expect(await allowed('otp-sms', (c) => publish(c, routingKeyOf(OtpSent)))).toBe(true);
  });

  it("an app cannot read another app's queue, nor declare topology outside its own", async () => {
    await allowed('followup', (c) => c.assertQueue(`${infra.prefix}followup.events`, { durable: true }));
    expect(await allowed('booking', (c) => c.consume(`${infra.prefix}followup.events`, () => undefined))).toBe(false);
    expect(await allowed('booking', (c) => c.assertQueue(`${infra.prefix}anything`, { durable: true }))).toBe(false);
    expect(await allowed('booking', (c) => c.assertExchange(`${infra.prefix}side-door`, 'fanout'))).toBe(false);
  });

  it('booking and otp-sms run under their own users with a per-file prefix: a hold texts its code and reaches OTP_SENT', async () => {
    // Every app's events queue exists before these two start, as it does once its owner (or the
    // setup step) has run: an app may re-declare a subscriber's queue, but only its owner creates
    // it, since creating a queue that dead-letters needs read rights on it (RabbitMQ's DLX check).
    const admin = await connect(infra.amqpUrl);
    await new Topology(infra.prefix, 'booking', TEST_RETRY_DELAYS_MS, SUBSCRIPTIONS).declareSubscribers(admin).finally(() => admin.close());
    const started = await startSandbox();
    const sandbox: TwilioSandbox = started.sandbox;
    const port = await freePort();
    const probe = await AmqpProbe.start(infra, [routingKeyOf(OtpSent)]);
    const [booking, otpSms, clinic] = await Promise.all([
      AppProcess.start('booking', { ...infra.env('booking'), AMQP_URL: urlOf('booking'), ADMIN_AMQP_URL: urlOf('operator'), ADMIN_TOKENS: `ops=${'t'.repeat(32)}` }),
      AppProcess.start('otp-sms', { ...infra.env('otp-sms'), AMQP_URL: urlOf('otp-sms'), PORT: String(port), TWILIO_API_BASE_URL: started.url, PUBLIC_BASE_URL: `http://127.0.0.1:${port}` }),
      createClinic(infra),
    ]);
    try {
      const phone = '+13125550163';
      const hold = await call(`${booking.url}/v1/holds`, {
        apiKey: clinic.apiKey,
        body: { callId: 'broker-users', appointmentTypeId: clinic.cleaning, resourceId: clinic.lee, startsAt: localSlot(clinic.timezone, 2, '10:00'), caller: { phone, firstName: 'Sam' } },
      });
      expect(hold.status).toBe(201);
      expect((await smsTo(sandbox, phone)).body).toMatch(/booking code/);
      await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === hold.body.holdId);
      await eventually(async () => (await call(`${booking.url}/v1/holds/${hold.body.holdId}`, { apiKey: clinic.apiKey })).body.status === 'OTP_SENT');
      // The admin API works on every app's dead letters through the operators' user.
      const dlq = await call(`${booking.url}/admin/dlq`, { headers: { authorization: `Bearer ${'t'.repeat(32)}` } });
      expect(dlq.status).toBe(200);
      expect(dlq.body.map((q: { app: string }) => q.app).sort()).toEqual(['booking', 'followup', 'otp-sms', 'redaction']);
    } finally {
      await Promise.all([booking.stop(), otpSms.stop(), probe.close(), sandbox.stop()]);
    }
  });
});
