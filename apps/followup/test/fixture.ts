import { DateTime } from 'luxon';
import { BookingConfirmed, ConfirmationMissed, InboundSmsReceived, routingKeyOf, SmsRequested, SmsSent } from '@mo/contracts';
import { loadConfig } from '@mo/config';
import { ManualClock } from '@mo/context';
import { shutdown } from '@mo/platform';
import {
  AmqpProbe,
  AppProcess,
  call,
  createClinic,
  eventually,
  localSlot,
  phoneSequence,
  smsTo,
  startOtpSmsProcess,
  startSandbox,
  startTestApp,
  tenantAdmin,
  TestApp,
  TestClinic,
  TestInfra,
  within,
} from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { FollowupConfig } from '../src/followup.config';
import { FollowupModule } from '../src/followup.module';

export const CLINIC_PHONE = '+13125550100';

/**
 * Everything a follow-up needs, for real: booking and otp-sms as their own processes, the Twilio
 * sandbox, and followup in this process on a clock the test moves.
 */
export interface World {
  infra: TestInfra;
  sandbox: TwilioSandbox;
  sandboxUrl: string;
  otpSms: AppProcess;
  booking: AppProcess;
  followup: TestApp;
  clinic: TestClinic;
  clock: ManualClock;
  probe: AmqpProbe;
  phone: () => string;
}

export async function startFollowup(infra: TestInfra, clock: ManualClock): Promise<TestApp> {
  const config = loadConfig(FollowupConfig, infra.env('followup', { SCHEDULER_INTERVAL_MS: '100' }));
  return startTestApp(FollowupModule.forRoot(config), { name: 'followup', clock });
}

export async function startWorld(): Promise<World> {
  const infra = await TestInfra.create();
  const { sandbox, url: sandboxUrl } = await startSandbox();
  const clock = new ManualClock(new Date());
  const [otpSms, booking, followup, clinic] = await Promise.all([
    startOtpSmsProcess(infra, sandboxUrl),
    AppProcess.start('booking', infra.env('booking')),
    startFollowup(infra, clock),
    createClinic(infra),
  ]);
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(clinic.orgId, { clinicPhone: CLINIC_PHONE }).finally(() => admin.close());
  const probe = await AmqpProbe.start(infra, [ConfirmationMissed, BookingConfirmed, SmsSent, InboundSmsReceived].map(routingKeyOf));
  return { infra, sandbox, sandboxUrl, otpSms, booking, followup, clinic, clock, probe, phone: phoneSequence('773') };
}

export async function stopWorld(world: World | undefined): Promise<void> {
  if (!world) return;
  await world.probe.close();
  await within(20_000, 'stopping followup', shutdown(world.followup.app));
  await Promise.all([world.booking.stop(20_000), world.otpSms.stop(20_000)]);
  await world.sandbox.stop();
  await world.infra.dispose();
}

/** A wall-clock moment in the clinic's zone, `days` from the day of `from` there (today). */
export const clinicTime = (world: World, days: number, time: string, from: Date = new Date()): Date => new Date(localSlot(world.clinic.timezone, days, time, from));

/** How the follow-up names a slot: "Tue 3 Dec at 10:00 am". */
export const shortLabel = (startsAt: string, timezone: string): string =>
  DateTime.fromISO(startsAt, { zone: timezone }).setLocale('en-GB').toFormat("ccc d LLL 'at' h:mm a");

/** A caller holds a slot through booking and receives their code, as on a live call. */
export async function holdSlot(world: World, phone: string, startsAt: string): Promise<{ holdId: string; callId: string }> {
  const callId = `call-${phone.slice(-6)}-${Date.now()}`;
  const body = { callId, appointmentTypeId: world.clinic.cleaning, resourceId: world.clinic.lee, startsAt, caller: { phone, firstName: 'Sam' } };
  const response = await call(`${world.booking.url}/v1/holds`, { apiKey: world.clinic.apiKey, body });
  if (response.status !== 201) throw new Error(`hold failed: ${response.status} ${JSON.stringify(response.body)}`);
  await smsTo(world.sandbox, phone);
  return { holdId: response.body.holdId, callId };
}

/** The call ends without a confirmation: booking publishes ConfirmationMissed. */
export async function endCall(world: World, callId: string): Promise<void> {
  const response = await call(`${world.booking.url}/v1/calls/${callId}/ended`, { apiKey: world.clinic.apiKey, body: {} });
  if (response.status !== 200) throw new Error(`ending the call failed: ${response.status}`);
}

export async function missedCall(world: World, phone: string, startsAt: string): Promise<{ holdId: string; callId: string }> {
  const hold = await holdSlot(world, phone, startsAt);
  await endCall(world, hold.callId);
  return hold;
}

/** Whether followup has handled a message (its inbox row commits with the handler's effects). */
export async function handledByFollowup(world: World, messageId: string, orgId = world.clinic.orgId): Promise<boolean> {
  const { rows } = await world.infra.asOwner(orgId, (db) => db.query(`SELECT 1 FROM followup.inbox WHERE message_id = $1`, [messageId]));
  return rows.length > 0;
}

/**
 * The caller texts the clinic; the sandbox calls otp-sms's webhook, signed like Twilio. Resolves
 * once followup has handled the text, so a test can assert that nothing happened.
 */
export async function text(world: World, from: string, body: string): Promise<void> {
  const response = await fetch(`${world.sandboxUrl}/sandbox/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, to: world.clinic.twilio!.fromNumber, body }),
  });
  if (response.status !== 200) throw new Error(`inbound SMS failed: ${response.status} ${await response.text()}`);
  const { messageSid } = (await response.json()) as { messageSid: string };
  const published = await world.probe.waitFor((m) => m.envelope.type === 'InboundSmsReceived' && m.envelope.payload.messageSid === messageSid);
  await eventually(() => handledByFollowup(world, published.envelope.messageId));
}

/** Every SMS followup has asked for to a phone, in order: committed with the handler that asked, so it cannot be in flight. */
export async function smsRequestsTo(world: World, phone: string): Promise<string[]> {
  const { rows } = await world.infra.asOwner(world.clinic.orgId, (db) =>
    db.query(`SELECT envelope->'payload'->>'body' AS body FROM followup.outbox WHERE routing_key = $1 AND envelope->'payload'->>'to' = $2 ORDER BY seq`, [
      routingKeyOf(SmsRequested),
      phone,
    ]),
  );
  return rows.map((r) => r.body);
}

export interface FollowupRow {
  followup_id: string;
  status: string;
  due_at: Date;
  booking_id: string | null;
}

export async function followupsOf(world: World, holdId: string): Promise<FollowupRow[]> {
  const { rows } = await world.infra.asOwner(world.clinic.orgId, (db) => db.query(`SELECT followup_id, status, due_at, booking_id FROM followup.followups WHERE hold_id = $1`, [holdId]));
  return rows;
}
