import { randomUUID } from 'node:crypto';
import { PayloadOf, SlotHeld, SmsRequested } from '@mo/contracts';
import { loadConfig } from '@mo/config';
import { ManualClock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { shutdown } from '@mo/platform';
import { createClinic, eventually, phoneSequence, startTestApp, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { OtpSmsConfig } from '../src/otp-sms.config';
import { OtpSmsModule } from '../src/otp-sms.module';
import { OtpSender } from '../src/otp/otp-sender';
import { SmsRequestConsumer } from '../src/sms/sms-request.consumer';
import { StatusService } from '../src/status/status.service';
import { SMS_GATEWAY, SmsApiError } from '../src/twilio/sms-gateway';
import { FakeSmsGateway } from './fake-sms-gateway';
import { slotHeldFor } from './fixture';

/**
 * The service tier: otp-sms's sending use cases called directly, on the real database and broker,
 * with in-memory fakes only at the ports to the outside: the SMS gateway and the clock.
 */
let infra: TestInfra;
let otp: TestApp;
let clinic: TestClinic;
const gateway = new FakeSmsGateway();
const clock = new ManualClock(new Date('2026-12-01T15:00:00Z'));
const phone = phoneSequence('628');

beforeAll(async () => {
  infra = await TestInfra.create();
  const config = loadConfig(OtpSmsConfig, infra.env('otp-sms', { SMS_SWEEP_INTERVAL_MS: '3600000' }));
  [otp, clinic] = await Promise.all([startTestApp(OtpSmsModule.forRoot(config), { name: 'otp-sms', clock, fakes: [[SMS_GATEWAY, gateway]] }), createClinic(infra)]);
});

afterAll(async () => {
  if (otp) await shutdown(otp.app);
  await infra?.dispose();
});

const inTenant = <T>(work: () => Promise<T>): Promise<T> => otp.app.get(TenantDb).run(clinic.orgId, work);

interface Published {
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** The outbox rows whose payload matches `about`, oldest first. */
async function published(about: Record<string, string>): Promise<Published[]> {
  const { rows } = await infra.asOwner(clinic.orgId, (db) =>
    db.query<{ aggregate_id: string; envelope: { type: string; payload: Record<string, unknown> } }>(
      `SELECT aggregate_id, envelope FROM otp_sms.outbox WHERE envelope->'payload' @> $1::jsonb ORDER BY seq`,
      [JSON.stringify(about)],
    ),
  );
  return rows.map((row) => ({ type: row.envelope.type, aggregateId: row.aggregate_id, payload: row.envelope.payload }));
}

const slotHeld = (to: string) => slotHeldFor(clinic, to);

describe('a follow-up SMS', () => {
  it('keys its SmsSent and its later SmsFailed by one aggregate, its follow-up, though it names a hold too', async () => {
    const to = phone();
    const request: SmsRequested = { requestId: randomUUID(), purpose: 'followup', to, body: 'Reply YES to book it.', followupId: randomUUID(), holdId: randomUUID() };
    await inTenant(() => otp.app.get(SmsRequestConsumer).requested(request));
    await eventually(async () => (await published({ messageId: request.requestId })).length === 1);
    const [sms] = gateway.sent.filter((s) => s.to === to);

    await inTenant(() => otp.app.get(StatusService).record(request.requestId, { MessageSid: sms!.sid, MessageStatus: 'undelivered', ErrorCode: 30003 }));

    const events = await published({ messageId: request.requestId });
    expect(events.map((e) => e.type)).toEqual(['SmsSent', 'SmsFailed']);
    expect(events.map((e) => e.aggregateId)).toEqual([request.followupId, request.followupId]);
    expect(events[1]!.payload).toMatchObject({ holdId: request.holdId, followupId: request.followupId, reason: 'undelivered', errorCode: 30003 });
  });
});

describe('a first code', () => {
  it('refused by the provider is voided and reported failed, keyed by its hold', async () => {
    const held = slotHeld(phone());
    gateway.refuseNext(new SmsApiError(21211, 400, 'The To number is not a valid phone number.'));
    await inTenant(() => otp.app.get(OtpSender).sendFirst(held));

    const [failed] = await eventually(async () => {
      const events = await published({ holdId: held.holdId });
      return events.length > 0 ? events : undefined;
    });
    expect(failed).toMatchObject({ type: 'SmsFailed', aggregateId: held.holdId, payload: { purpose: 'otp', reason: 'api_error', errorCode: 21211 } });
    const { rows } = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status FROM otp_sms.challenges WHERE hold_id = $1`, [held.holdId]));
    expect(rows).toEqual([{ status: 'void' }]);
  });

  it('goes to one phone three times in ten minutes; the fourth is refused as rate limited until the window has passed', async () => {
    const to = phone();
    const holds = Array.from({ length: 5 }, () => slotHeld(to));
    for (const held of holds.slice(0, 4)) await inTenant(() => otp.app.get(OtpSender).sendFirst(held));
    const outcome = async (held: PayloadOf<typeof SlotHeld>) => (await published({ holdId: held.holdId }))[0]?.type;
    await eventually(async () => (await Promise.all(holds.slice(0, 4).map(outcome))).every(Boolean));
    expect(await Promise.all(holds.slice(0, 4).map(outcome))).toEqual(['OtpSent', 'OtpSent', 'OtpSent', 'SmsFailed']);
    expect((await published({ holdId: holds[3]!.holdId }))[0]!.payload).toMatchObject({ reason: 'rate_limited' });
    expect(gateway.textsTo(to)).toHaveLength(3);

    clock.advance(10 * 60_000 + 1_000);
    await inTenant(() => otp.app.get(OtpSender).sendFirst(holds[4]!));
    await eventually(async () => (await outcome(holds[4]!)) === 'OtpSent');
    expect(gateway.textsTo(to)).toHaveLength(4);
  });
});
