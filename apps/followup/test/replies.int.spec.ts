import { randomUUID } from 'node:crypto';
import { ConfirmationMissed, SlotHeld, TranscriptRedacted } from '@mo/contracts';
import { call, createClinic, eventually, localSlot, publishEvent, smsTo, tenantAdmin, TestClinic } from '@infra/testing';
import { MemoryJanitor } from '../src/memory/memory-janitor';
import { MAX_REPLIES } from '../src/replies/reply.service';
import { clinicTime, followupsOf, handledByFollowup, holdSlot, missedCall, shortLabel, smsRequestsTo, startWorld, stopWorld, text, World } from './fixture';

let world: World;
let day = 2;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await stopWorld(world);
});

beforeEach(() => world.clock.set(clinicTime(world, 0, '12:00')));

const nextSlot = () => localSlot(world.clinic.timezone, day++, '10:00');

/** A caller who missed a confirmation and has received the follow-up. */
async function followedUp(startsAt = nextSlot()) {
  const phone = world.phone();
  const { holdId, callId } = await missedCall(world, phone, startsAt);
  await smsTo(world.sandbox, phone, 1);
  return { phone, holdId, callId, startsAt };
}

const bookingsFor = (phone: string) => world.probe.ofType('BookingConfirmed').filter((m) => m.envelope.payload.callerPhone === phone);

describe('reply to book', () => {
  it('YES books the free slot without a second code, confirms by SMS, and a repeated YES books nothing more', async () => {
    const { phone, holdId, startsAt } = await followedUp();
    await text(world, phone, 'Yes please');

    const booked = await world.probe.waitFor((m) => m.envelope.type === 'BookingConfirmed' && m.envelope.payload.callerPhone === phone);
    expect(booked.envelope.payload).toMatchObject({ startsAt, resourceId: world.clinic.lee, appointmentTypeId: world.clinic.cleaning, callerFirstName: 'Sam' });
    const confirmation = await smsTo(world.sandbox, phone, 2);
    expect(confirmation.body).toBe(`You're booked: cleaning with Dr Lee on ${shortLabel(startsAt, world.clinic.timezone)} at Test Dental. See you then!`);
    const [followup] = await followupsOf(world, holdId);
    expect(followup).toMatchObject({ status: 'booked', booking_id: booked.envelope.payload.bookingId });

    await text(world, phone, 'YES');
    expect((await smsTo(world.sandbox, phone, 3)).body).toMatch(/^You're already booked for .+ at Test Dental\. See you then!$/);
    expect(bookingsFor(phone)).toHaveLength(1);
  });

  it('two YES texts at once book once, and the second is told the booking stands', async () => {
    const { phone } = await followedUp();
    await Promise.all([text(world, phone, 'YES'), text(world, phone, 'Yes!')]);

    const replies = (await smsRequestsTo(world, phone)).slice(1);
    expect(replies).toHaveLength(2);
    expect(replies.filter((r) => r.startsWith("You're booked:"))).toHaveLength(1);
    expect(replies.filter((r) => r.startsWith("You're already booked for"))).toHaveLength(1);
    await eventually(() => bookingsFor(phone).length > 0);
    expect(bookingsFor(phone)).toHaveLength(1);
  });

  it('offers the next two free slots when the slot was taken meanwhile', async () => {
    const { phone, startsAt } = await followedUp();
    await holdSlot(world, world.phone(), startsAt);
    await text(world, phone, 'yes');

    const answer = await smsTo(world.sandbox, phone, 2);
    expect(answer.body).toMatch(/^Sorry, that time has just been taken\. We can offer .+ with Dr (Lee|Ray) or .+ with Dr (Lee|Ray)\. Call us on \+13125550100 to book one\.$/);
    expect(bookingsFor(phone)).toHaveLength(0);
  });

  it('answers a reply after the slot has passed politely, and books nothing', async () => {
    const { phone, startsAt } = await followedUp();
    world.clock.set(new Date(new Date(startsAt).getTime() + 60_000));
    await text(world, phone, 'YES');
    expect((await smsTo(world.sandbox, phone, 2)).body).toBe("That time has passed, sorry. Please call us on +13125550100 and we'll find another.");
    expect(bookingsFor(phone)).toHaveLength(0);
  });

  it('answers a YES from a phone we never followed up', async () => {
    const phone = world.phone();
    await holdSlot(world, phone, nextSlot());
    await text(world, phone, 'YES');
    expect((await smsTo(world.sandbox, phone, 1)).body).toBe("Thanks for your message. We couldn't find a booking to confirm; please call us on +13125550100.");
  });

  it('stops answering chatter after a few replies, so two auto-responders cannot loop', async () => {
    const { phone } = await followedUp();
    for (let i = 0; i < MAX_REPLIES + 2; i++) await text(world, phone, `Auto-reply ${i}: I am away`);
    const requests = await smsRequestsTo(world, phone);
    expect(requests).toHaveLength(1 + MAX_REPLIES);
    expect(requests.slice(1)).toEqual(Array(MAX_REPLIES).fill('Thanks for your message. Reply YES to book the time we offered, or call us on +13125550100.'));
  });
});

describe('caller context', () => {
  const contextOf = (phone: string, apiKey = world.clinic.apiKey) => call(`${world.followup.url}/v1/callers/${encodeURIComponent(phone)}/context`, { apiKey });

  async function transcript(callId: string, text: string) {
    const turns = [{ speaker: 'caller', text, at: new Date().toISOString() }];
    const payload = { transcriptId: randomUUID(), callId, turns, entityCounts: {}, rulesVersion: 'test', redactedAt: new Date().toISOString() };
    const envelope = await publishEvent(world.infra, TranscriptRedacted, world.clinic.orgId, payload);
    await eventually(() => handledByFollowup(world, envelope.messageId));
  }

  it("returns what the caller was booking after a missed call, with the call's redacted transcript", async () => {
    const { phone, startsAt, callId } = await followedUp();
    await transcript(callId, 'Hi, this is [NAME], I need a cleaning.');
    const response = await contextOf(phone);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      phone,
      firstName: 'Sam',
      appointmentType: { id: world.clinic.cleaning, name: 'Cleaning' },
      practitioner: { id: world.clinic.lee, name: 'Dr Lee' },
      slot: { startsAt, label: expect.stringMatching(/10:00 am$/) },
      outcome: 'missed',
      reason: 'call_ended',
      at: expect.any(String),
      lastTranscript: [{ speaker: 'caller', text: 'Hi, this is [NAME], I need a cleaning.', at: expect.any(String) }],
    });
  });

  it('keeps a transcript that arrives before the hold events of its call', async () => {
    const phone = world.phone();
    const callId = `early-${randomUUID()}`;
    await transcript(callId, 'I would like a cleaning.');
    const hold = await call(`${world.booking.url}/v1/holds`, {
      apiKey: world.clinic.apiKey,
      body: { callId, appointmentTypeId: world.clinic.cleaning, resourceId: world.clinic.lee, startsAt: nextSlot(), caller: { phone } },
    });
    expect(hold.status).toBe(201);
    const context = await eventually(async () => {
      const response = await contextOf(phone);
      return response.status === 200 ? response.body : undefined;
    });
    expect(context).toMatchObject({ outcome: 'held', firstName: null, lastTranscript: [{ text: 'I would like a cleaning.' }] });
  });

  it('keeps the latest outcome when events arrive out of order', async () => {
    const phone = world.phone();
    const facts = {
      holdId: randomUUID(),
      callId: `late-${randomUUID()}`,
      resourceId: world.clinic.ray,
      resourceName: 'Dr Ray',
      appointmentTypeId: world.clinic.cleaning,
      appointmentTypeName: 'Cleaning',
      startsAt: '2030-01-08T16:00:00.000Z',
      endsAt: '2030-01-08T16:30:00.000Z',
      startsAtLocal: 'Tuesday 8 January, 10:00 am',
      timezone: world.clinic.timezone,
      clinicName: 'Test Dental',
      callerPhone: phone,
      callerFirstName: 'Ana',
    };
    const missed = await publishEvent(world.infra, ConfirmationMissed, world.clinic.orgId, { ...facts, reason: 'expired', missedAt: '2030-01-01T10:05:00.000Z' }, {
      occurredAt: '2030-01-01T10:05:00.000Z',
    });
    const held = await publishEvent(world.infra, SlotHeld, world.clinic.orgId, { ...facts, expiresAt: '2030-01-01T10:05:00.000Z' }, { occurredAt: '2030-01-01T10:00:00.000Z' });
    for (const envelope of [missed, held]) await eventually(() => handledByFollowup(world, envelope.messageId));
    expect((await contextOf(phone)).body).toMatchObject({ firstName: 'Ana', practitioner: { name: 'Dr Ray' }, outcome: 'missed', reason: 'expired', at: '2030-01-01T10:05:00.000Z' });
  });

  it("forgets callers after the clinic's retention, and keeps other clinics' memory", async () => {
    const short = await createClinic(world.infra, { name: 'Brief Dental', twilio: 'none' });
    const admin = tenantAdmin(world.infra);
    await admin.setFollowupSettings(short.orgId, { retentionDays: 1 }).finally(() => admin.close());
    const [forgotten, kept] = [world.phone(), world.phone()];
    const facts = (orgClinic: TestClinic, phone: string) => ({
      holdId: randomUUID(),
      callId: `retention-${randomUUID()}`,
      resourceId: orgClinic.lee,
      resourceName: 'Dr Lee',
      appointmentTypeId: orgClinic.cleaning,
      appointmentTypeName: 'Cleaning',
      startsAt: '2030-01-08T16:00:00.000Z',
      endsAt: '2030-01-08T16:30:00.000Z',
      startsAtLocal: 'Tuesday 8 January, 10:00 am',
      timezone: orgClinic.timezone,
      clinicName: 'Dental',
      callerPhone: phone,
      expiresAt: '2030-01-01T10:05:00.000Z',
    });
    const published = [
      await publishEvent(world.infra, SlotHeld, short.orgId, facts(short, forgotten)),
      await publishEvent(world.infra, SlotHeld, world.clinic.orgId, facts(world.clinic, kept)),
    ];
    for (const envelope of published) await eventually(() => handledByFollowup(world, envelope.messageId, envelope.orgId));

    // Retention is counted by the database's clock: both callers' memory is made two days old there.
    for (const [orgId, phone] of [[short.orgId, forgotten], [world.clinic.orgId, kept]] as const) {
      await world.infra.asOwner(orgId, (db) => db.query(`UPDATE followup.callers SET updated_at = now() - interval '2 days' WHERE phone = $1`, [phone]));
    }
    expect(await world.followup.app.get(MemoryJanitor).runOnce()).toBeGreaterThanOrEqual(1);
    expect((await contextOf(forgotten, short.apiKey)).status).toBe(404);
    expect((await contextOf(kept)).status).toBe(200);
  });

  it("is invisible to another clinic's key, and unknown or malformed phones get 4xx", async () => {
    const { phone } = await followedUp();
    const other = await createClinic(world.infra, { name: 'Other Dental', twilio: 'none' });
    expect(await contextOf(phone, other.apiKey)).toMatchObject({ status: 404, body: { error: 'unknown_caller', message: 'nothing is remembered about this phone' } });
    expect((await contextOf(world.phone())).status).toBe(404);
    const malformed = await contextOf('555-0147');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/phone/);
    expect((await call(`${world.followup.url}/v1/callers/${encodeURIComponent(phone)}/context`, {})).status).toBe(401);
  });
});
