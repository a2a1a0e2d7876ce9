import { randomUUID } from 'node:crypto';
import { routingKeyOf, SmsFailed, SmsRequested, SmsSent } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createClinic, eventually, metricValue, phoneSequence, publishEvent, TcpProxy, textsTo, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { startOtpSms } from './fixture';

let infra: TestInfra;
let proxy: TcpProxy;
let sandbox: TwilioSandbox;
let otp: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
const clock = new ManualClock(new Date());
const phone = phoneSequence('628');

beforeAll(async () => {
  infra = await TestInfra.create();
  clinic = await createClinic(infra);
  // otp-sms reaches PostgreSQL through a proxy the test can cut.
  const database = new URL(infra.urlFor('otp-sms'));
  proxy = await TcpProxy.start(database.hostname, Number(database.port || 5432));
  database.port = String(proxy.port);
  ({ otp, sandbox } = await startOtpSms(infra, clock, { DATABASE_URL: database.toString() }));
  probe = await AmqpProbe.start(infra, [SmsSent, SmsFailed].map(routingKeyOf));
});

afterAll(async () => {
  await probe?.close();
  proxy?.restore();
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await proxy?.stop();
  await infra?.dispose();
});

describe('a database outage while the provider answers', () => {
  it('waits for the database to store the answer, so a sent text is reported sent, once', async () => {
    const sms = { requestId: randomUUID(), purpose: 'followup' as const, to: phone(), body: 'Hi Sam, reply YES to book.', followupId: randomUUID() };
    sandbox.pauseSending();
    await publishEvent(infra, SmsRequested, clinic.orgId, sms);
    await eventually(() => sandbox.waitingSends === 1);

    proxy.cut();
    sandbox.resumeSending();
    await eventually(async () => (await metricValue(otp.url, 'mo_sms_store_retries_total')) >= 1);
    proxy.restore();

    const sent = await probe.waitFor((m) => m.envelope.type === 'SmsSent' && m.envelope.payload.requestId === sms.requestId);
    expect(sent.envelope.payload).toMatchObject({ messageId: sms.requestId, followupId: sms.followupId });
    expect(textsTo(sandbox, sms.to)).toHaveLength(1);
    const { rows } = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status FROM otp_sms.messages WHERE message_id = $1`, [sms.requestId]));
    expect(rows[0].status).not.toBe('sending');
    expect(probe.ofType('SmsFailed')).toHaveLength(0);
  });
});
