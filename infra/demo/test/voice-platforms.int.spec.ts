import { AppProcess, createClinic, eventually, phoneSequence, startOtpSmsProcess, startSandbox, tenantAdmin, TestClinic, TestInfra } from '@infra/testing';
import { endOfCallRequest, PLATFORMS, type Platform, type SimulatedConnection, spokenAnswer, toolRequest } from '@mo/voice';
import { platformConnection } from '@infra/tenant';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { EventTap } from '../event-tap';
import { platformBooking, platformHangUp, VoiceTarget } from '../voice-scenarios';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let sandboxUrl: string;
let apps: AppProcess[];
let clinic: TestClinic;
let tap: EventTap;
const connections = new Map<Platform, SimulatedConnection>();
const phone = phoneSequence('646');

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  [sandbox, sandboxUrl] = [started.sandbox, started.url];
  // One after another: four apps booting at once on a shared machine can outlast a start deadline.
  const booking = await AppProcess.start('booking', infra.env('booking'));
  const otpSms = await startOtpSmsProcess(infra, started.url);
  const redaction = await AppProcess.start('redaction', infra.env('redaction'));
  const followup = await AppProcess.start('followup', infra.env('followup'));
  apps = [booking, otpSms, redaction, followup];
  clinic = await createClinic(infra);
  const admin = tenantAdmin(infra);
  try {
    for (const platform of PLATFORMS) {
      const signingKey = platform === 'retell' ? 'key_retell_test' : 'whsec_test';
      const { connectionId, secret } = await admin.connectPlatform(clinic.orgId, platform, { signingKey });
      const printed = platformConnection({ platform, orgId: clinic.orgId, connectionId, secret, bookingUrl: booking.url, redactionUrl: redaction.url });
      connections.set(platform, { platform, toolsUrl: printed.toolsUrl, eventsUrl: printed.eventsUrl, ...(secret ? { secret } : {}), signingKey });
    }
  } finally {
    await admin.close();
  }
  tap = await EventTap.open(infra.amqpUrl, infra.prefix);
});

afterAll(async () => {
  await tap?.close();
  if (apps) await Promise.all(apps.map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

const target = (platform: Platform): VoiceTarget => ({ sandboxUrl, connection: connections.get(platform)! });
const events = (callId: string, type: string) => tap.events.filter((e) => e.type === type && e.payload.callId === callId);
const stored = (callId: string) =>
  infra.asOwner(clinic.orgId, async (db) => (await db.query<{ turns: Array<{ speaker: string; text: string }> }>(`SELECT turns FROM redaction.transcripts WHERE call_id = $1`, [callId])).rows);

describe.each(PLATFORMS)('%s, across the four apps', (platform) => {
  it('plays a whole call: caller context, times, a hold asked twice, the code, confirmed, the transcript stored redacted', async () => {
    const caller = phone();
    const call = await platformBooking(target(platform), tap, caller);
    const said = call.timeline.filter((e) => e.kind === 'http').map((e) => e.text);
    expect(said[0]).toContain(`caller_context -> 200 "This caller hasn't called us before."`);
    expect(said.filter((s) => s.includes('hold_slot'))).toHaveLength(2);
    expect(events(call.correlationId, 'SlotHeld')).toHaveLength(1);
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/confirm_booking .* -> 200 "You're booked for a cleaning on /)]));
    const [transcript] = await stored(call.correlationId);
    expect(transcript!.turns.map((t) => t.speaker)).toEqual(expect.arrayContaining(['agent', 'caller']));
    expect(JSON.stringify(transcript)).not.toContain('312 555 0147');

    // Booking's events reach followup's memory; the next call through the platform is greeted with it.
    const conn = connections.get(platform)!;
    const context = await eventually(async () => {
      const response = await fetch(conn.toolsUrl, { method: 'POST', ...withBody(toolRequest(conn, { callId: `next-${call.correlationId}`, callerPhone: caller }, { name: 'caller_context', args: {} }, new Date())) });
      const answer = spokenAnswer(platform, await response.json());
      return answer.say.includes('is booked') ? answer : undefined;
    });
    expect(context.say).toMatch(/^Maria called before about a cleaning with Dr (Lee|Ray) on .+, which is booked\.$/);
  });

  it('ends the call on the end-of-call message: the hold is released, the transcript stored redacted, and a repeat does nothing', async () => {
    const call = await platformHangUp(target(platform), tap, phone());
    expect(call.first).toMatchObject({ received: true, transcript: 'stored' });
    expect(call.repeat).toMatchObject({ received: true, duplicate: true });
    await eventually(() => events(call.correlationId, 'ConfirmationMissed').length === 1);
    expect(tap.events.filter((e) => e.type === 'HoldReleased' && e.payload.holdId === call.holdId).map((e) => e.payload.reason)).toEqual(['call_ended']);
    expect(events(call.correlationId, 'VoiceCallEnded')).toHaveLength(1);
    const [transcript] = await stored(call.correlationId);
    expect(JSON.stringify(transcript)).not.toMatch(/312 555 0147|Maria Gonzalez/);
  });

  it('refuses an end-of-call message with a wrong, stale or missing credential, storing nothing', async () => {
    const conn = connections.get(platform)!;
    const call = { callId: `refused-${platform}-${Date.now()}`, callerPhone: phone() };
    const turns = [{ speaker: 'caller' as const, text: 'My number is 312 555 0147.', at: new Date() }];
    const wrong = { ...conn, secret: 'nope', signingKey: 'nope' };
    const requests = [
      endOfCallRequest(wrong, call, turns, new Date()),
      { ...endOfCallRequest(conn, call, turns, new Date()), headers: { 'content-type': 'application/json' } },
      ...(platform === 'vapi' ? [] : [endOfCallRequest(conn, call, turns, new Date(Date.now() - (platform === 'retell' ? 6 : 31) * 60_000))]),
    ];
    for (const request of requests) expect((await fetch(request.url, { method: 'POST', ...withBody(request) })).status).toBe(401);
    expect(await stored(call.callId)).toEqual([]);
  });
});

const withBody = (request: { headers: Record<string, string>; body: string }) => ({ headers: request.headers, body: request.body });
