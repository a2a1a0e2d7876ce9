import { call, eventually, localSlot, textsTo } from '@infra/testing';
import { holdSlot, startWorld, stopWorld, World } from './fixture';

let world: World;
let day = 3;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await stopWorld(world);
});

const api = (path: string, body?: unknown) => call(`${world.booking.url}${path}`, { apiKey: world.clinic.apiKey, ...(body ? { body } : {}) });

/** A caller books through booking with the code from their SMS, as on a live call. */
async function book(phone: string, startsAt: string): Promise<string> {
  const { holdId } = await holdSlot(world, phone, startsAt);
  const code = /^(\d{6})/.exec(textsTo(world.sandbox, phone)[0]!.body)![1]!;
  await eventually(async () => (await api(`/v1/holds/${holdId}`)).body.status === 'OTP_SENT');
  const confirmed = await api(`/v1/holds/${holdId}/confirm`, { code });
  expect(confirmed.status).toBe(200);
  return confirmed.body.bookingId;
}

const changeCode = async (phone: string) => /^(\d{6})/.exec((await eventually(() => textsTo(world.sandbox, phone).find((m) => / code to /.test(m.body)))).body)![1]!;
const contextOf = (phone: string) => call(`${world.followup.url}/v1/callers/${encodeURIComponent(phone)}/context`, { apiKey: world.clinic.apiKey });

describe('a change the caller confirmed', () => {
  it('a cancel is remembered as cancelled and confirmed by SMS through the clinic’s account', async () => {
    const phone = world.phone();
    const bookingId = await book(phone, localSlot(world.clinic.timezone, day++, '10:00'));
    const started = await api(`/v1/appointments/${bookingId}/cancel`, { callId: 'call-cancel' });
    expect(started.status).toBe(202);
    const code = await changeCode(phone);
    expect((await api(`/v1/appointment-changes/${started.body.changeId}/confirm`, { code })).status).toBe(200);
    const confirmation = await eventually(() => textsTo(world.sandbox, phone).find((m) => / is cancelled\.$/.test(m.body)));
    expect(confirmation.body).toMatch(/^Your cleaning with Dr Lee on \w{3} \d{1,2} \w{3} at 10:00 am at Test Dental is cancelled\.$/);
    expect(confirmation.from).toBe(world.clinic.twilio!.fromNumber);
    await eventually(async () => (await contextOf(phone)).body.outcome === 'cancelled');
  });

  it('a move is remembered as rescheduled, with the new slot', async () => {
    const phone = world.phone();
    const d = day++;
    const bookingId = await book(phone, localSlot(world.clinic.timezone, d, '09:00'));
    const newSlot = localSlot(world.clinic.timezone, d, '11:00');
    const started = await api(`/v1/appointments/${bookingId}/reschedule`, { callId: 'call-move', startsAt: newSlot });
    expect(started.status).toBe(202);
    const code = await changeCode(phone);
    expect((await api(`/v1/appointment-changes/${started.body.changeId}/confirm`, { code })).status).toBe(200);
    await eventually(() => textsTo(world.sandbox, phone).find((m) => / has moved to /.test(m.body)));
    const context = await eventually(async () => {
      const c = await contextOf(phone);
      return c.body.outcome === 'rescheduled' ? c.body : undefined;
    });
    expect(context.slot.startsAt).toBe(new Date(newSlot).toISOString());
  });
});

describe('an abandoned change', () => {
  it('plans no follow-up: booking publishes ChangeAbandoned, never ConfirmationMissed, and nothing is texted', async () => {
    const phone = world.phone();
    const d = day++;
    const bookingId = await book(phone, localSlot(world.clinic.timezone, d, '09:00'));
    const started = await api(`/v1/appointments/${bookingId}/reschedule`, { callId: 'call-gone', startsAt: localSlot(world.clinic.timezone, d, '11:00') });
    await changeCode(phone);
    expect((await api('/v1/calls/call-gone/ended', {})).status).toBe(200);
    const { rows } = await world.infra.asOwner(world.clinic.orgId, (db) =>
      db.query(`SELECT envelope->>'type' AS type FROM booking.outbox WHERE aggregate_id = $1 ORDER BY seq`, [started.body.changeId]),
    );
    expect(rows.map((r) => r.type)).toEqual(['ChangeRequested', 'ChangeAbandoned']);
    const followups = await world.infra.asOwner(world.clinic.orgId, (db) => db.query(`SELECT 1 FROM followup.followups WHERE phone = $1`, [phone]));
    expect(followups.rows).toEqual([]);
    expect(textsTo(world.sandbox, phone).map((m) => m.body)).toEqual([expect.stringMatching(/booking code/), expect.stringMatching(/code to move your cleaning/)]);
  });
});
