import { AppProcess, createClinic, eventually, metricValue, phoneSequence, startOtpSmsProcess, startSandbox, tenantAdmin, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { EventTap } from '../event-tap';
import { bookWithCode, CallResult, DemoTarget, movesAppointment, quietThenYes, smsFails } from '../scenarios';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let apps: Record<'booking' | 'otp-sms' | 'redaction' | 'followup', AppProcess>;
let clinic: TestClinic;
let tap: EventTap;
let target: DemoTarget;
const phone = phoneSequence('646');

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  sandbox = started.sandbox;
  const [booking, otpSms, redaction, followup, created] = await Promise.all([
    AppProcess.start('booking', infra.env('booking')),
    startOtpSmsProcess(infra, started.url),
    AppProcess.start('redaction', infra.env('redaction')),
    AppProcess.start('followup', infra.env('followup', { SCHEDULER_INTERVAL_MS: '200' })),
    createClinic(infra),
  ]);
  apps = { booking, 'otp-sms': otpSms, redaction, followup };
  clinic = created;
  // Sending at any hour, so the follow-up goes out whenever CI runs.
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(clinic.orgId, { clinicPhone: '+13125550100', quietStart: '00:00', quietEnd: '24:00' }).finally(() => admin.close());
  tap = await EventTap.open(infra.amqpUrl, infra.prefix);
  target = { bookingUrl: booking.url, followupUrl: followup.url, sandboxUrl: started.url, apiKey: clinic.apiKey, appointmentTypeId: clinic.cleaning, clinicNumber: clinic.twilio!.fromNumber };
});

afterAll(async () => {
  await tap?.close();
  if (apps) await Promise.all(Object.values(apps).map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

const events = (call: CallResult) => call.timeline.filter((e) => e.kind === 'event').map((e) => e.text);
const holdStatus = async (holdId: string) =>
  ((await (await fetch(`${target.bookingUrl}/v1/holds/${holdId}`, { headers: { authorization: `Bearer ${clinic.apiKey}` } })).json()) as { status: string; releaseReason?: string });

describe('four calls against the four apps as separate processes', () => {
  it('1: availability, hold, the code from the SMS, confirm', async () => {
    const call = await bookWithCode(target, tap, phone());
    expect(events(call)).toEqual(expect.arrayContaining(['booking.SlotHeld.v1', 'otp-sms.OtpSent.v1', expect.stringMatching(/^booking\.BookingConfirmed\.v1 \(booking /)]));
    expect((await holdStatus(call.holdId)).status).toBe('CONFIRMED');
  });

  it('2: the SMS fails, so the hold rolls back', async () => {
    const call = await smsFails(target, tap);
    expect(events(call)).toEqual(expect.arrayContaining(['otp-sms.SmsFailed.v1 (api_error)', 'booking.HoldReleased.v1 (sms_failed)']));
    expect(await holdStatus(call.holdId)).toMatchObject({ status: 'RELEASED', releaseReason: 'sms_failed' });
  });

  it('3: the caller goes quiet, the follow-up SMS appears, and a YES reply books it', async () => {
    const call = await quietThenYes(target, tap, phone());
    expect(events(call)).toEqual(
      expect.arrayContaining(['booking.ConfirmationMissed.v1 (call_ended)', 'followup.SmsRequested.v1', 'otp-sms.InboundSmsReceived.v1', expect.stringMatching(/^booking\.BookingConfirmed\.v1/)]),
    );
    const texts = call.timeline.filter((e) => e.kind === 'sms').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('Reply YES to book it'), expect.stringMatching(/You're booked: cleaning with Dr (Lee|Ray) on /)]));
  });

  it('4: the caller moves their appointment: a code for the move, the swap in one step, a confirmation SMS', async () => {
    const call = await movesAppointment(target, tap, phone());
    expect(events(call)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^booking\.ChangeRequested\.v1/), 'otp-sms.ChangeCodeSent.v1', expect.stringMatching(/^booking\.BookingRescheduled\.v1 \(booking /)]),
    );
    const texts = call.timeline.filter((e) => e.kind === 'sms').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/code to move your cleaning on /), expect.stringMatching(/Your cleaning at Test Dental has moved to /)]));
    const context = await (await fetch(`${target.followupUrl}/v1/callers/${encodeURIComponent(call.phone)}/context`, { headers: { authorization: `Bearer ${clinic.apiKey}` } })).json();
    expect(context).toMatchObject({ outcome: 'rescheduled' });
  });
});

describe('observability across a call', () => {
  it('/metrics moves as the call goes through each app', async () => {
    const read = () =>
      Promise.all([
        // A caller may read the code before booking has consumed OtpSent: HELD -> CONFIRMED is as good.
        Promise.all(['HELD', 'OTP_SENT'].map((from) => metricValue(apps.booking.url, 'mo_saga_transitions_total', { from, to: 'CONFIRMED' }))).then(
          ([held, sent]) => held + sent,
        ),
        metricValue(apps.booking.url, 'mo_http_request_duration_seconds_count', { route: '/v1/holds', method: 'POST', status: '201' }),
        metricValue(apps.booking.url, 'mo_events_published_total', { type: 'BookingConfirmed' }),
        metricValue(apps['otp-sms'].url, 'mo_sms_total', { purpose: 'otp', outcome: 'accepted' }),
        metricValue(apps['otp-sms'].url, 'mo_events_consumed_total', { type: 'SlotHeld', outcome: 'handled' }),
        metricValue(apps.followup.url, 'mo_events_consumed_total', { type: 'BookingConfirmed', outcome: 'handled' }),
      ]);
    const before = await read();
    await bookWithCode(target, tap, phone());
    await eventually(async () => (await read())[5] === before[5] + 1);
    expect(await read()).toEqual(before.map((v) => v + 1));
    expect(await metricValue(apps.booking.url, 'mo_outbox_backlog')).toBeGreaterThanOrEqual(0);
  });

  it('logs carry the correlation id from the HTTP request to the SMS status callback, and no caller data', async () => {
    const caller = phone();
    const call = await bookWithCode(target, tap, caller);
    const code = /(\d{6})/.exec(call.timeline.find((e) => e.kind === 'sms')!.text)![1]!;
    const tagged = (app: AppProcess) =>
      app
        .logs()
        .split('\n')
        .filter((line) => line.includes(`"correlationId":"${call.correlationId}"`));
    // Logs leave each app in batches (up to 100 ms): wait for the last line of each.
    await eventually(() => tagged(apps['otp-sms']).some((line) => line.includes('is delivered')) && tagged(apps.booking).some((line) => line.includes('-> CONFIRMED')));
    expect(tagged(apps.booking).map((line) => JSON.parse(line).msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^POST \/v1\/holds 201$/), expect.stringMatching(/: NONE -> HELD$/), expect.stringMatching(/: (HELD|OTP_SENT) -> CONFIRMED$/)]),
    );
    expect(tagged(apps['otp-sms']).map((line) => JSON.parse(line).msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^otp SMS .+ accepted by the provider/), expect.stringMatching(/^otp SMS .+ is delivered$/)]),
    );
    for (const app of Object.values(apps)) {
      expect(app.logs()).not.toContain(caller);
      expect(app.logs()).not.toContain(caller.slice(2));
      // Standing alone: six hex digits can occur inside a uuid.
      expect(app.logs()).not.toMatch(new RegExp(`(?<![0-9a-f-])${code}(?![0-9a-f-])`));
    }
  });
});
