import { ConfirmationMissed, PayloadOf } from '@mo/contracts';
import { shutdown } from '@mo/platform';
import { eventually, localSlot, publishEvent, smsTo, textsTo } from '@infra/testing';
import { FollowupScheduler } from '../src/followups/followup-scheduler';
import { CLINIC_PHONE, clinicTime, endCall, followupsOf, handledByFollowup, holdSlot, missedCall, shortLabel, smsRequestsTo, startFollowup, startWorld, stopWorld, text, World } from './fixture';

let world: World;
let day = 2;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await stopWorld(world);
});

/** Each test books its own day, so no test takes another's slot. */
const nextSlot = () => localSlot(world.clinic.timezone, day++, '10:00');
const expectedFollowup = (startsAt: string) =>
  `Hi Sam, you were booking a cleaning with Dr Lee on ${shortLabel(startsAt, world.clinic.timezone)} at Test Dental. ` +
  `Reply YES to book it, or call us on ${CLINIC_PHONE}. Reply STOP to opt out.`;

describe('one follow-up per missed confirmation', () => {
  it('texts the caller once, with what they were booking, even when ConfirmationMissed arrives twice at two instances', async () => {
    world.clock.set(clinicTime(world, 0, '12:00'));
    const phone = world.phone();
    const startsAt = nextSlot();
    const { holdId } = await missedCall(world, phone, startsAt);
    const followup = await smsTo(world.sandbox, phone, 1);
    expect(followup.body).toBe(expectedFollowup(startsAt));
    await eventually(async () => (await followupsOf(world, holdId))[0]?.status === 'sent');

    // The same news again, as a republished message and through a second instance.
    const missed = await world.probe.waitFor((m) => m.envelope.type === 'ConfirmationMissed' && m.envelope.payload.holdId === holdId);
    const second = await startFollowup(world.infra, world.clock);
    try {
      const payload = missed.envelope.payload as PayloadOf<typeof ConfirmationMissed>;
      const republished = await Promise.all([1, 2].map(() => publishEvent(world.infra, ConfirmationMissed, world.clinic.orgId, payload)));
      for (const envelope of republished) await eventually(() => handledByFollowup(world, envelope.messageId));
    } finally {
      await shutdown(second.app);
    }
    expect(await followupsOf(world, holdId)).toHaveLength(1);
    expect(textsTo(world.sandbox, phone).map((m) => m.body)).toEqual([expect.stringMatching(/booking code/), expectedFollowup(startsAt)]);
  });
});

describe('quiet hours', () => {
  it('holds an SMS due at 22:00 clinic time until 08:00, across a restart', async () => {
    // Every moment from one "today": the test takes seconds, and may run across the clinic's midnight.
    const today = new Date();
    world.clock.set(clinicTime(world, 0, '22:00', today));
    const phone = world.phone();
    const startsAt = nextSlot();
    const { holdId } = await missedCall(world, phone, startsAt);
    const [scheduled] = await eventually(async () => {
      const rows = await followupsOf(world, holdId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(scheduled!.status).toBe('scheduled');
    expect(scheduled!.due_at.toISOString()).toBe(clinicTime(world, 1, '08:00', today).toISOString());

    // The process stops overnight; the schedule lives in the database.
    await shutdown(world.followup.app);
    world.clock.set(clinicTime(world, 1, '07:59', today));
    world.followup = await startFollowup(world.infra, world.clock);
    expect(await world.followup.app.get(FollowupScheduler).runOnce()).toBe(0);
    expect((await followupsOf(world, holdId))[0]!.status).toBe('scheduled');
    expect(textsTo(world.sandbox, phone)).toHaveLength(1);

    world.clock.set(clinicTime(world, 1, '08:00', today));
    const followup = await smsTo(world.sandbox, phone, 1);
    expect(followup.body).toBe(expectedFollowup(startsAt));
    await eventually(async () => (await followupsOf(world, holdId))[0]?.status === 'sent');
  });
});

describe('opt-out', () => {
  async function optedOut(phone: string): Promise<boolean | undefined> {
    const { rows } = await world.infra.asOwner(world.clinic.orgId, (db) => db.query(`SELECT opted_out FROM followup.opt_outs WHERE phone = $1`, [phone]));
    return rows[0]?.opted_out;
  }

  it('STOP suppresses the follow-up and START restores it', async () => {
    world.clock.set(clinicTime(world, 0, '12:00'));
    const phone = world.phone();
    const startsAt = nextSlot();
    const { holdId, callId } = await holdSlot(world, phone, startsAt);
    await text(world, phone, 'STOP');
    expect(await optedOut(phone)).toBe(true);

    await endCall(world, callId);
    await eventually(async () => (await followupsOf(world, holdId))[0]?.status === 'suppressed');
    expect(textsTo(world.sandbox, phone)).toHaveLength(1);

    await text(world, phone, 'start');
    expect(await optedOut(phone)).toBe(false);
    const followup = await smsTo(world.sandbox, phone, 1);
    expect(followup.body).toBe(expectedFollowup(startsAt));
    const { rows } = await world.infra.asOwner(world.clinic.orgId, (db) => db.query(`SELECT action, keyword FROM followup.consent_log WHERE phone = $1 ORDER BY at`, [phone]));
    expect(rows).toEqual([
      { action: 'opt_out', keyword: 'STOP' },
      { action: 'opt_in', keyword: 'START' },
    ]);
  });

  it('an opted-out phone gets nothing, not even an answer to YES', async () => {
    world.clock.set(clinicTime(world, 0, '12:00'));
    const phone = world.phone();
    const { holdId } = await missedCall(world, phone, nextSlot());
    await smsTo(world.sandbox, phone, 1);
    await text(world, phone, 'Unsubscribe');
    expect(await optedOut(phone)).toBe(true);
    await text(world, phone, 'YES');
    expect((await followupsOf(world, holdId))[0]!.status).toBe('sent');
    expect(await smsRequestsTo(world, phone)).toHaveLength(1);
  });
});
