import { randomBytes, randomUUID } from 'node:crypto';
import { ConfirmationMissed, RebookSlotRpc, routingKeyOf, SmsRequested } from '@mo/contracts';
import { loadConfig } from '@mo/config';
import { ManualClock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { RpcClient } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { createClinic, FakeRpcClient, localSlot, phoneSequence, startTestApp, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { FollowupConfig } from '../src/followup.config';
import { FollowupModule } from '../src/followup.module';
import { FollowupService } from '../src/followups/followup.service';
import { ReplyService } from '../src/replies/reply.service';
import { CLINIC_PHONE, shortLabel } from './fixture';

/**
 * The service tier: the follow-up reply use case called directly, on the real database and broker,
 * with in-memory fakes only at the ports to the outside: the RPC client (booking) and the clock.
 */
let infra: TestInfra;
let followup: TestApp;
let clinic: TestClinic;
const rpc = new FakeRpcClient();
const clock = new ManualClock(new Date());
const phone = phoneSequence('872');
let day = 2;

beforeAll(async () => {
  infra = await TestInfra.create();
  const config = loadConfig(FollowupConfig, infra.env('followup', { SCHEDULER_INTERVAL_MS: '300000' }));
  [followup, clinic] = await Promise.all([startTestApp(FollowupModule.forRoot(config), { name: 'followup', clock, fakes: [[RpcClient, rpc]] }), createClinic(infra)]);
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(clinic.orgId, { clinicPhone: CLINIC_PHONE }).finally(() => admin.close());
});

afterAll(async () => {
  if (followup) await shutdown(followup.app);
  await infra?.dispose();
});

beforeEach(() => clock.set(new Date(localSlot(clinic.timezone, 0, '12:00'))));

const inTenant = <T>(work: () => Promise<T>): Promise<T> => followup.app.get(TenantDb).run(clinic.orgId, work);

/** A caller missed their confirmation and was sent the follow-up (its SMS requested at once, in sending hours). */
async function followedUp(): Promise<{ to: string; startsAt: string; holdId: string }> {
  const to = phone();
  const startsAt = localSlot(clinic.timezone, day++, '10:00');
  const missed: ConfirmationMissed = {
    holdId: randomUUID(),
    callId: `call-${to}`,
    resourceId: clinic.lee,
    resourceName: 'Dr Lee',
    appointmentTypeId: clinic.cleaning,
    appointmentTypeName: 'Cleaning',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
    startsAtLocal: 'in two days, 10:00 am',
    timezone: clinic.timezone,
    clinicName: 'Test Dental',
    callerPhone: to,
    callerFirstName: 'Sam',
    reason: 'call_ended',
    missedAt: clock.now().toISOString(),
  };
  await inTenant(() => followup.app.get(FollowupService).plan(missed));
  return { to, startsAt, holdId: missed.holdId };
}

const texts = (to: string) => inTenant(() => followup.app.get(ReplyService).handle({ messageSid: `SM${randomBytes(16).toString('hex')}`, from: to, to: clinic.twilio!.fromNumber, body: 'YES', receivedAt: clock.now().toISOString() }));

async function smsRequestedTo(to: string): Promise<string[]> {
  const { rows } = await infra.asOwner(clinic.orgId, (db) =>
    db.query<{ body: string }>(`SELECT envelope->'payload'->>'body' AS body FROM followup.outbox WHERE routing_key = $1 AND envelope->'payload'->>'to' = $2 ORDER BY seq`, [
      routingKeyOf(SmsRequested),
      to,
    ]),
  );
  return rows.map((row) => row.body);
}

describe('a YES to a follow-up', () => {
  it('books the offered slot through booking, once, and confirms it by SMS', async () => {
    const { to, startsAt, holdId } = await followedUp();
    const bookingId = randomUUID();
    rpc.answer(RebookSlotRpc, () => ({ result: 'booked' as const, bookingId, alternatives: [] }));

    await texts(to);
    await texts(to);

    const asked = rpc.requests.filter((r) => (r.payload as { callerPhone?: string }).callerPhone === to);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'RebookSlot', orgId: clinic.orgId, payload: { appointmentTypeId: clinic.cleaning, resourceId: clinic.lee, startsAt, callerFirstName: 'Sam' } });
    const when = shortLabel(startsAt, clinic.timezone);
    expect((await smsRequestedTo(to)).slice(1)).toEqual([`You're booked: cleaning with Dr Lee on ${when} at Test Dental. See you then!`, `You're already booked for ${when} at Test Dental. See you then!`]);
    const { rows } = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT status, booking_id FROM followup.followups WHERE hold_id = $1`, [holdId]));
    expect(rows).toEqual([{ status: 'booked', booking_id: bookingId }]);
  });

  it('offers the two next slots booking names when the slot was taken meanwhile', async () => {
    const { to } = await followedUp();
    const offered = (label: string, resourceName: string) => ({ startsAt: clock.now().toISOString(), label, resourceId: randomUUID(), resourceName });
    rpc.answer(RebookSlotRpc, () => ({ result: 'taken' as const, alternatives: [offered('Thu 3 Dec at 11:00 am', 'Dr Lee'), offered('Thu 3 Dec at 2:00 pm', 'Dr Patel'), offered('Fri 4 Dec at 9:00 am', 'Dr Lee')] }));

    await texts(to);

    expect((await smsRequestedTo(to)).slice(1)).toEqual([
      `Sorry, that time has just been taken. We can offer Thu 3 Dec at 11:00 am with Dr Lee or Thu 3 Dec at 2:00 pm with Dr Patel. Call us on ${CLINIC_PHONE} to book one.`,
    ]);
  });

  it('after the slot has passed is answered politely, without asking booking', async () => {
    const { to, startsAt } = await followedUp();
    const before = rpc.requests.length;
    clock.set(new Date(Date.parse(startsAt) + 60_000));

    await texts(to);

    expect(rpc.requests).toHaveLength(before);
    expect((await smsRequestedTo(to)).slice(1)).toEqual([`That time has passed, sorry. Please call us on ${CLINIC_PHONE} and we'll find another.`]);
  });
});
