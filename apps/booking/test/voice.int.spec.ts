import { DateTime } from 'luxon';
import { ManualClock } from '@mo/context';
import { AppProcess, createClinic, eventually, startOtpSmsProcess, tenantAdmin, TestApp, TestClinic, TestInfra, textsTo } from '@infra/testing';
import { Platform, PLATFORMS, signRetell, SimulatedConnection, SimulatedRequest, spokenAnswer, toolRequest } from '@mo/voice';
import { platformConnection } from '@infra/tenant';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { TenantDb } from '@mo/database';
import { VoiceToolCallRepository } from '../src/voice/voice-tool-call.repository';
import { localSlot, smsTo, startBooking, startSandbox, stopApp, uniquePhone } from './fixture';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let otpSms: AppProcess;
let booking: TestApp;
let clinic: TestClinic;
let bangkok: TestClinic;
const clock = new ManualClock(new Date());
const connections = new Map<string, SimulatedConnection>();

/** Connects a platform as `npm run tenant -- connect-platform` does. */
async function connect(orgId: string, platform: Platform): Promise<SimulatedConnection> {
  const admin = tenantAdmin(infra);
  const signingKey = platform === 'retell' ? `key_${orgId.slice(0, 8)}` : `whsec_${orgId.slice(0, 8)}`;
  try {
    const { connectionId, secret } = await admin.connectPlatform(orgId, platform, platform === 'vapi' ? {} : { signingKey });
    const printed = platformConnection({ platform, orgId, connectionId, secret, bookingUrl: booking.url, redactionUrl: 'http://127.0.0.1:9' });
    return { platform, toolsUrl: printed.toolsUrl, eventsUrl: printed.eventsUrl, ...(secret ? { secret } : {}), ...(platform === 'vapi' ? {} : { signingKey }) };
  } finally {
    await admin.close();
  }
}

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  sandbox = started.sandbox;
  [otpSms, booking, clinic, bangkok] = await Promise.all([
    startOtpSmsProcess(infra, started.url),
    startBooking(infra, { clock }),
    createClinic(infra),
    createClinic(infra, { name: 'Bangkok Dental', timezone: 'Asia/Bangkok' }),
  ]);
  for (const platform of PLATFORMS) {
    connections.set(platform, await connect(clinic.orgId, platform));
    connections.set(`${platform}:bangkok`, await connect(bangkok.orgId, platform));
  }
});

afterAll(async () => {
  await stopApp(booking);
  await otpSms?.stop();
  await sandbox?.stop();
  await infra?.dispose();
});

beforeEach(() => clock.set(new Date()));

const post = (request: SimulatedRequest) => fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });

/** The response body as sent, to compare a repeat's with the first's byte for byte. */
const sendText = async (request: SimulatedRequest) => {
  const response = await post(request);
  expect(response.status).toBe(200);
  return response.text();
};

const send = async (request: SimulatedRequest) => {
  const response = await post(request);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
};

let days = 1;
const newCall = () => ({ callId: `call-${Math.random().toString(36).slice(2, 10)}`, callerPhone: uniquePhone() });

/** A clinic-local "YYYY-MM-DD HH:mm" on a day of its own, so no two tests want one slot; days count from booking's clock. */
const localStart = (time = '10:00', target = clinic) => {
  const at = new Date(localSlot(target, days++, time, clock.now()));
  return { at, local: at.toLocaleString('sv-SE', { timeZone: target.timezone }).slice(0, 16) };
};

const holdsOf = (orgId: string, callId: string) =>
  infra.asOwner(orgId, async (db) => (await db.query<{ status: string; release_reason: string | null; starts_at: Date }>(`SELECT status, release_reason, lower(during) AS starts_at FROM booking.holds WHERE call_id = $1 ORDER BY lower(during)`, [callId])).rows);

describe.each(PLATFORMS)('%s', (platform) => {
  const conn = () => connections.get(platform)!;
  const tool = async (call: ReturnType<typeof newCall>, name: string, args: Record<string, unknown> = {}, id?: string, target = conn()) => {
    const response = await send(toolRequest(target, call, { name, args, ...(id ? { id } : {}) }, clock.now()));
    expect(response.status).toBe(200);
    return spokenAnswer(platform, response.body);
  };

  it('accepts its credential and refuses a wrong, stale or missing one with 401, doing nothing', async () => {
    const call = newCall();
    const { local } = localStart();
    const args = { name: 'hold_slot', args: { startsAt: local, appointmentType: 'cleaning' } };
    const wrong = { ...conn(), secret: 'not-the-secret', signingKey: 'not-the-key' };
    const refused = [
      toolRequest(wrong, call, args, clock.now()),
      { ...toolRequest(conn(), call, args, clock.now()), headers: { 'content-type': 'application/json' } },
      // Another platform's connection id with this platform's credential.
      { ...toolRequest(conn(), call, args, clock.now()), url: connections.get(PLATFORMS.find((p) => p !== platform)!)!.toolsUrl },
      ...(platform === 'retell' ? [toolRequest(conn(), call, args, new Date(clock.now().getTime() - 6 * 60_000))] : []),
    ];
    for (const request of refused) expect((await send(request)).status).toBe(401);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([]);
    expect((await tool(call, 'cancel_hold')).say).toBe("There's no held time to release.");
  });

  it('refuses to hold for a premium-rate caller phone, asking for a mobile number, and holds nothing', async () => {
    const call = { ...newCall(), callerPhone: '+19005550123' };
    const answer = await tool(call, 'hold_slot', { startsAt: localStart().local, appointmentType: 'cleaning' });
    expect(answer).toMatchObject({ ok: false, say: expect.stringMatching(/can't receive texts.*mobile/) });
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([]);
  });

  it('answers every tool as a sentence: availability by loose names, hold, resend, a wrong and a right code, cancel', async () => {
    const call = newCall();
    const offered = await tool(call, 'check_availability', { appointmentType: 'a clean', date: 'tomorrow', partOfDay: 'morning', practitioner: 'doctor lee' });
    expect(offered).toMatchObject({ ok: true, say: expect.stringMatching(/^I can do \w+ the \d+(st|nd|rd|th) at \d+:\d\d in the morning with Dr Lee.* Which would you like\?$/) });
    const startsAt = /at (\d+:\d\d)/.exec(offered.say)![1]!;
    // The clinic's next calendar day: 24 hours on is another day the nights the clocks change.
    const tomorrow = DateTime.fromJSDate(clock.now(), { zone: clinic.timezone }).plus({ days: 1 }).toISODate()!;
    const held = await tool(call, 'hold_slot', { startsAt: `${tomorrow} ${startsAt.padStart(5, '0')}`, appointmentType: 'Cleaning', practitioner: 'Dr. Lee', firstName: 'Sam' });
    expect(held.say).toBe(`I've held ${startsAt} on ${offered.say.split(' ')[3]} and texted a six-digit code to the number ending ${call.callerPhone.slice(-4)}. Could you read it to me?`);
    const code = /(\d{6})/.exec((await smsTo(sandbox, call.callerPhone)).body)![1]!;
    expect((await tool(call, 'resend_code')).say).toMatch(/^(I sent a code moments ago\. Please give it \d+ seconds to arrive|I've texted a new code to the number ending \d{4}\. Could you read it to me when it arrives\?)\.?$/);
    const latest = /(\d{6})/.exec(textsTo(sandbox, call.callerPhone).at(-1)!.body)![1]!;
    const wrongCode = latest === '000000' ? '111111' : '000000';
    expect((await tool(call, 'confirm_booking', { code: wrongCode })).say).toBe("That code doesn't match. Could you read it again? You have 4 more tries.");
    expect((await tool(call, 'confirm_booking', { code: latest === code ? code : latest })).say).toMatch(/^You're booked for a cleaning on \w+ the \d+\w\w at .+ with Dr Lee\. See you then!$/);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([expect.objectContaining({ status: 'CONFIRMED' })]);
    expect((await tool(call, 'cancel_hold')).say).toBe("That appointment is already booked, so I can't release it here.");

    const other = newCall();
    await tool(other, 'hold_slot', { startsAt: localStart('11:00').local, appointmentType: 'cleaning' });
    expect((await tool(other, 'cancel_hold')).say).toBe("I've released that time. Is there anything else I can help with?");
    expect(await holdsOf(clinic.orgId, other.callId)).toEqual([expect.objectContaining({ status: 'RELEASED', release_reason: 'cancelled' })]);
    // A later cancel in the same call is a new request, not a replay of the first.
    await tool(other, 'hold_slot', { startsAt: localStart('12:00').local, appointmentType: 'cleaning' });
    expect((await tool(other, 'cancel_hold')).say).toBe("I've released that time. Is there anything else I can help with?");
    expect((await holdsOf(clinic.orgId, other.callId)).map((h) => h.status)).toEqual(['RELEASED', 'RELEASED']);
  });

  it('offers a part of the day without a day: the evenings of the coming week', async () => {
    const answer = await tool(newCall(), 'check_availability', { appointmentType: 'cleaning', partOfDay: 'evening' });
    expect(answer.say).toMatch(/^I can do \w+ the \d+\w\w at \d+:\d\d in the evening with Dr (Lee|Ray)/);
  });

  it('reads "tomorrow" in a clinic seven hours ahead of UTC, late in the UTC day', async () => {
    // Tuesday 23:30 UTC is Wednesday 06:30 in Bangkok: tomorrow is Thursday there.
    clock.set(new Date('2027-01-05T23:30:00Z'));
    const answer = await tool(newCall(), 'check_availability', { appointmentType: 'cleaning', date: 'tomorrow' }, undefined, connections.get(`${platform}:bangkok`)!);
    expect(answer.say).toMatch(/^I can do Thursday the 7th at 8:00 in the morning with Dr (Lee|Ray)/);
    if (platform !== 'vapi') expect((answer.fields.slots as Array<{ localTime: string }>).map((s) => s.localTime.slice(0, 10))).toEqual(['2027-01-07', '2027-01-07', '2027-01-07']);
  });

  it('books once for a repeated tool call: the same id, the same arguments, or both at once', async () => {
    const call = newCall();
    const { local } = localStart('09:15');
    const args = { startsAt: local, appointmentType: 'cleaning', practitioner: 'Dr Ray' };
    const first = await tool(call, 'hold_slot', args, 'tc-1');
    const answers = await Promise.all([tool(call, 'hold_slot', args, 'tc-1'), tool(call, 'hold_slot', args, 'tc-2'), tool(call, 'hold_slot', { ...args, practitioner: 'dr. ray' }, 'tc-3')]);
    for (const again of answers) expect(again).toEqual(first);
    // One pending hold; otp-sms may already have sent its code.
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([expect.objectContaining({ status: expect.stringMatching(/^(HELD|OTP_SENT)$/) })]);
    await smsTo(sandbox, call.callerPhone);
    expect(textsTo(sandbox, call.callerPhone)).toHaveLength(1);
  });

  // The first hold of a call goes in one round trip, its answer written with it (answerAhead); a
  // repeat is refused that way (the claims are another's), starts afresh and reads the stored answer.
  it('answers repeats of a hold made in one round trip byte for byte as the first, after its hold was released', async () => {
    const call = newCall();
    const args = { startsAt: localStart('13:30').local, appointmentType: 'cleaning', practitioner: 'Dr Ray' };
    const request = () => toolRequest(conn(), call, { name: 'hold_slot', args, id: 'tc-once' }, clock.now());
    const repository = booking.app.get(VoiceToolCallRepository);
    const spies = { ahead: jest.spyOn(repository, 'completeAhead'), after: jest.spyOn(repository, 'complete'), afresh: jest.spyOn(booking.app.get(TenantDb), 'afresh') };
    try {
      const first = await sendText(request());
      expect(spokenAnswer(platform, JSON.parse(first)).say).toMatch(/^I've held \d+:30 on /);
      expect([spies.ahead.mock.calls.length, spies.after.mock.calls.length, spies.afresh.mock.calls.length]).toEqual([1, 0, 0]);
      expect((await tool(call, 'cancel_hold')).say).toMatch(/^I've released that time/);
      spies.ahead.mockClear();
      spies.afresh.mockClear();
      // Twins at once, the slot free again: each one's guess (hold and answer) is refused, as the
      // claims are the first's, and rolls back; each then answers what the first stored.
      const again = await Promise.all([sendText(request()), sendText(request())]);
      expect(again).toEqual([first, first]);
      expect([spies.ahead.mock.calls.length, spies.afresh.mock.calls.length]).toEqual([2, 2]);
      expect(await holdsOf(clinic.orgId, call.callId)).toEqual([expect.objectContaining({ status: 'RELEASED', release_reason: 'cancelled' })]);
    } finally {
      Object.values(spies).forEach((spy) => spy.mockRestore());
    }
  });

  it('answers a hold whose slot was just taken as before, its one-round-trip guess rolled back whole, and a repeat as the first', async () => {
    const [call, rival] = [newCall(), newCall()];
    const args = { startsAt: localStart('14:30').local, appointmentType: 'cleaning', practitioner: 'Dr Lee' };
    expect((await tool(rival, 'hold_slot', args)).say).toMatch(/^I've held \d+:30 on /);
    const taken = await tool(call, 'hold_slot', args, 'tc-taken');
    expect(taken).toMatchObject({ ok: false, say: expect.stringMatching(/^That time has just been taken/) });
    expect(await tool(call, 'hold_slot', args, 'tc-taken')).toEqual(taken);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([]);
    const claims = await infra.asOwner(clinic.orgId, async (db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.voice_tool_calls WHERE call_id = $1 AND answer IS NULL`, [call.callId])).rows);
    expect(claims).toEqual([{ n: 0 }]);
  });

  it('counts a wrong code once and confirms once for concurrent twins of confirm_booking', async () => {
    const call = newCall();
    await tool(call, 'hold_slot', { startsAt: localStart('16:00').local, appointmentType: 'cleaning', practitioner: 'Dr Lee' });
    const code = /(\d{6})/.exec((await smsTo(sandbox, call.callerPhone)).body)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    const wrongs = await Promise.all([tool(call, 'confirm_booking', { code: wrong }, 'tc-w'), tool(call, 'confirm_booking', { code: wrong }, 'tc-w')]);
    for (const answer of wrongs) expect(answer.say).toBe("That code doesn't match. Could you read it again? You have 4 more tries.");
    const rights = await Promise.all([tool(call, 'confirm_booking', { code }, 'tc-r'), tool(call, 'confirm_booking', { code }, 'tc-r'), tool(call, 'confirm_booking', { code }, 'tc-r2')]);
    expect(rights[0]!.say).toMatch(/^You're booked for a cleaning/);
    for (const again of rights) expect(again).toEqual(rights[0]);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([expect.objectContaining({ status: 'CONFIRMED' })]);
  });

  it('keeps only the newest pending hold when the caller holds another time in the same call', async () => {
    const call = newCall();
    const day = localStart('09:00');
    await tool(call, 'hold_slot', { startsAt: day.local, appointmentType: 'cleaning', practitioner: 'Dr Lee' });
    // Fifteen minutes later with the same practitioner overlaps the first hold: moving it is what the caller asked.
    const later = new Date(day.at.getTime() + 15 * 60_000).toLocaleString('sv-SE', { timeZone: clinic.timezone }).slice(0, 16);
    expect((await tool(call, 'hold_slot', { startsAt: later, appointmentType: 'cleaning', practitioner: 'Dr Lee' })).say).toMatch(/^I've held \d+:15 on /);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([
      expect.objectContaining({ status: 'RELEASED', release_reason: 'cancelled' }),
      expect.objectContaining({ status: 'HELD', starts_at: new Date(day.at.getTime() + 15 * 60_000) }),
    ]);
  });

  it('releases the earlier pending hold when the caller holds a time that does not overlap it', async () => {
    const call = newCall();
    const day = localStart('09:00');
    await tool(call, 'hold_slot', { startsAt: day.local, appointmentType: 'cleaning', practitioner: 'Dr Lee' });
    const later = new Date(day.at.getTime() + 2 * 60 * 60_000).toLocaleString('sv-SE', { timeZone: clinic.timezone }).slice(0, 16);
    expect((await tool(call, 'hold_slot', { startsAt: later, appointmentType: 'cleaning', practitioner: 'Dr Lee' })).say).toMatch(/^I've held \d+:00 on /);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([
      expect.objectContaining({ status: 'RELEASED', release_reason: 'cancelled' }),
      expect.objectContaining({ status: 'HELD', starts_at: new Date(day.at.getTime() + 2 * 60 * 60_000) }),
    ]);
  });

  it('answers a refusal with HTTP 200 and one line the agent can say', async () => {
    const call = newCall();
    const yesterday = new Date(clock.now().getTime() - 86_400_000).toISOString();
    const responses = await Promise.all([
      send(toolRequest(conn(), call, { name: 'hold_slot', args: { startsAt: yesterday, appointmentType: 'cleaning' } }, clock.now())),
      send(toolRequest(conn(), call, { name: 'hold_slot', args: { startsAt: localStart().local, appointmentType: 'root canal' } }, clock.now())),
      send(toolRequest(conn(), call, { name: 'book_flight', args: {} }, clock.now())),
    ]);
    const said = responses.map((r) => {
      expect(r.status).toBe(200);
      if (platform === 'vapi') expect((r.body as { results: Array<Record<string, string>> }).results[0]!.error).toEqual(expect.any(String));
      return spokenAnswer(platform, r.body).say;
    });
    expect(said).toEqual([
      'That time has already passed. Which day would suit you?',
      "Sorry, I couldn't find root canal. We offer cleaning or filling. Which would you like?",
      "Sorry, I can't do that here. I can find a time, hold it, and confirm it with a code.",
    ]);
    for (const line of said) expect(line).not.toMatch(/\n/);
  });

  /** Books `local` with Dr Lee in a call of its own, as a caller would, and returns the caller's phone. */
  const book = async (local: string, phone = uniquePhone()) => {
    const call = { ...newCall(), callerPhone: phone };
    await tool(call, 'hold_slot', { startsAt: local, appointmentType: 'cleaning', practitioner: 'Dr Lee' });
    const code = /(\d{6})/.exec((await smsTo(sandbox, phone)).body)![1]!;
    expect((await tool(call, 'confirm_booking', { code })).say).toMatch(/^You're booked for a cleaning/);
    return phone;
  };
  /** The code of the caller's nth text, once it has arrived. */
  const codeOf = async (phone: string, nth: number) => /(\d{6})/.exec((await smsTo(sandbox, phone, nth)).body)![1]!;

  it("finds the caller's booked appointment by caller id, and nothing for another number", async () => {
    const { at, local } = localStart('09:30');
    const phone = await book(local);
    const found = await tool({ ...newCall(), callerPhone: phone }, 'find_appointments');
    expect(found.say).toMatch(/^You have an appointment: a cleaning on \w+ the \d+\w\w at 9:30 in the morning with Dr Lee\.$/);
    if (platform !== 'vapi') expect(found.fields.appointments).toEqual([expect.objectContaining({ startsAt: at.toISOString(), practitioner: 'Dr Lee' })]);
    expect((await tool(newCall(), 'find_appointments')).say).toBe("I can't find any upcoming appointments for this number.");
  });

  it('cancels the next appointment with the texted code, so another caller can hold its time', async () => {
    const { local } = localStart('13:00');
    const phone = await book(local);
    const call = { ...newCall(), callerPhone: phone };
    expect((await tool(call, 'cancel_appointment')).say).toMatch(new RegExp(`^To cancel your cleaning on .+ with Dr Lee, I've texted a six-digit code to the number ending ${phone.slice(-4)}\\. Could you read it to me\\?$`));
    expect((await tool(call, 'confirm_booking', { code: await codeOf(phone, 1) })).say).toMatch(/^I've cancelled your cleaning on .+ with Dr Lee\. Is there anything else I can help with\?$/);
    expect((await tool(call, 'find_appointments')).say).toBe("I can't find any upcoming appointments for this number.");
    expect((await tool(newCall(), 'hold_slot', { startsAt: local, appointmentType: 'cleaning', practitioner: 'Dr Lee' })).say).toMatch(/^I've held 1:00 on /);
  });

  it('reschedules an appointment with the texted code: the new time is booked and the old one freed', async () => {
    const from = localStart('14:00');
    const to = localStart('15:00');
    const phone = await book(from.local);
    const call = { ...newCall(), callerPhone: phone };
    expect((await tool(call, 'reschedule_appointment', { which: 'next', startsAt: to.local })).say).toMatch(/^I've held \w+ the \d+\w\w at 3:00 in the afternoon for you, I've texted a six-digit code/);
    expect((await tool(call, 'confirm_booking', { code: await codeOf(phone, 1) })).say).toMatch(/^Done: your cleaning is now on \w+ the \d+\w\w at 3:00 in the afternoon with Dr Lee\.$/);
    expect((await tool(call, 'find_appointments')).say).toMatch(/^You have an appointment: a cleaning on .+ at 3:00 in the afternoon with Dr Lee\.$/);
    expect((await tool(newCall(), 'hold_slot', { startsAt: from.local, appointmentType: 'cleaning', practitioner: 'Dr Lee' })).say).toMatch(/^I've held 2:00 on /);
  });

  it('refuses a body that is not its dialect with 400', async () => {
    const request = toolRequest(conn(), newCall(), { name: 'resend_code', args: {} }, clock.now());
    const body = JSON.stringify({ nothing: true });
    const headers = platform === 'retell' ? { ...request.headers, 'x-retell-signature': signRetell(conn().signingKey!, body, clock.now().getTime()) } : request.headers;
    expect(await send({ url: request.url, headers, body })).toMatchObject({ status: 400, body: { error: 'validation_failed' } });
  });
});

// Vapi sends a tool-call id with every call; the id and the arguments are claimed in one statement.
describe('vapi tool-call ids and arguments, claimed together', () => {
  const argsKeys = (callId: string) =>
    infra.asOwner(clinic.orgId, async (db) => (await db.query<{ created_at: Date }>(`SELECT created_at FROM booking.voice_tool_calls WHERE call_id = $1 AND dedupe_key LIKE 'args:%'`, [callId])).rows);

  it('answers an id repeated after the arguments window as the first, and does not restart that window', async () => {
    const call = newCall();
    const args = { startsAt: localStart('09:45').local, appointmentType: 'cleaning', practitioner: 'Dr Ray' };
    const asked = () => send(toolRequest(connections.get('vapi')!, call, { id: 'tc-late', name: 'hold_slot', args }, clock.now()));
    const first = await asked();
    const firstAt = clock.now();
    clock.set(new Date(firstAt.getTime() + 11 * 60_000));
    expect(await asked()).toEqual(first);
    // The arguments' key is as the first call left it (or given back), never claimed anew by the repeat.
    expect((await argsKeys(call.callId)).every((k) => k.created_at.getTime() === firstAt.getTime())).toBe(true);
    expect(await holdsOf(clinic.orgId, call.callId)).toHaveLength(1);
  });
});

describe('a repeat of a hold made in one round trip, after the hold expired', () => {
  it('answers as the first, by its id byte for byte and by its arguments under a new id, and holds nothing again', async () => {
    const call = newCall();
    const vapi = connections.get('vapi')!;
    const args = { startsAt: localStart('15:45').local, appointmentType: 'cleaning', practitioner: 'Dr Lee' };
    const asked = (id: string) => toolRequest(vapi, call, { id, name: 'hold_slot', args }, clock.now());
    const first = await sendText(asked('tc-exp'));
    // Past the hold's 5 minutes and inside the arguments' 10: the sweeper releases it.
    clock.set(new Date(clock.now().getTime() + 6 * 60_000));
    await eventually(async () => (await holdsOf(clinic.orgId, call.callId))[0]?.release_reason === 'expired', { timeoutMs: 20_000 });
    expect(await sendText(asked('tc-exp'))).toBe(first);
    expect(spokenAnswer('vapi', JSON.parse(await sendText(asked('tc-exp-2'))))).toEqual(spokenAnswer('vapi', JSON.parse(first)));
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([expect.objectContaining({ status: 'RELEASED', release_reason: 'expired' })]);
  });
});

// The tool runs on the wire behind its claim (TenantDb.provisional); a connection lost after the
// claim and before the answer takes both back, so the platform's repeat holds as the first would have.
describe('a repeated tool call after a crash between its statements', () => {
  it('holds once, when the first try died after its claim: the repeat runs the tool and answers', async () => {
    const call = newCall();
    const vapi = connections.get('vapi')!;
    const hold = (id: string, local: string) => send(toolRequest(vapi, call, { id, name: 'hold_slot', args: { startsAt: local, appointmentType: 'cleaning', practitioner: 'Dr Ray' } }, clock.now()));
    const first = localStart('11:00');
    expect(spokenAnswer('vapi', (await hold('tc-a', first.local)).body).say).toMatch(/^I've held 11:00 on /);
    const second = localStart('11:00');
    // The call's pending hold, locked here: the next hold_slot claims its keys, then waits on that lock
    // to read the call's earlier holds, and its connection is killed while it waits.
    const crashed = await infra.asOwner(clinic.orgId, async (db) => {
      await db.query(`SELECT 1 FROM booking.holds WHERE call_id = $1 FOR UPDATE`, [call.callId]);
      const asked = hold('tc-b', second.local);
      await eventually(async () => (await infra.terminateWaiting('booking')) > 0, { timeoutMs: 20_000 });
      return asked;
    });
    expect(crashed.status).toBe(200);
    expect(spokenAnswer('vapi', crashed.body).say).not.toMatch(/^I've held/);
    const repeat = spokenAnswer('vapi', (await hold('tc-b', second.local)).body);
    expect(repeat.say).toMatch(/^I've held 11:00 on /);
    expect(spokenAnswer('vapi', (await hold('tc-b', second.local)).body)).toEqual(repeat);
    expect(await holdsOf(clinic.orgId, call.callId)).toEqual([
      expect.objectContaining({ status: 'RELEASED', release_reason: 'cancelled', starts_at: first.at }),
      // otp-sms may already have sent the new hold's code.
      expect.objectContaining({ status: expect.stringMatching(/^(HELD|OTP_SENT)$/), starts_at: second.at }),
    ]);
  });
});
