import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'amqplib';
import { routingKeyOf, SlotHeld, OtpSent } from '@mo/contracts';
import { Topology } from '@mo/messaging';
import { APP_ROLES, type AppName, brokerPermissions, brokerUrl, declareBrokerTopology, ensureBrokerUsers } from '@infra/db';
import { AmqpProbe, AppProcess, call, publishRaw, createClinic, eventually, freePort, localSlot, smsTo, startSandbox, TEST_RETRY_DELAYS_MS, TestInfra } from '@infra/testing';
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

/** The broker's topology as the setup step (`npm run migrate`) declares it with the broker's admin user. */
const declareAsSetup = () => declareBrokerTopology(infra.amqpUrl, infra.prefix, TEST_RETRY_DELAYS_MS);

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

  it('takes a generated password that begins with a hyphen, which rabbitmqctl would read as an option', async () => {
    const password = `-${randomBytes(18).toString('base64url')}`;
    ensureBrokerUsers({ prefix: infra.prefix, prefixPattern: PER_FILE_PREFIXES, passwords: { redaction: password }, users: USERS });
    const connection = await connect(brokerUrl(infra.amqpUrl, USERS.redaction, password));
    await connection.close();
    ensureBrokerUsers({ prefix: infra.prefix, prefixPattern: PER_FILE_PREFIXES, passwords: { redaction: passwords.redaction }, users: USERS });
  });

  it("booking's credentials publish booking's routing keys and not otp-sms.*", async () => {
    await declareAsSetup();
    expect(await allowed('booking', (c) => publish(c, routingKeyOf(SlotHeld)))).toBe(true);
    expect(await allowed('booking', (c) => publish(c, routingKeyOf(OtpSent)))).toBe(false);
    expect(await allowed('booking', (c) => publish(c, 'otp-sms.InboundSmsReceived.v1'))).toBe(false);
    expect(await allowed('otp-sms', (c) => publish(c, routingKeyOf(OtpSent)))).toBe(true);
  });

  it('no app publishes through the default exchange: booking cannot drop a message straight into otp-sms\'s queue', async () => {
    const toQueue = (queue: string) => (c: import('amqplib').ConfirmChannel) =>
      new Promise<void>((resolve, reject) => c.sendToQueue(queue, Buffer.from('{}'), {}, (error: unknown) => (error ? reject(error) : resolve())));
    await declareAsSetup();
    expect(await allowed('booking', toQueue(`${infra.prefix}otp-sms.events`))).toBe(false);
    expect(await allowed('booking', toQueue(`${infra.prefix}booking.dlq`))).toBe(false);
    const viaRequeue = (app: string) => (c: import('amqplib').ConfirmChannel) =>
      new Promise<void>((resolve, reject) => c.publish(new Topology(infra.prefix, app, []).requeueExchange, `${infra.prefix}${app}.events`, Buffer.from('{}'), {}, (e: unknown) => (e ? reject(e) : resolve())));
    expect(await allowed('booking', viaRequeue('otp-sms'))).toBe(false);
  });

  it('no app can delete or redeclare shared topology: the events exchange, another app\'s queue', async () => {
    await declareAsSetup();
    expect(await allowed('booking', (c) => c.deleteExchange(`${infra.prefix}events`))).toBe(false);
    expect(await allowed('booking', (c) => c.deleteExchange(`${infra.prefix}rpc`))).toBe(false);
    expect(await allowed('booking', (c) => c.assertExchange(`${infra.prefix}events`, 'topic', { durable: true }))).toBe(false);
    expect(await allowed('booking', (c) => c.deleteQueue(`${infra.prefix}otp-sms.events`))).toBe(false);
    expect(await allowed('booking', (c) => c.purgeQueue(`${infra.prefix}otp-sms.events`))).toBe(false);
    expect(await allowed('otp-sms', (c) => c.deleteQueue(`${infra.prefix}booking.events`))).toBe(false);
    // What remains: publishing its own events, and passively finding the shared exchange.
    expect(await allowed('booking', (c) => c.checkExchange(`${infra.prefix}events`))).toBe(true);
  });

  it("an app cannot read another app's queue, nor declare topology outside its own", async () => {
    await declareAsSetup();
    expect(await allowed('booking', (c) => c.consume(`${infra.prefix}followup.events`, () => undefined))).toBe(false);
    expect(await allowed('booking', (c) => c.assertQueue(`${infra.prefix}anything`, { durable: true }))).toBe(false);
    expect(await allowed('booking', (c) => c.assertExchange(`${infra.prefix}side-door`, 'fanout'))).toBe(false);
  });

  it('booking and otp-sms run under their own users with a per-file prefix: a hold texts its code, is confirmed over request/reply, and a bad message is dead-lettered', async () => {
    // The topology exists before these two start, as it does once the setup step has run: an app
    // re-declares its own queues and exchange, and finds everyone else's passively.
    await declareAsSetup();
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
      // VerifyOtp goes to otp-sms and its reply comes back, without the default exchange.
      const code = /(\d{6})/.exec((await smsTo(sandbox, phone)).body)![1]!;
      const confirmed = await call(`${booking.url}/v1/holds/${hold.body.holdId}/confirm`, { apiKey: clinic.apiKey, body: { code } });
      expect(confirmed).toMatchObject({ status: 200, body: { status: 'confirmed' } });
      // A message booking cannot read goes to its dead-letter queue through its own exchange.
      await publishRaw(infra, `${infra.prefix}booking.events`, 'not json');
      // The admin API works on every app's dead letters through the operators' user.
      const dlq = await call(`${booking.url}/admin/dlq`, { headers: { authorization: `Bearer ${'t'.repeat(32)}` } });
      expect(dlq.status).toBe(200);
      expect(dlq.body.map((q: { app: string }) => q.app).sort()).toEqual(['booking', 'followup', 'otp-sms', 'redaction']);
      await eventually(async () => {
        const queues = (await call(`${booking.url}/admin/dlq`, { headers: { authorization: `Bearer ${'t'.repeat(32)}` } })).body as Array<{ app: string; byReason: Record<string, number> }>;
        return queues.find((q) => q.app === 'booking')?.byReason.malformed_json === 1;
      });
    } finally {
      await Promise.all([booking.stop(), otpSms.stop(), probe.close(), sandbox.stop()]);
    }
  });
});
